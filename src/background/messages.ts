/**
 * The background's end of the content → background protocol (src/messaging/protocol.ts).
 *
 * Content scripts share a process with pages we do not control, so every message is validated here
 * and anything unexpected is dropped. The handler never throws and never answers: the guard sends
 * fire-and-forget, and returning nothing leaves room for other listeners (the popup's requests) to reply.
 */
import type { browser as wxtBrowser, Browser } from 'wxt/browser';
import { isContentMessage } from '../messaging/protocol';
import { showFindingsCount } from './badge';
import { parseGuardDecision } from './decision-validate';
import { recordDecision } from './decisions';
import { originOf, parseGuardStatus, setTabStatus } from './tab-status';

type BrowserApi = typeof wxtBrowser;
type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'tab' | 'frameId' | 'url'>;

/** More than this many findings in one composer is not a real count. */
const MAX_COUNT = 1_000_000;

/** Handles one message. Resolves when its effect (badge, storage, hooks) is done; never rejects. */
export async function handleContentMessage(message: unknown, sender: Sender, api: BrowserApi): Promise<void> {
  try {
    if (!isContentMessage(message)) return;
    if (sender.id !== undefined && sender.id !== api.runtime.id) return;
    if (message.kind === 'guard-decision') {
      const checked = parseGuardDecision(message);
      if (checked.ok) await recordDecision(checked.event);
      else console.warn(`PromptFence: dropped a guard decision (${checked.reason})`);
      return;
    }
    // Badge and status describe the tab's page: only its top frame speaks for it, so a frame
    // without a composer cannot overwrite what the top frame reported.
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) return;
    if (message.kind === 'findings-count') {
      const { count } = message as { count: unknown };
      if (typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= MAX_COUNT) {
        await showFindingsCount(api, tabId, count);
      }
      return;
    }
    const status = parseGuardStatus(message);
    if (status) await setTabStatus(tabId, status, originOf(sender.url ?? sender.tab?.url));
  } catch (error) {
    console.warn('PromptFence: could not handle a message from the guard', error);
  }
}

/** Routes content messages until the returned function is called. Call synchronously at start-up. */
export function listenForContentMessages(api: BrowserApi): () => void {
  const listener = (message: unknown, sender: Sender): undefined => {
    void handleContentMessage(message, sender, api);
    return undefined;
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}
