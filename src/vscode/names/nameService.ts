// Owns the entity engine inside VS Code: loads the built-in knowledge on first
// need (never at activation), keeps one checker per workspace folder with that
// folder's house list and cspell words, and reports broken house lists as
// diagnostics on the list itself while the last good list stays in force.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { createNameChecker, type BuiltInKnowledge } from '../../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../node/knowledgeFiles';
import { CSPELL_CONFIG_NAMES, parseCspellConfig, parseHouseList, type HouseListProblem } from '../../core/entities/houseList';
import type { AnalysedArticle } from '../../core/article/analysedArticle';
import type { NameChecker } from '../../core/entities/nameChecker';
import type { HouseList } from '../../core/entities/registry';
import { asSentence } from '../../core/messages';
import { settingsFor } from '../settings';
import { firmEntityIds } from '../../core/seeAlso/names';

const NO_FOLDER = '<no folder>';
/** How long typing in a house list pauses before the list is read again. */
const TYPING_PAUSE_MS = 300;

export class NameService implements vscode.Disposable {
  private knowledge: BuiltInKnowledge | undefined;
  private readonly checkers = new Map<string, NameChecker>();
  /** Last house list that parsed cleanly, per folder. */
  private readonly goodLists = new Map<string, HouseList>();
  private readonly problems = vscode.languages.createDiagnosticCollection('copydesk-house-list');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a house list or cspell configuration changed: open articles need a re-check. */
  readonly onDidChangeKnowledge = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.problems, this.changed];

  constructor(private readonly extensionUri: vscode.Uri) {
    const names = ['**/.copydesk/*.{yaml,yml}', ...CSPELL_CONFIG_NAMES.map((n) => `**/${n}`)];
    for (const glob of names) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const refresh = (uri: vscode.Uri) => this.invalidate(uri);
      this.disposables.push(watcher, watcher.onDidCreate(refresh), watcher.onDidChange(refresh), watcher.onDidDelete(refresh));
    }
    // NOTE: deleting a folder reports the folder alone, never the files in it: watch folders too,
    // so removing `.copydesk` (or any folder holding the house list) drops its names at once.
    const folders = vscode.workspace.createFileSystemWatcher('**', true, true, false);
    this.disposables.push(folders, folders.onDidDelete((uri) => this.invalidateUnder(uri)));
    // Unsaved edits to an open house list count too, so problems show while typing: once the
    // typing pauses, since a list that adds entities or forms rebuilds the folder's registry.
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isKnowledgeFile(e.document.uri)) return;
        const key = e.document.uri.toString();
        clearTimeout(this.typing.get(key));
        this.typing.set(
          key,
          setTimeout(() => {
            this.typing.delete(key);
            this.invalidate(e.document.uri);
          }, TYPING_PAUSE_MS),
        );
      }),
      { dispose: () => this.typing.forEach((t) => clearTimeout(t)) },
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk.houseList.path')) {
          this.checkers.clear();
          this.changed.fire();
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.checkers.clear();
        this.changed.fire();
      }),
    );
  }

  /** Edits of an open house list or cspell configuration waiting for the typing to pause, by URI. */
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  private base: NameChecker | undefined;
  /** The house list each checker was built with (Check All's worker builds the same checker from it). */
  private readonly houses = new WeakMap<NameChecker, HouseList | undefined>();

  houseListOf(checker: NameChecker): HouseList | undefined {
    return this.houses.get(checker);
  }
  /** How long the first checker took to build (house list, knowledge, indexes), for `npm run bench`. */
  engineLoadMs: number | undefined;

  /**
   * Entity ids an article names firmly, for ranking related articles and their "why it
   * matches" line: full names and anchored short forms only (seeAlso/names.ts). The mentions
   * come from the diagnostics' checker when it checked this same analysis, else from the
   * built-in knowledge's.
   */
  entityIdsIn(article: AnalysedArticle): string[] {
    const checker = [...this.checkers.values()].find((c) => c.hasChecked(article)) ?? this.baseChecker();
    return firmEntityIds(checker.mentionsIn(article));
  }

  /** The display name of an entity id. */
  entityName(id: string): string {
    return this.baseChecker().registry.entities.get(id)?.name ?? id;
  }

  private baseChecker(): NameChecker {
    this.base ??= createNameChecker(this.builtIn());
    return this.base;
  }

  private builtIn(): BuiltInKnowledge {
    this.knowledge ??= loadBuiltInKnowledge(vscode.Uri.joinPath(this.extensionUri, 'data').fsPath);
    return this.knowledge;
  }

  /** The checker for a document's folder, built on first use. */
  async checkerFor(uri: vscode.Uri): Promise<NameChecker> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? NO_FOLDER;
    let checker = this.checkers.get(key);
    if (!checker) {
      const started = performance.now();
      let house: HouseList | undefined;
      if (folder && vscode.workspace.isTrusted) {
        try {
          house = await this.readHouseList(folder);
        } catch (e) {
          // NOTE: diagnostics run this unawaited; a throw here would silently stop checks for the folder.
          this.tell(folder, `Copydesk could not read the house list or cspell configuration (${(e as Error).message.split('\n')[0]}); only built-in names are checked.`);
        }
      }
      checker = createNameChecker(this.builtIn(), house);
      this.houses.set(checker, house);
      this.engineLoadMs ??= performance.now() - started;
      this.checkers.set(key, checker);
    }
    return checker;
  }

  /** Where the house list of a folder lives (it may not exist yet). */
  houseListUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, settingsFor(folder.uri).houseListPath);
  }

  private isKnowledgeFile(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    if (uri.toString() === this.houseListUri(folder).toString()) return true;
    return CSPELL_CONFIG_NAMES.some((n) => uri.path.endsWith('/' + n));
  }

  private invalidate(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !this.isKnowledgeFile(uri)) return;
    this.checkers.delete(folder.uri.toString());
    this.changed.fire();
  }

  /** A deleted folder that held a folder's house list: its names are gone. */
  private invalidateUnder(deleted: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(deleted);
    if (!folder) return;
    const prefix = deleted.path.endsWith('/') ? deleted.path : deleted.path + '/';
    if (!this.houseListUri(folder).path.startsWith(prefix)) return;
    this.checkers.delete(folder.uri.toString());
    this.changed.fire();
  }

  private async readHouseList(folder: vscode.WorkspaceFolder): Promise<HouseList> {
    const key = folder.uri.toString();
    const house: HouseList = { accept: [], preferred: [], entities: [] };
    const listUri = this.houseListUri(folder);
    const configUris = CSPELL_CONFIG_NAMES.map((n) => vscode.Uri.joinPath(folder.uri, n));
    // NOTE: file reads are round trips to the (possibly remote) file system: do them all at once.
    const [list, ...configs] = await Promise.all([readText(listUri), ...configUris.map(readText)]);
    this.problems.delete(listUri);
    if (list.error !== undefined) {
      this.tell(folder, `Copydesk: ${vscode.workspace.asRelativePath(listUri)} ${list.error}; Copydesk keeps using the last good house list.`);
    } else if (list.text !== undefined) {
      const parsed = parseHouseList(list.text);
      if (parsed.problems.length === 0) this.goodLists.set(key, parsed.list);
      else this.problems.set(listUri, parsed.problems.map((p) => problemDiagnostic(p, `${asSentence(p.message)} Copydesk keeps using the last good house list.`)));
    } else {
      this.goodLists.delete(key);
    }
    const good = this.goodLists.get(key);
    if (good) Object.assign(house, { accept: [...good.accept], preferred: [...good.preferred], entities: [...good.entities] });
    configs.forEach((cfg, i) => {
      const uri = configUris[i];
      this.problems.delete(uri);
      if (cfg.error !== undefined) {
        this.tell(folder, `Copydesk: ${vscode.workspace.asRelativePath(uri)} ${cfg.error}; its words are not used.`);
        return;
      }
      if (cfg.text === undefined) return;
      const parsed = parseCspellConfig(cfg.text, CSPELL_CONFIG_NAMES[i]);
      if (parsed.problems.length) this.problems.set(uri, parsed.problems.map((p) => problemDiagnostic(p, `${p.message}; Copydesk does not use its words until it is fixed.`)));
      // NOTE: a loop, not push(...words): a configuration can hold more words than a call has arguments.
      for (const w of parsed.words) house.accept.push(w);
    });
    return house;
  }

  /** Messages already shown, so a broken file is announced once, not on every re-check. */
  private readonly told = new Set<string>();

  /** A problem that has no line to sit on (a folder where a file should be, an unexpected error). */
  private tell(folder: vscode.WorkspaceFolder, message: string): void {
    const key = `${folder.uri.toString()}\u0000${message}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function problemDiagnostic(p: HouseListProblem, message: string): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), message, vscode.DiagnosticSeverity.Error);
  d.source = 'copydesk';
  d.code = 'house-list-error';
  return d;
}

/**
 * The text of a file, from an open editor if there is one (unsaved edits count), else from disk:
 * `text` undefined when there is no such file, `error` when something is there but cannot be read.
 */
async function readText(uri: vscode.Uri): Promise<{ text?: string; error?: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  if (uri.scheme === 'file') {
    // NOTE: workspace.fs answers a missing file slowly in remote hosts; the extension
    // host can read its own disk directly, and most house lists do not exist.
    try {
      return { text: await readFile(uri.fsPath, 'utf8') };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return {};
      return { error: code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})` };
    }
  }
  try {
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return {};
    if (e instanceof vscode.FileSystemError && e.code === 'FileIsADirectory') return { error: 'is a folder, not a file' };
    return {};
  }
}
