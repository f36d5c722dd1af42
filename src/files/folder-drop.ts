/**
 * A folder dropped on the page (issue 11: "a folder drop"). A drop hands out directory entries
 * (`webkitGetAsEntry()`) only while the event is dispatched; taken then, they stay readable afterwards.
 * A `DataTransfer` built by script cannot hold entries at all (`webkitGetAsEntry()` on its items is
 * null, measured in Chromium 156), so a folder cannot be replayed as a folder: the guard reads the
 * folder's files, checks them as a multi-file drop, and hands the site the files it may have, flat
 * (design/file-decisions.md). Sites that take folders through `webkitGetAsEntry` fall back to
 * `getAsFile` on a null entry (react-dropzone's file-selector does), so they get the same files.
 */

/** The parts of a file-system entry the walk needs (`fromEntry` wraps the browser's). */
export interface TreeEntry {
  readonly name: string;
  /** A file: its contents. */
  file?(): Promise<File>;
  /** A folder: what it holds. */
  children?(): Promise<TreeEntry[]>;
}

/**
 * How much of a dropped folder is read: files, folders walked, and bytes in all (four times the
 * policy's `documents.maxFileMB`, so a folder costs at most what four of the largest files would).
 */
export const FOLDER_LIMITS = { files: 200, folders: 1000, largestFiles: 4 } as const;

export interface FolderLimits {
  readonly files: number;
  readonly folders: number;
  readonly bytes: number;
}

/** The limits for a policy's largest file, in MB. */
export function folderLimits(maxFileMB: number): FolderLimits {
  return { files: FOLDER_LIMITS.files, folders: FOLDER_LIMITS.folders, bytes: maxFileMB * FOLDER_LIMITS.largestFiles * 1024 * 1024 };
}

export type FolderRead =
  /** Every file, and its path from the dropped folder (`exports/2024/customers.xlsx`) to show. */
  | { readonly ok: true; readonly files: File[]; readonly names: Map<File, string> }
  /** Past a limit: the walk stopped there, nothing was read; `bytes` of files seen until then. */
  | { readonly ok: false; readonly folder: string; readonly over: 'files' | 'bytes'; readonly bytes: number };

/** Walks the dropped folders, names sorted within each, until every file is listed or a limit is passed. */
export async function readFolders(folders: readonly TreeEntry[], limits: FolderLimits): Promise<FolderRead> {
  const files: File[] = [];
  const names = new Map<File, string>();
  let bytes = 0;
  let walked = 0;
  for (const top of folders) {
    const stack: { entry: TreeEntry; path: string }[] = [{ entry: top, path: top.name }];
    while (stack.length > 0) {
      const { entry, path } = stack.pop()!;
      if (entry.children) {
        if (++walked > limits.folders) return { ok: false, folder: top.name, over: 'files', bytes };
        const children = [...(await entry.children())].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
        for (const child of children) stack.push({ entry: child, path: `${path}/${child.name}` });
      } else if (entry.file) {
        const file = await entry.file();
        bytes += file.size;
        if (files.length >= limits.files) return { ok: false, folder: top.name, over: 'files', bytes };
        if (bytes > limits.bytes) return { ok: false, folder: top.name, over: 'bytes', bytes };
        files.push(file);
        names.set(file, path);
      }
    }
  }
  return { ok: true, files, names };
}

/**
 * A folder picked through `<input type=file webkitdirectory>`: the browser has listed it already and
 * hands every file at once, each with its path (`webkitRelativePath`). The same limits apply as to a
 * dropped folder, counted over the files the guard would read (`files`: the caller leaves out images
 * and other files it never reads), so a picked folder never costs more than a dropped one.
 */
export function pickedFolder(files: readonly File[], limits: FolderLimits): FolderRead {
  const names = new Map<File, string>();
  const folders = new Set<string>();
  let bytes = 0;
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    names.set(file, path);
    bytes += file.size;
    // Every folder on the way counts, as the drop's walk counts every folder it opens.
    for (let cut = path.indexOf('/'); cut > 0; cut = path.indexOf('/', cut + 1)) folders.add(path.slice(0, cut));
  }
  const top = (files[0]?.webkitRelativePath ?? '').split('/')[0] || (files[0]?.name ?? '');
  if (files.length > limits.files || folders.size > limits.folders) return { ok: false, folder: top, over: 'files', bytes };
  if (bytes > limits.bytes) return { ok: false, folder: top, over: 'bytes', bytes };
  return { ok: true, files: [...files], names };
}

/** A drop that holds folders: the folders, and the files dropped beside them. */
export interface FolderDrop {
  readonly folders: TreeEntry[];
  readonly files: File[];
}

/**
 * The drop's folders and loose files, taken while the event is dispatched (entries are handed out only
 * then). Undefined when it holds no folder: most drops, whose `files` are used as before.
 */
export function droppedFolders(data: DataTransfer): FolderDrop | undefined {
  const items = [...(data.items ?? [])].filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.some((entry) => entry?.isDirectory)) return undefined;
  const drop: FolderDrop = { folders: [], files: [] };
  items.forEach((item, i) => {
    const entry = entries[i];
    if (entry?.isDirectory) drop.folders.push(fromEntry(entry));
    else {
      const file = item.getAsFile();
      if (file) drop.files.push(file);
    }
  });
  return drop;
}

/** The browser's entry as a `TreeEntry`. A folder's reader hands out at most 100 entries a call: read until empty. */
function fromEntry(entry: FileSystemEntry): TreeEntry {
  if (entry.isFile) {
    const file = entry as FileSystemFileEntry;
    return { name: entry.name, file: () => new Promise<File>((resolve, reject) => file.file(resolve, reject)) };
  }
  const folder = entry as FileSystemDirectoryEntry;
  return {
    name: entry.name,
    async children() {
      const reader = folder.createReader();
      const all: TreeEntry[] = [];
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) return all;
        all.push(...batch.map(fromEntry));
      }
    },
  };
}
