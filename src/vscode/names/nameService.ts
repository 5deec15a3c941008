// Owns the entity engine inside VS Code: loads the built-in knowledge on first
// need (never at activation), keeps one checker per workspace folder with that
// folder's house list and cspell words, and reports broken house lists as
// diagnostics on the list itself while the last good list stays in force.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { createNameChecker, type BuiltInKnowledge } from '../../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../node/knowledgeFiles';
import { CSPELL_CONFIG_NAMES, parseCspellConfig, parseHouseList } from '../../core/entities/houseList';
import type { AnalysedArticle } from '../../core/article/analysedArticle';
import type { NameChecker } from '../../core/entities/nameChecker';
import type { HouseList } from '../../core/entities/registry';
import { settingsFor } from '../settings';

const NO_FOLDER = '<no folder>';

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
    // Unsaved edits to an open house list count too, so problems show while typing.
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isKnowledgeFile(e.document.uri)) this.invalidate(e.document.uri);
      }),
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

  private base: NameChecker | undefined;
  /** How long the first checker took to build (house list, knowledge, indexes), for `npm run bench`. */
  engineLoadMs: number | undefined;

  /**
   * Entity ids named in an article, for ranking related articles: the mentions the
   * diagnostics' checker found in this same analysis when it checked it, else the
   * built-in knowledge's.
   */
  entityIdsIn(article: AnalysedArticle): string[] {
    const checker = [...this.checkers.values()].find((c) => c.hasChecked(article)) ?? this.baseChecker();
    return checker.entitiesIn(article);
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
      const house = folder && vscode.workspace.isTrusted ? await this.readHouseList(folder) : undefined;
      checker = createNameChecker(this.builtIn(), house);
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

  private async readHouseList(folder: vscode.WorkspaceFolder): Promise<HouseList> {
    const key = folder.uri.toString();
    const house: HouseList = { accept: [], preferred: [], entities: [] };
    const listUri = this.houseListUri(folder);
    // NOTE: file reads are round trips to the (possibly remote) file system: do them all at once.
    const [text, ...configs] = await Promise.all([readText(listUri), ...CSPELL_CONFIG_NAMES.map((n) => readText(vscode.Uri.joinPath(folder.uri, n)))]);
    this.problems.delete(listUri);
    if (text !== undefined) {
      const parsed = parseHouseList(text);
      if (parsed.problems.length === 0) {
        this.goodLists.set(key, parsed.list);
      } else {
        this.problems.set(
          listUri,
          parsed.problems.map((p) => {
            const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
            const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), `${p.message} Copydesk keeps using the last good house list.`, vscode.DiagnosticSeverity.Error);
            d.source = 'copydesk';
            d.code = 'house-list-error';
            return d;
          }),
        );
      }
    } else {
      this.goodLists.delete(key);
    }
    const good = this.goodLists.get(key);
    if (good) Object.assign(house, { accept: [...good.accept], preferred: [...good.preferred], entities: [...good.entities] });
    CSPELL_CONFIG_NAMES.forEach((name, i) => {
      const cfg = configs[i];
      if (cfg !== undefined) house.accept.push(...parseCspellConfig(cfg, name).words);
    });
    return house;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The text of a file, from an open editor if there is one (unsaved edits count), else from disk. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  if (uri.scheme === 'file') {
    // NOTE: workspace.fs answers a missing file slowly in remote hosts; the extension
    // host can read its own disk directly, and most house lists do not exist.
    return readFile(uri.fsPath, 'utf8').catch(() => undefined);
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
