/**
 * The guard's handling of attached files (picked, dropped, pasted; a dropped folder's files). Each file
 * is known by its bytes: read, checked and decided once per tab, then the same bytes get the same answer
 * without being read or asked again (a removal with a note saying so). What is new is read in an
 * extension context, scanned as one text and decided in one panel; each file with something to decide
 * gets its own history row; the site gets the files it may have (originals, redacted copies) by replay.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Scanner } from '../engine/scan';
import type { Finding } from '../engine/types';
import type { GuardDecision } from '../decisions/actions';
import type { Channel, FileFacts, GuardAction, GuardEvent, UserChoice } from '../decisions/types';
import type { DocumentsPolicy } from '../policy/schema';
import { isDocumentFile, isGuardedFile } from '../files/attached';
import { contentKey } from '../files/content-key';
import { FileDecisionMemory, type Remembered } from '../files/decision-memory';
import { fileFacts } from '../files/file-facts';
import { folderLimits, readFolders, type FolderDrop, type FolderRead } from '../files/folder-drop';
import type { DocumentReader } from '../files/reader-client';
import type { ComposerAccess } from './composer-access';
import { decideFresh, GO } from './fresh-files';
import { runtimeAlive, sendToBackground } from './report';
import { show, tellOrphaned, type Resolution } from './resolve-with-user';
import type { ScanPace } from './sliced-scan';

const MB = 1024 * 1024;

/** Files arriving together, and how to hand the site what it may have of them. */
export interface Attachment {
  readonly channel: Channel;
  /** The composer the files were aimed at, if any (focus goes back there). */
  readonly composer: HTMLElement | null;
  readonly files: readonly File[];
  /** Hands the site the files it may have: `files` itself when nothing changed, else what goes instead. */
  replay(files: readonly File[]): void;
  /** Nothing was handed over: a pick's input is cleared, so a site that reads it at send time gets nothing. */
  discard?(): void;
  /** Names to show (a dropped folder's files by their path in it). */
  readonly names?: ReadonlyMap<File, string>;
}

/** One decision event: `text` is what the findings' offsets point into. Returns the event sent. */
export type ReportDecision = (
  channel: Channel,
  action: GuardAction,
  choice: UserChoice,
  findings: readonly Finding[],
  text: string,
  justification?: string,
  file?: FileFacts,
) => GuardEvent;

/** What file handling needs of the guard on this page. */
export interface FileGuardDeps {
  readonly ctx: ContentScriptContext;
  readonly signal: AbortSignal;
  readonly composers: ComposerAccess;
  readonly pace: ScanPace;
  scanner(): Scanner;
  documents(): DocumentsPolicy;
  reader(): DocumentReader;
  siteName(): string;
  /** The guard's decision after an asynchronous scan, with the findings it acts on. */
  decide(all: readonly Finding[], text: string): Promise<{ findings: Finding[]; decision: GuardDecision }>;
  report: ReportDecision;
  /** Adds the values the user marked "not sensitive" to their list. */
  allowValues(resolution: Resolution, findings: readonly Finding[]): Promise<void>;
  setBusy(busy: boolean): void;
  /** The tab's memory of file decisions (the guard clears it when the policy changes). */
  readonly memory: FileDecisionMemory;
}


export interface FileGuard {
  handle(attachment: Attachment): Promise<void>;
  /** A drop holding folders: their files read within limits, then handled as one multi-file drop. */
  handleFolders(drop: FolderDrop, attachment: Omit<Attachment, 'files' | 'names'>): Promise<void>;
  /** A folder's files as listed within the limits (a drop's walk, or `pickedFolder` for `webkitdirectory`): handled as one attach, or the folder refused. */
  handleListedFolder(read: FolderRead, attachment: Omit<Attachment, 'files' | 'names'>): Promise<void>;
}

export function createFileGuard(d: FileGuardDeps): FileGuard {
  const { memory } = d;

  const handle = async (a: Attachment): Promise<void> => {
    if (!runtimeAlive() && a.files.some(isDocumentFile)) {
      // Orphaned by an extension update: the document reader (an extension context) went with the old
      // version. The files stay held; the user is told to reload and attach them again.
      tellOrphaned('file');
      a.discard?.();
      return;
    }
    d.setBusy(true);
    let replayed = false;
    const generation = memory.generation;
    const guarded = a.files.filter(isGuardedFile);
    const keys = new Map<File, string>();
    const known = new Map<File, Remembered>();
    let release = () => {};
    try {
      for (const file of guarded) {
        const key = await contentKey(file, d.documents().maxFileMB * MB);
        if (key) keys.set(file, key);
      }
      for (const file of guarded) {
        const found = keys.has(file) ? await memory.recall(keys.get(file)!) : undefined;
        if (found) known.set(file, found);
      }
      const fresh = guarded.filter((file) => !known.has(file));
      release = memory.claim(fresh.flatMap((file) => keys.get(file) ?? []));
      const remember = (file: File, value: Remembered) => keys.has(file) && memory.remember(keys.get(file)!, value, generation);
      const decided = fresh.length > 0 ? await decideFresh(d, a, fresh, remember) : GO;
      if (!decided.go) return;

      const out: File[] = [];
      const removed: File[] = [];
      const copied: File[] = [];
      for (const file of a.files) {
        const earlier = known.get(file);
        if (!earlier) out.push(decided.copies.get(file) ?? file);
        else if (earlier.kind === 'removed') removed.push(file);
        else if (earlier.kind === 'copy') {
          out.push(earlier.copy);
          copied.push(file);
        } else out.push(file);
        if (earlier && earlier.kind !== 'clean') reportAgain(earlier.event, a.channel);
      }
      if (out.length > 0) {
        replayed = true;
        a.replay(out.length === a.files.length && out.every((file, i) => file === a.files[i]) ? a.files : out);
      }
      if (removed.length > 0 || copied.length > 0) void remind(a, removed, copied, keys, replayed);
    } catch (error) {
      // Aborted (the page is going away, or a newer guard took over): the files stay held back.
      if (!d.signal.aborted) throw error;
    } finally {
      release();
      d.setBusy(false);
      // A file the user did not let through must not stay selected.
      if (!replayed) a.discard?.();
    }
  };

  /** The row of a decision applied again to the same bytes: audit and history see every upload. */
  const reportAgain = (event: GuardEvent, channel: Channel) => {
    sendToBackground({ ...event, at: Date.now(), channel, ...(event.file ? { file: { ...event.file, repeat: true } } : {}) });
  };

  /** Says which files went as decided earlier; "Review again" decides the removed ones afresh. */
  const remind = async (a: Attachment, removed: readonly File[], copied: readonly File[], keys: ReadonlyMap<File, string>, replayed: boolean) => {
    const names = (list: readonly File[]) => list.map((file) => a.names?.get(file) ?? file.name);
    const answer = await show(d.ctx, { kind: 'remembered', removed: names(removed), copied: names(copied) });
    if (!answer?.reviewAgain || d.signal.aborted) return;
    memory.forget(removed.flatMap((file) => keys.get(file) ?? []));
    // What was handed over already stays: a pick's input is not cleared behind it.
    await handle({ ...a, files: removed, ...(replayed ? { discard: undefined } : {}) });
  };

  const handleFolders = async (drop: FolderDrop, a: Omit<Attachment, 'files' | 'names'>) => {
    const read = await readFolders(drop.folders, folderLimits(d.documents().maxFileMB));
    if (d.signal.aborted) return;
    return handleListedFolder(read.ok ? { ...read, files: [...drop.files, ...read.files] } : read, a);
  };

  const handleListedFolder = async (read: FolderRead, a: Omit<Attachment, 'files' | 'names'>) => {
    if (read.ok) return handle({ ...a, files: read.files, names: read.names });
    // The site cannot be handed a dropped folder itself, and reading a folder whole is what the limits prevent.
    const limits = folderLimits(d.documents().maxFileMB);
    d.report(a.channel, 'block', 'blocked', [], '', undefined, fileFacts({ name: read.folder, size: read.bytes, format: 'folder', problem: 'tooLarge' }, d.scanner()));
    a.discard?.();
    await show(d.ctx, { kind: 'notice', notice: 'folder-too-large', name: read.folder, limits: { files: limits.files, mb: limits.bytes / MB } });
  };

  return { handle, handleFolders, handleListedFolder };
}
