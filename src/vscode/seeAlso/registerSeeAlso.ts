// The `copydesk.insertSeeAlso` command: rank related articles, let the editor
// pick some in a QuickPick, insert a See-also block at the next paragraph boundary.
import * as vscode from 'vscode';
import { buildSeeAlsoBlock, DEFAULT_SEE_ALSO_FORMAT, SeeAlsoItem } from '../../core/seeAlso/block';
import { findLinkedTargets, relativeLink } from '../../core/seeAlso/links';
import { planSeeAlsoInsertion } from '../../core/seeAlso/placement';
import { IndexedArticle, SeeAlsoCandidate } from '../../core/seeAlso/seeAlsoIndex';
import { settingsFor } from '../settings';
import { SeeAlsoDeps, WorkspaceSeeAlsoIndex } from './workspaceSeeAlsoIndex';

export const INSERT_SEE_ALSO_COMMAND = 'copydesk.insertSeeAlso';
const CANDIDATES = 30;

/**
 * Optional argument of `copydesk.insertSeeAlso`, for tests, keybindings and
 * automation: `pick` lists workspace-relative paths (relative to the current
 * article's workspace folder) to insert without showing the QuickPick.
 */
export interface InsertSeeAlsoArgs {
  pick?: string[];
}

/** What the command did; returned for tests and automation. */
export interface InsertSeeAlsoResult {
  /** Relative links inserted. */
  inserted: string[];
  /** Workspace-relative paths skipped because the article already links to them. */
  alreadyLinked: string[];
  /** Workspace-relative paths given in `pick` that are not indexed articles. */
  notFound: string[];
}

export function registerSeeAlso(context: vscode.ExtensionContext, deps: SeeAlsoDeps): vscode.Disposable {
  // The index is saved per workspace; a new extension version (new knowledge, new ranking) builds afresh.
  const storage = { folder: context.storageUri, fingerprint: `copydesk ${String(context.extension?.packageJSON?.version ?? '')}` };
  const workspaceIndex = new WorkspaceSeeAlsoIndex(deps, storage);
  const command = vscode.commands.registerCommand(INSERT_SEE_ALSO_COMMAND, (args?: InsertSeeAlsoArgs) =>
    insertSeeAlso(workspaceIndex, deps, args),
  );
  // Test-only (not contributed in package.json): waits for the build, saves, then opens a
  // second workspace index over the same storage, as the next session would.
  const persistence = vscode.commands.registerCommand('copydesk._seeAlsoReopen', async () => {
    // Other suites change articles on disk; a file watcher's event may still be on its way.
    // Check the index against the files now (a build reads only what changed), then save.
    workspaceIndex.rebuild();
    await workspaceIndex.settled();
    // Changes since the build (other suites add articles) are saved after a delay: save now.
    await workspaceIndex.flush();
    const next = new WorkspaceSeeAlsoIndex(deps, storage);
    try {
      await next.ready();
      const atReady = { size: next.index.size, reopened: next.stats.reopened, filesRead: next.stats.filesRead };
      await next.settled();
      return { built: workspaceIndex.index.size, atReady, filesReadAfterCheck: next.stats.checkReads, paths: next.index.paths().sort() };
    } finally {
      next.dispose();
    }
  });
  return vscode.Disposable.from(command, persistence, workspaceIndex);
}

interface PickItem extends vscode.QuickPickItem {
  article?: IndexedArticle;
  linked?: boolean;
}

async function insertSeeAlso(workspaceIndex: WorkspaceSeeAlsoIndex, deps: SeeAlsoDeps, args?: InsertSeeAlsoArgs): Promise<InsertSeeAlsoResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Copydesk: open a Markdown article to insert See also links.');
    return undefined;
  }
  const doc = editor.document;
  if (doc.isUntitled) {
    void vscode.window.showInformationMessage('Copydesk: save the article first, so that See also links can be relative to it.');
    return undefined;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Copydesk: indexing articles for See also…' },
    () => workspaceIndex.ready(),
  );

  const key = doc.uri.toString();
  const linked = findLinkedTargets(doc.uri.path, deps.analysisOf?.(doc) ?? doc.getText());
  const isLinked = (a: IndexedArticle) => linked.has(vscode.Uri.parse(a.path).path);
  const result: InsertSeeAlsoResult = { inserted: [], alreadyLinked: [], notFound: [] };

  let chosen: IndexedArticle[];
  if (args?.pick) {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    chosen = [];
    for (const rel of args.pick) {
      const target = folder ? vscode.Uri.joinPath(folder.uri, rel).toString() : rel;
      const article = target === key ? undefined : workspaceIndex.index.get(target);
      if (article) chosen.push(article);
      else result.notFound.push(rel);
    }
  } else {
    const candidates = await workspaceIndex.index.query(key, doc.getText(), CANDIDATES);
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage('Copydesk: no related articles found in this workspace.');
      return result;
    }
    const picked = await pickArticles(candidates, isLinked);
    if (!picked) return undefined;
    chosen = picked;
  }

  const toInsert = chosen.filter((a) => {
    if (!isLinked(a)) return true;
    result.alreadyLinked.push(vscode.workspace.asRelativePath(vscode.Uri.parse(a.path), false));
    return false;
  });
  if (toInsert.length === 0) {
    if (result.alreadyLinked.length > 0) void vscode.window.showInformationMessage('Copydesk: the article already links to the chosen articles.');
    return result;
  }

  const format = settingsFor(doc.uri).seeAlsoFormat || DEFAULT_SEE_ALSO_FORMAT;
  const items: SeeAlsoItem[] = toInsert.map((a) => ({
    title: a.title,
    path: relativeLink(doc.uri.path, vscode.Uri.parse(a.path).path),
    outlet: a.outlet,
    date: a.date,
    section: a.section,
  }));
  // The QuickPick is asynchronous: the text may have changed while it was open, so the
  // position is computed now, against the current version. TextEditor.edit refuses an edit
  // made against a stale version; then the position is computed again.
  for (let attempt = 0; attempt < 3 && !doc.isClosed; attempt++) {
    const target = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const text = doc.getText();
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const cursor = target ? doc.offsetAt(target.selection.active) : doc.offsetAt(editor.selection.active);
    const plan = planSeeAlsoInsertion(deps.analysisOf?.(doc) ?? text, cursor, buildSeeAlsoBlock(items, format, eol), eol);
    let applied: boolean;
    if (target) {
      // One edit, one undo step.
      applied = await target.edit((b) => b.insert(doc.positionAt(plan.offset), plan.text)).then(
        (ok) => ok,
        () => false,
      );
    } else {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.positionAt(plan.offset), plan.text);
      applied = await vscode.workspace.applyEdit(edit);
    }
    if (applied) {
      result.inserted = items.map((i) => i.path);
      return result;
    }
  }
  void vscode.window.showWarningMessage('Copydesk: the article kept changing; See also links were not inserted.');
  return result;
}

async function pickArticles(
  candidates: SeeAlsoCandidate[],
  isLinked: (a: IndexedArticle) => boolean,
): Promise<IndexedArticle[] | undefined> {
  const fresh: PickItem[] = [];
  const linkedItems: PickItem[] = [];
  for (const c of candidates) {
    const linked = isLinked(c);
    const why = [
      c.reasons.names.length ? `Names: ${c.reasons.names.slice(0, 4).join(', ')}` : '',
      c.reasons.tags.length ? `Tags: ${c.reasons.tags.join(', ')}` : '',
      c.reasons.sameSection ? 'Same section' : '',
    ].filter(Boolean);
    const item: PickItem = {
      label: c.title || vscode.workspace.asRelativePath(vscode.Uri.parse(c.path), false),
      description: [linked ? '$(check) already linked' : '', c.date, c.section].filter(Boolean).join(' · '),
      detail: why.length ? why.join(' · ') : 'Shares words with this article',
      article: c,
      linked,
    };
    (linked ? linkedItems : fresh).push(item);
  }
  const items: PickItem[] = [...fresh];
  if (linkedItems.length) items.push({ label: 'Already linked', kind: vscode.QuickPickItemKind.Separator }, ...linkedItems);

  const qp = vscode.window.createQuickPick<PickItem>();
  qp.title = 'Insert See also';
  qp.placeholder = 'Choose related articles (type to filter by title, date, section, names or tags)';
  qp.canSelectMany = true;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = items;
  return new Promise((resolve) => {
    let accepted = false;
    qp.onDidAccept(() => {
      accepted = true;
      // Already-linked choices go through, so the caller can say they were skipped.
      const picked = qp.selectedItems.filter((i) => i.article).map((i) => i.article!);
      qp.hide();
      resolve(picked);
    });
    qp.onDidHide(() => {
      qp.dispose();
      if (!accepted) resolve(undefined);
    });
    qp.show();
  });
}
