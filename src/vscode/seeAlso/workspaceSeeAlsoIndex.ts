// Keeps a SeeAlsoIndex of the workspace's articles up to date: a background
// build at start, then file-watcher events and (debounced) document edits.
// The index is saved in the extension's workspace storage with each file's mtime and
// size; the next session reopens it at once and re-reads only the files that changed.
import * as vscode from 'vscode';
import type { AnalysedArticle } from '../../core/article/analysedArticle';
import { isRankableArticle } from '../../core/seeAlso/article';
import { SeeAlsoIndex } from '../../core/seeAlso/seeAlsoIndex';
import { isArticleLocation, settingsFor } from '../settings';

/** Larger files are not articles (and would slow every query). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
const BATCH = 50;
const EDIT_DEBOUNCE_MS = 400;
const START_DELAY_MS = 3000;
/**
 * Save this long after a file changed on disk (and after every build). Saving 100,000
 * articles takes the extension host a second or two, so changes are batched.
 */
const SAVE_DELAY_MS = 30_000;
const SNAPSHOT_FILE = 'see-also-index.bin';

/** Where the index is saved between sessions, and what a saved index must match. */
export interface SeeAlsoStorage {
  /** Folder for the saved index (the extension's workspace storage); undefined: nothing is saved. */
  folder: vscode.Uri | undefined;
  /** Changes whenever saved entries would differ for the same text (extension or knowledge version). */
  fingerprint: string;
}

/** mtime and size of the file an entry was read from; entries from unsaved editor text have none. */
interface Stamp {
  mtime: number;
  size: number;
}

export interface SeeAlsoDeps {
  /** Entity ids recognised in a text; supplied by the entity engine. */
  namesOf(text: string): string[];
  /** Display form of an entity id, for the "why it matches" line. */
  nameLabel?(id: string): string;
  /** The shared analysis of an open document's current version (see ArticleAnalyses). */
  analysisOf?(document: vscode.TextDocument): AnalysedArticle;
}

interface Globs {
  include: string[];
  exclude: string[];
}

function globsFor(folder: vscode.WorkspaceFolder): Globs {
  const { include, exclude } = settingsFor(folder.uri);
  return { include, exclude };
}

const brace = (globs: string[]) => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);

/** Index keys are `uri.toString()`; relative links use `uri.path`. */
export class WorkspaceSeeAlsoIndex implements vscode.Disposable {
  private current: SeeAlsoIndex;
  private readonly options: ConstructorParameters<typeof SeeAlsoIndex>[0];
  private readonly stamps = new Map<string, Stamp>();
  private snapshotTried = false;
  private usable: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** For tests: whether a saved index was reopened, and how many files were read from disk. */
  /**
   * `filesRead`: every read from disk; `checkReads`: the reads of the check against the files
   * (a file whose mtime or size changed, or that the index did not hold). A document VS Code
   * closes meanwhile is read too, but that is the editor's doing, not the check's.
   */
  readonly stats = { reopened: false, filesRead: 0, checkReads: 0 };
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watchers: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private building: Promise<void> = Promise.resolve();
  private generation = 0;

  constructor(
    deps: SeeAlsoDeps,
    private readonly storage: SeeAlsoStorage = { folder: undefined, fingerprint: '' },
  ) {
    this.options = { namesOf: (t) => deps.namesOf(t), nameLabel: deps.nameLabel && ((id) => deps.nameLabel!(id)) };
    this.current = new SeeAlsoIndex(this.options);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleEdit(e.document)),
      // Unsaved edits are dropped on close: index the file as it is on disk again.
      vscode.workspace.onDidCloseTextDocument((doc) => this.isCandidate(doc.uri) && void this.readAndSet(doc.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('copydesk.articles') && this.rebuild()),
    );
    // NOTE: activation stays light: the build (which loads the entity engine) starts once
    // the window has settled, or at once when the command is first used.
    const timer = setTimeout(() => this.ensureStarted(), START_DELAY_MS);
    this.disposables.push({ dispose: () => clearTimeout(timer) });
  }

  private started = false;

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    this.rebuild();
  }

  get index(): SeeAlsoIndex {
    return this.current;
  }

  /**
   * Resolves when the index can answer: at once after a saved index was reopened (files
   * changed since are re-read in the background), else when the first build has finished.
   */
  ready(): Promise<void> {
    this.ensureStarted();
    return this.usable;
  }

  /** Resolves when the running build or check against the files on disk has finished. */
  settled(): Promise<void> {
    this.ensureStarted();
    return this.building;
  }

  /** Is this file an article location by the include/exclude settings? */
  isCandidate(uri: vscode.Uri): boolean {
    // Only files in a workspace folder are indexed; the one article matcher decides the rest.
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined && isArticleLocation(uri);
  }

  rebuild(): void {
    const generation = ++this.generation;
    for (const w of this.watchers.splice(0)) w.dispose();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const { include } = globsFor(folder);
      for (const glob of include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const update = (uri: vscode.Uri) => {
          // Open documents are indexed from their (possibly unsaved) text instead.
          if (!this.isCandidate(uri) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
          void this.readAndSet(uri);
        };
        this.watchers.push(
          watcher,
          watcher.onDidCreate(update),
          watcher.onDidChange(update),
          watcher.onDidDelete((uri) => this.removeKey(uri.toString())),
        );
      }
    }
    const build = this.build(generation);
    this.building = build;
    this.usable = Promise.race([build, this.reopened]);
  }

  /** Resolves once a saved index has been reopened (never, when there is none). */
  private markReopened: () => void = () => undefined;
  private readonly reopened = new Promise<void>((resolve) => (this.markReopened = resolve));

  private async build(generation: number): Promise<void> {
    if (!this.snapshotTried) {
      this.snapshotTried = true;
      if (await this.loadSnapshot()) this.markReopened();
    }
    const fromScratch = this.current.size === 0;
    const seen = new Set<string>();
    const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>) => {
      const lists: vscode.Uri[][] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const { include, exclude } = globsFor(folder);
        // findFiles narrows the search; the one article matcher has the last word.
        const found = await vscode.workspace.findFiles(
          new vscode.RelativePattern(folder, brace(include)),
          exclude.length ? new vscode.RelativePattern(folder, brace(exclude)) : undefined,
        );
        lists.push(found.filter((uri) => this.isCandidate(uri)));
      }
      const uris = lists.flat();
      let done = 0;
      for (let i = 0; i < uris.length; i += BATCH) {
        if (generation !== this.generation) return false;
        await Promise.all(uris.slice(i, i + BATCH).map((uri) => (seen.add(uri.toString()), this.refresh(uri))));
        done += Math.min(BATCH, uris.length - i);
        progress?.report({ message: `${done.toLocaleString('en')} of ${uris.length.toLocaleString('en')}`, increment: (100 * Math.min(BATCH, uris.length - i)) / uris.length });
        // NOTE: the extension host is shared with every other extension; give the event loop a turn between batches.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return true;
    };
    // A first build of a large archive takes a while: show it in the status bar. Checking a
    // reopened index against the files runs quietly (the index already answers).
    const finished = fromScratch
      ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Copydesk: indexing articles for See also' }, work)
      : await work();
    if (!finished || generation !== this.generation) return;
    for (const key of this.current.paths()) if (!seen.has(key)) this.removeKey(key);
    this.current.trim();
    await this.save();
  }

  /** Reads a file into the index unless the index already holds this version of it. */
  private async refresh(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return this.readAndSet(uri);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const stamp = this.stamps.get(key);
      // (A stamped file the index does not hold is a non-article read before: not read again.)
      if (stamp && stamp.mtime === stat.mtime && stamp.size === stat.size) return;
      if (stat.size <= MAX_ARTICLE_BYTES) this.stats.checkReads++;
      return this.readAndSet(uri, stat);
    } catch {
      this.removeKey(key);
    }
  }

  private async readAndSet(uri: vscode.Uri, known?: vscode.FileStat): Promise<void> {
    const key = uri.toString();
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (open) return this.setText(key, open.getText(), undefined);
      const stat = known ?? (await vscode.workspace.fs.stat(uri));
      if (stat.size > MAX_ARTICLE_BYTES) return void this.removeKey(key);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      this.stats.filesRead++;
      this.setText(key, text, { mtime: stat.mtime, size: stat.size });
    } catch {
      // Deleted or unreadable between listing and reading: it is not an article now.
      this.removeKey(key);
    }
  }

  /** `stamp` is the file's mtime and size when `text` was read from disk, undefined for editor text. */
  private setText(key: string, text: string, stamp: Stamp | undefined): void {
    if (text.length > MAX_ARTICLE_BYTES || !isRankableArticle(text)) this.current.remove(key);
    else this.current.set(key, text);
    // Non-articles are stamped too, so a reopened session does not read them again.
    if (stamp) {
      this.stamps.set(key, stamp);
      this.scheduleSave();
    } else {
      // Unsaved editor text is not worth a save: without a stamp, the next session reads the file anyway.
      this.stamps.delete(key);
    }
  }

  private removeKey(key: string): void {
    this.current.remove(key);
    this.stamps.delete(key);
    this.scheduleSave();
  }

  private snapshotUri(): vscode.Uri | undefined {
    return this.storage.folder && vscode.Uri.joinPath(this.storage.folder, SNAPSHOT_FILE);
  }

  /**
   * The saved file is the stamps as JSON, padded to 4 bytes, then the index snapshot:
   * [u32 length of the stamps JSON][stamps JSON][padding][SeeAlsoIndex snapshot].
   */
  private async loadSnapshot(): Promise<boolean> {
    const uri = this.snapshotUri();
    if (!uri) return false;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
      const stamps = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as [string, number, number][];
      const index = SeeAlsoIndex.fromSnapshot(bytes.subarray(4 + ((length + 3) & ~3)), this.options, this.storage.fingerprint);
      if (!index) return false;
      this.current = index;
      for (const [key, mtime, size] of stamps) this.stamps.set(key, { mtime, size });
      this.stats.reopened = true;
      return true;
    } catch {
      return false; // none saved yet, or unreadable: build afresh
    }
  }

  private scheduleSave(): void {
    if (!this.storage.folder || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Saves the index now (normally saved after builds and, batched, after changes on disk). */
  flush(): Promise<void> {
    return this.save();
  }

  private async save(): Promise<void> {
    const uri = this.snapshotUri();
    if (!uri) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      const stamps = new TextEncoder().encode(JSON.stringify([...this.stamps].map(([k, s]) => [k, s.mtime, s.size])));
      const snapshot = this.current.toSnapshot(this.storage.fingerprint);
      const head = 4 + ((stamps.length + 3) & ~3);
      const bytes = new Uint8Array(head + snapshot.length);
      new DataView(bytes.buffer).setUint32(0, stamps.length, true);
      bytes.set(stamps, 4);
      bytes.set(snapshot, head);
      await vscode.workspace.fs.createDirectory(this.storage.folder!);
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch {
      // Saving is an optimisation: the next session builds afresh if it failed.
    }
  }

  private scheduleEdit(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown' || doc.isUntitled || !this.isCandidate(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        if (!doc.isClosed) this.setText(key, doc.getText(), undefined);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  dispose(): void {
    this.generation++;
    clearTimeout(this.saveTimer);
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    for (const d of [...this.watchers.splice(0), ...this.disposables.splice(0)]) d.dispose();
  }
}
