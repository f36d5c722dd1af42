// Wiring only: the reader frame lives in src/files (Chrome; Firefox reads in the background page).
import { browser } from 'wxt/browser';
import { startReaderFrame } from '@/src/files/reader-frame';
import { extensionUrl, PDF_WORKER_PATH } from '@/src/files/protocol';

startReaderFrame(window, extensionUrl(browser.runtime, PDF_WORKER_PATH));
