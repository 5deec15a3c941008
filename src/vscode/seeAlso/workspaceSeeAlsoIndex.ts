// Keeps a SeeAlsoIndex of the workspace's articles up to date: a background
// build at start, then file-watcher events and (debounced) document edits.
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
  readonly index: SeeAlsoIndex;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watchers: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private building: Promise<void> = Promise.resolve();
  private generation = 0;

  constructor(deps: SeeAlsoDeps) {
    this.index = new SeeAlsoIndex({ namesOf: (t) => deps.namesOf(t), nameLabel: deps.nameLabel && ((id) => deps.nameLabel!(id)) });
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

  /** Resolves when the background build that is running (if any) has finished. */
  ready(): Promise<void> {
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
          watcher.onDidDelete((uri) => this.index.remove(uri.toString())),
        );
      }
    }
    this.building = this.build(generation);
  }

  private async build(generation: number): Promise<void> {
    const seen = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const { include, exclude } = globsFor(folder);
      // findFiles narrows the search; the one article matcher has the last word.
      const found = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, brace(include)),
        exclude.length ? new vscode.RelativePattern(folder, brace(exclude)) : undefined,
      );
      const uris = found.filter((uri) => this.isCandidate(uri));
      for (let i = 0; i < uris.length; i += BATCH) {
        if (generation !== this.generation) return;
        await Promise.all(uris.slice(i, i + BATCH).map((uri) => (seen.add(uri.toString()), this.readAndSet(uri))));
        // NOTE: the extension host is shared with every other extension; give the event loop a turn between batches.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    if (generation !== this.generation) return;
    for (const key of this.index.paths()) if (!seen.has(key)) this.index.remove(key);
  }

  private async readAndSet(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      let text: string;
      if (open) text = open.getText();
      else {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_ARTICLE_BYTES) return void this.index.remove(key);
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      }
      this.setText(key, text);
    } catch {
      // Deleted or unreadable between listing and reading: it is not an article now.
      this.index.remove(key);
    }
  }

  private setText(key: string, text: string): void {
    if (text.length > MAX_ARTICLE_BYTES || !isRankableArticle(text)) this.index.remove(key);
    else this.index.set(key, text);
  }

  private scheduleEdit(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown' || doc.isUntitled || !this.isCandidate(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        if (!doc.isClosed) this.setText(key, doc.getText());
      }, EDIT_DEBOUNCE_MS),
    );
  }

  dispose(): void {
    this.generation++;
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    for (const d of [...this.watchers.splice(0), ...this.disposables.splice(0)]) d.dispose();
  }
}
