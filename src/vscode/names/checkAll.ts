// "Copydesk: Check All Articles": checks every article in the workspace (the
// copydesk.articles.include/exclude globs) from disk, fills the Problems view for the files
// that are not open (open ones are the live diagnostics' job), and keeps them current as files
// change on disk, in this window and, after a reload, the next (checkAllMemory.ts). Bounded: work runs in slices of a few milliseconds between which the
// extension host handles everything else, so typing never waits for it.
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { NameChecker } from '../../core/entities/nameChecker';
import { matchesArticleGlobs } from '../../core/article/articleGlobs';
import { decodeArticle } from '../../core/text/decode';
import { LineIndex } from '../../core/text/lineIndex';
import { isArticleLocation, settingsFor, type CopydeskSettings } from '../settings';
import { toDiagnostic, type NameDiagnostics } from './diagnostics';
import type { NameService } from './nameService';
import { CheckAllMemory, type StateStore } from './checkAllMemory';
import { CheckAllPool } from './checkAllPool';

export const CHECK_ALL = 'copydesk.checkAllArticles';
/** NOTE: one slice of checking; a keystroke arriving meanwhile waits at most about this long. */
const SLICE_MS = 8;
/**
 * NOTE: after an edit anywhere, background checking waits this long: the live check of the
 * article being typed (200 ms debounce, then the check) runs on a quiet extension host.
 */
const TYPING_PAUSE_MS = 400;
/**
 * NOTE: problems go to the window at most this often during a run: every set is a message and
 * a Problems view update in the window, which shares the machine's cores with the checking.
 */
const FLUSH_MS = 250;
/** Files each worker has in hand at once: enough that it never waits for the next message. */
const WORKER_DEPTH = 6;
/**
 * Worker threads for a run: one per core but one (at least one, at most four), so the checking
 * leaves the extension host's thread to typing, the live checks and the messages to the window,
 * and a core to V8's compiler and collector threads, which each worker keeps busy while it warms
 * up (on 2 cores, two workers took 14.6-15.8 s and 24 s of CPU for the bench's 2,008 articles,
 * one worker 12.7-13.0 s and 17.6 s). The host checks files itself only until the first worker
 * answers (the first results come at once) and when a worker fails.
 */
const WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** Rechecks of fewer files than this stay on the host: starting the worker costs more. */
const WORKER_MIN_FILES = 50;

export interface CheckAllSummary {
  files: number;
  checked: number;
  withProblems: number;
  problems: number;
  cancelled: boolean;
  /** Of `checked`, how many the worker thread checked (the rest: the extension host's slices). */
  byWorker: number;
  /** From the command to the list of articles, the first file checked, the first problem shown, and the end. */
  listedMs?: number;
  firstCheckedMs?: number;
  firstProblemMs?: number;
  doneMs: number;
}

const brace = (globs: string[]) => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));
const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

export class CheckAllArticles implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly watchers: vscode.Disposable[] = [];
  /** Background checkers (own block caches, shared knowledge), by the editor's checker. */
  private readonly forks = new WeakMap<NameChecker, NameChecker>();
  /** Files waiting for a (re)check after Check All ran: changed on disk, closed, new. */
  private readonly queue = new Set<string>();
  private draining: Promise<void> | undefined;
  /** Set once Check All has run: from then on the Problems view is kept current for the workspace. */
  private active = false;
  private last: CheckAllSummary | undefined;
  /** During a full run, the files it has not reached yet: a change to one of those needs no extra check. */
  private notYetChecked: Set<string> | undefined;
  /** When a document last changed (the writer typing). */
  private lastEditAt = -Infinity;

  private readonly memory: CheckAllMemory;
  private readonly pools: CheckAllPool[];

  constructor(
    private readonly names: NameService,
    private readonly diagnostics: NameDiagnostics,
    /** The workspace's state (context.workspaceState): whether Check All was watching it. */
    state: StateStore,
    /** The extension's folder: the worker is dist/checkAllWorker.js under it. */
    extensionPath: string,
  ) {
    this.memory = new CheckAllMemory(state);
    this.pools = Array.from({ length: WORKERS }, () => new CheckAllPool(join(extensionPath, 'dist', 'checkAllWorker.js'), join(extensionPath, 'data')));
    this.disposables.push(
      vscode.commands.registerCommand(CHECK_ALL, () => this.run()),
      // Test and bench only (not contributed): the last run's figures, and whether the watching is remembered.
      vscode.commands.registerCommand('copydesk._checkAllStats', () => (this.last ? { ...this.last, remembered: this.memory.watching } : undefined)),
      // The last window kept the Problems view current: so does this one, once it has settled.
      this.memory.resumeIfWatching(() => {
        if (!this.active) void this.run({ quiet: true });
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && e.document.uri.scheme !== 'output') this.lastEditAt = performance.now();
      }),
      // Open articles get live diagnostics; on close they are read from disk again.
      vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.active && this.isArticle(d.uri) && this.enqueue(d.uri)),
      names.onDidChangeKnowledge(() => this.active && this.requeueAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const affects = ['copydesk.articles', 'copydesk.entities', 'copydesk.maxFileSizeKB'].some((k) => e.affectsConfiguration(k));
        if (this.active && affects) void this.run({ quiet: true });
      }),
    );
  }

  /** Files of a workspace folder that the one article matcher accepts. */
  private isArticle(uri: vscode.Uri): boolean {
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined && isArticleLocation(uri);
  }

  /**
   * Every article of every workspace folder, passed to `found` as it is found: folders on disk
   * are walked (the first articles come back at once; findFiles answers only when its whole
   * search is done, seconds for thousands of files), other file systems are searched.
   */
  private async listArticles(found: (uri: vscode.Uri) => void): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const s = settingsFor(folder.uri);
      if (!s.enabled || s.include.length === 0) continue;
      if (folder.uri.scheme === 'file') {
        const hidden = Object.entries(vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, boolean>>('exclude', {}))
          .filter(([, on]) => on === true)
          .map(([glob]) => glob);
        await walkArticles(folder.uri, s.include, [...s.exclude, ...hidden], found);
      } else {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, brace(s.include)), s.exclude.length ? new vscode.RelativePattern(folder, brace(s.exclude)) : undefined);
        for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) found(uri);
      }
    }
  }

  async run(options: { quiet?: boolean } = {}): Promise<CheckAllSummary> {
    const started = performance.now();
    this.active = true;
    void this.memory.remember();
    this.watch();
    const summary: CheckAllSummary = { files: 0, checked: 0, byWorker: 0, withProblems: 0, problems: 0, cancelled: false, doneMs: 0 };
    const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
      const list = new GrowingList();
      const ahead = new Set<string>();
      this.notYetChecked = ahead;
      const listing = this.listArticles((uri) => {
        ahead.add(uri.toString());
        list.push(uri);
        summary.files++;
      }).finally(() => {
        list.finish();
        summary.listedMs = performance.now() - started;
        // Files no longer articles (deleted, excluded since) lose their problems.
        const keep = new Set(list.uris.map((u) => u.toString()));
        this.collection.forEach((uri) => {
          if (!keep.has(uri.toString())) this.show(uri, undefined);
        });
      });
      let reported = 0;
      let lastReport = -Infinity;
      const uris = list.uris;
      await this.checkMany(list, token, (uri, count, byWorker) => {
        ahead.delete(uri.toString());
        summary.checked++;
        if (byWorker) summary.byWorker++;
        summary.firstCheckedMs ??= performance.now() - started;
        if (count > 0) {
          summary.withProblems++;
          summary.problems += count;
          summary.firstProblemMs ??= performance.now() - started;
        }
        // NOTE: progress messages cross to the window; a few per second is plenty.
        const now = performance.now();
        if (progress && (now - lastReport > 200 || (list.complete && summary.checked === uris.length))) {
          lastReport = now;
          const of = list.complete ? ` of ${uris.length}` : '';
          // The bar moves once the total is known; until then the count says how far it got.
          const increment = list.complete ? ((summary.checked - reported) / Math.max(1, uris.length)) * 100 : undefined;
          if (increment !== undefined) reported = summary.checked;
          progress.report({ increment, message: `${summary.checked}${of} · ${summary.problems} name problem${summary.problems === 1 ? '' : 's'}` });
        }
      }, true);
      await listing;
      if (this.notYetChecked === ahead) this.notYetChecked = undefined;
      summary.cancelled = !!token?.isCancellationRequested;
    };
    if (options.quiet) await work();
    else {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking all articles', cancellable: true },
        (progress, token) => work(progress, token),
      );
    }
    summary.doneMs = performance.now() - started;
    this.last = summary;
    // Stopped by the writer: the next window does not start it again (this one keeps watching what it checked).
    if (summary.cancelled) void this.memory.forget();
    if (!options.quiet) void this.announce(summary);
    return summary;
  }

  private async announce(s: CheckAllSummary): Promise<void> {
    const what = `${s.checked} of ${s.files} article${s.files === 1 ? '' : 's'}`;
    const text = s.cancelled
      ? `Copydesk: stopped after ${what}; ${s.problems} name problem${s.problems === 1 ? '' : 's'} so far.`
      : s.problems === 0
        ? `Copydesk: no name problems in ${s.files} article${s.files === 1 ? '' : 's'}.`
        : `Copydesk: ${s.problems} name problem${s.problems === 1 ? '' : 's'} in ${s.withProblems} of ${s.files} article${s.files === 1 ? '' : 's'}.`;
    if (s.problems === 0) {
      void vscode.window.setStatusBarMessage(text, 6000);
      return;
    }
    const show = 'Show Problems';
    if ((await vscode.window.showInformationMessage(text, show)) === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  /** Milliseconds the writer's last edit still holds background work back (0: not typing). */
  private typingPause(): number {
    return Math.max(0, TYPING_PAUSE_MS - (performance.now() - this.lastEditAt));
  }

  /**
   * Checks files in order, in slices of SLICE_MS between which the host runs everything else
   * (keystrokes, the live diagnostics' timers). With `parallel`, the worker takes files from
   * the same list at the same time, a few at once: two cores check. While the writer types,
   * neither takes new files.
   */
  private async checkMany(list: GrowingList, token: vscode.CancellationToken | undefined, done: (uri: vscode.Uri, problems: number, byWorker: boolean) => void, parallel: boolean): Promise<void> {
    const uris = list.uris;
    // Settings are read once per folder and run, not once per file.
    const settings = new Map<string, CopydeskSettings>();
    const settingsOf = (uri: vscode.Uri) => {
      const key = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
      let s = settings.get(key);
      if (!s) settings.set(key, (s = settingsFor(uri)));
      return s;
    };
    let next = 0; // the next file nobody has taken
    const handedBack: number[] = []; // files the worker could not check
    let inWorker = 0;
    const inPool = this.pools.map(() => 0);
    let workerAnswered = false; // from then on the workers check and the host only feeds them
    let workerFailed = false; // then the host checks the rest of this run alone
    let wake: (() => void) | undefined;
    const stopped = () => !!token?.isCancellationRequested;
    // (`typing`: the pause the caller read. The loop below reads it once and waits on the same
    // value: read twice, the pause could end between the two reads — timers fire a fraction of a
    // millisecond early — and the run would wait for a worker it never fed, for ever.)
    const feed = (typing = this.typingPause()) => {
      if (!parallel || workerFailed || stopped() || typing > 0) return;
      // The worker reads from disk: files of other file systems are the host's.
      while (inWorker < WORKER_DEPTH * this.pools.length && next < uris.length && uris[next].scheme === 'file') {
        const i = next++;
        // The least busy worker takes it.
        const p = inPool.indexOf(Math.min(...inPool));
        inWorker++;
        inPool[p]++;
        this.checkInWorker(uris[i], settingsOf(uris[i]), this.pools[p]).then(
          ([problems, answered]) => {
            inWorker--;
            inPool[p]--;
            if (answered) workerAnswered = true;
            done(uris[i], problems, true);
            feed();
            wake?.();
          },
          () => {
            inWorker--;
            inPool[p]--;
            workerFailed = true;
            handedBack.push(i);
            wake?.();
          },
        );
      }
    };
    let sliceStart = performance.now();
    for (;;) {
      const typingNow = this.typingPause();
      feed(typingNow);
      const hostTakes = !parallel || workerFailed || !workerAnswered || (next < uris.length && uris[next].scheme !== 'file');
      const i = stopped() ? undefined : handedBack.length ? handedBack.shift() : hostTakes && next < uris.length ? next++ : undefined;
      if (i === undefined) {
        const finished = stopped() || (list.complete && next >= uris.length && handedBack.length === 0);
        if (finished && inWorker === 0) break;
        // Nothing to take: wait for the listing to grow, a worker to answer or the writer to pause.
        this.flush();
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (!list.complete) void list.grown().then(resolve);
          if (typingNow > 0) setTimeout(resolve, typingNow);
        });
        wake = undefined;
        sliceStart = performance.now();
        continue;
      }
      const bytes = await readBytes(uris[i]);
      let problems = 0;
      try {
        problems = await this.checkOne(uris[i], bytes, settingsOf(uris[i]));
      } catch {
        // One file's failure (say, a house list that vanished mid-read) never stops the others.
        this.show(uris[i], undefined);
      }
      done(uris[i], problems, false);
      const typing = this.typingPause();
      if (typing > 0 || performance.now() - sliceStart > SLICE_MS) {
        this.flush();
        if (typing > 0) await new Promise((resolve) => setTimeout(resolve, typing));
        else await yieldToHost();
        sliceStart = performance.now();
      }
    }
    this.flush(true);
  }

  /** Checks one closed file in the worker and sets its problems; returns how many, and whether the worker answered. */
  private async checkInWorker(uri: vscode.Uri, settings: CopydeskSettings, pool: CheckAllPool): Promise<[number, boolean]> {
    if (isOpen(uri) || !settings.enabled) {
      this.show(uri, undefined);
      return [0, false];
    }
    const house = this.names.houseListOf(await this.names.checkerFor(uri));
    const placed = await pool.check(uri.fsPath, house, { severity: settings.severity, ignore: this.diagnostics.ignoredIn(uri), maxBytes: settings.maxFileSizeKB * 1024 });
    if (!placed || placed.length === 0 || isOpen(uri)) {
      this.show(uri, undefined);
      return [0, true];
    }
    this.show(
      uri,
      placed.map((p) => {
        const at = (offset: number) => (offset === p.finding.start ? p.start : p.end);
        return toDiagnostic({ positionAt: (offset) => new vscode.Position(at(offset).line, at(offset).character) }, p.finding);
      }),
    );
    return [placed.length, true];
  }

  /** Problems found since the last flush: sent to the window in one message per slice. */
  private pending: Array<[vscode.Uri, vscode.Diagnostic[] | undefined]> = [];

  private show(uri: vscode.Uri, diagnostics: vscode.Diagnostic[] | undefined): void {
    // NOTE: every set or delete is a message to the window and work for the Problems view;
    // a file that had no problems and still has none needs neither.
    if (!diagnostics && !this.collection.has(uri)) return;
    // Nor does a file whose problems are the ones shown already (every re-run, most files).
    if (diagnostics && sameDiagnostics(this.collection.get(uri), diagnostics)) return;
    this.pending.push([uri, diagnostics]);
  }

  private lastFlushAt = -Infinity;

  /**
   * Sends the problems found since the last flush to the window. During a run, at most every
   * FLUSH_MS (the first problems go at once): each set is work for the window's Problems view,
   * on the same two cores as the checking. `final` sends whatever is left.
   */
  private flush(final = false): void {
    if (this.pending.length === 0) return;
    const now = performance.now();
    if (!final && now - this.lastFlushAt < FLUSH_MS) return;
    this.lastFlushAt = now;
    // A file opened since it was read has live diagnostics now.
    this.collection.set(this.pending.filter(([uri, d]) => !d || !isOpen(uri)));
    this.pending = [];
  }

  /** Checks one closed file's bytes and sets its problems; returns how many. */
  private async checkOne(uri: vscode.Uri, bytes: Uint8Array | undefined, settings: CopydeskSettings): Promise<number> {
    // Open articles have live diagnostics (with unsaved edits); never show both.
    if (isOpen(uri) || bytes === undefined || !settings.enabled || bytes.length > settings.maxFileSizeKB * 1024) {
      this.show(uri, undefined);
      return 0;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      this.show(uri, undefined);
      return 0;
    }
    const checker = this.fork(await this.names.checkerFor(uri));
    const findings = checker.check(decoded.text, { severity: settings.severity, ignore: this.diagnostics.ignoredIn(uri) });
    if (findings.length === 0) this.show(uri, undefined);
    else {
      const lines = lineMap(decoded.text);
      this.show(uri, findings.map((f) => toDiagnostic(lines, f)));
    }
    return findings.length;
  }

  private fork(checker: NameChecker): NameChecker {
    let fork = this.forks.get(checker);
    if (!fork) {
      fork = checker.fork();
      this.forks.set(checker, fork);
    }
    return fork;
  }

  /** After the first run: files created or changed on disk are checked again, deleted ones cleared. */
  private watch(): void {
    for (const w of this.watchers.splice(0)) w.dispose();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of settingsFor(folder.uri).include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const update = (uri: vscode.Uri) => {
          if (this.isArticle(uri) && !isOpen(uri)) this.enqueue(uri);
        };
        this.watchers.push(watcher, watcher.onDidCreate(update), watcher.onDidChange(update), watcher.onDidDelete((uri) => this.collection.delete(uri)));
      }
    }
  }

  private requeueAll(): void {
    this.collection.forEach((uri) => this.enqueue(uri));
    void this.listArticles((u) => !isOpen(u) && this.enqueue(u));
  }

  private enqueue(uri: vscode.Uri): void {
    if (this.notYetChecked?.has(uri.toString())) return; // the running pass will read it as it is now
    this.queue.add(uri.toString());
    this.draining ??= (async () => {
      // A burst of saves (a git checkout) arrives as many events: let it settle.
      await new Promise((resolve) => setTimeout(resolve, 100));
      while (this.queue.size) {
        const batch = [...this.queue].map((u) => vscode.Uri.parse(u));
        this.queue.clear();
        await this.checkMany(GrowingList.of(batch), undefined, () => undefined, batch.length >= WORKER_MIN_FILES);
      }
      this.draining = undefined;
    })();
  }

  dispose(): void {
    for (const pool of this.pools) pool.dispose();
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function sameDiagnostics(shown: readonly vscode.Diagnostic[] | undefined, next: readonly vscode.Diagnostic[]): boolean {
  if (!shown || shown.length !== next.length) return false;
  return shown.every((d, i) => {
    const n = next[i];
    return d.range.isEqual(n.range) && d.message === n.message && d.code === n.code && d.severity === n.severity;
  });
}

/** Articles found so far; checking follows the listing as it grows. */
class GrowingList {
  readonly uris: vscode.Uri[] = [];
  complete = false;
  private wake: (() => void) | undefined;

  static of(uris: vscode.Uri[]): GrowingList {
    const list = new GrowingList();
    list.uris.push(...uris);
    list.finish();
    return list;
  }

  push(uri: vscode.Uri): void {
    this.uris.push(uri);
    this.wake?.();
  }

  finish(): void {
    this.complete = true;
    this.wake?.();
  }

  /** Resolves when an article is added or the listing is complete. */
  grown(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = undefined;
        resolve();
      };
    });
  }
}

/**
 * Walks a folder on disk breadth first (top-level articles first), passing each file the
 * include globs match and the exclude globs do not; excluded folders are not entered.
 */
async function walkArticles(root: vscode.Uri, include: readonly string[], exclude: readonly string[], found: (uri: vscode.Uri) => void): Promise<void> {
  // A folder is skipped when an exclude glob matches what is under it ("**/node_modules/**").
  const folderExcluded = (rel: string) => rel === '.git' || rel.endsWith('/.git') || !matchesArticleGlobs(`${rel}/-`, ['**'], exclude);
  const pending = [''];
  while (pending.length) {
    const rel = pending.shift()!;
    let entries: Dirent[];
    try {
      entries = await readdir(rel ? join(root.fsPath, ...rel.split('/')) : root.fsPath, { withFileTypes: true });
    } catch {
      continue; // unreadable or gone: nothing to check there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!folderExcluded(path)) pending.push(path);
      } else if (e.isFile() && matchesArticleGlobs(path, include, exclude)) {
        found(vscode.Uri.joinPath(root, ...path.split('/')));
      }
    }
  }
}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    // NOTE: the extension host reads its own disk directly; workspace.fs is a round trip per file.
    if (uri.scheme === 'file') return await readFile(uri.fsPath);
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** The positionAt of a closed file's text, for toDiagnostic (which otherwise takes a document). */
function lineMap(text: string): Pick<vscode.TextDocument, 'positionAt'> {
  const lines = new LineIndex(text);
  return {
    positionAt(offset: number): vscode.Position {
      const p = lines.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    },
  };
}
