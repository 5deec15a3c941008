// Commands behind the name quick-fixes and the Command Palette: fix all names
// in the article (one undoable edit), add a name to the house list (creating
// or updating the file, keeping its comments), ignore a name in one file.
import * as vscode from 'vscode';
import { addAcceptedName } from '../../core/entities/houseList';
import { ADD_TO_HOUSE_LIST, IGNORE_IN_FILE } from './codeActions';
import type { NameDiagnostics } from './diagnostics';
import type { NameService } from './nameService';

export function registerNameCommands(names: NameService, diagnostics: NameDiagnostics): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('copydesk.fixAllNames', () => fixAllNames(diagnostics)),
    vscode.commands.registerCommand('copydesk.showProblems', () => showProblems(diagnostics)),
    vscode.commands.registerCommand(ADD_TO_HOUSE_LIST, (uri: vscode.Uri, name: string) => addToHouseList(names, uri, name)),
    vscode.commands.registerCommand(IGNORE_IN_FILE, (uri: vscode.Uri, text: string) => diagnostics.ignore(uri, text)),
  );
}

/** Applies the first suggestion of every finding in the active article as one edit. Returns how many were fixed. */
async function fixAllNames(diagnostics: NameDiagnostics): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Copydesk: open a Markdown article to fix its names.');
    return 0;
  }
  const document = editor.document;
  await diagnostics.findingsFor(document);
  const checked = diagnostics.current(document);
  const fixable = (checked?.findings ?? []).filter((f) => f.suggestions[0] !== undefined);
  if (!checked || fixable.length === 0) {
    void vscode.window.setStatusBarMessage('Copydesk: no names to fix.', 3000);
    return 0;
  }
  // NOTE: the edit is built from one version of the document; if it changed meanwhile, apply nothing.
  if (document.version !== checked.version) return 0;
  const ok = await editor.edit((b) => {
    for (const f of fixable) b.replace(new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)), f.suggestions[0]);
  });
  if (ok) void vscode.window.setStatusBarMessage(`Copydesk: fixed ${fixable.length} name${fixable.length === 1 ? '' : 's'}.`, 4000);
  return ok ? fixable.length : 0;
}

/**
 * The name problems of the active article, and nothing else: a list to jump from, with the
 * Problems view one item away. NOTE: VS Code has no API to set the Problems view's filter
 * text, so this list is how the status bar item shows "only Copydesk's problems".
 */
async function showProblems(diagnostics: NameDiagnostics): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  // Right after an edit the new version may not be checked yet: check it now, then list.
  if (editor) await diagnostics.findingsFor(editor.document);
  const checked = editor && diagnostics.current(editor.document);
  const openView = async () => {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('problems.action.focusFilter').then(undefined, () => undefined);
  };
  if (!editor || !checked || checked.findings.length === 0) return openView();
  type Item = vscode.QuickPickItem & { start?: number; end?: number };
  const document = editor.document;
  const items: Item[] = checked.findings.map((f) => {
    const pos = document.positionAt(f.start);
    return {
      label: `$(warning) ${f.text}${f.suggestions[0] ? ` → ${f.suggestions[0]}` : ''}`,
      description: `line ${pos.line + 1} · ${f.code}`,
      detail: f.message,
      start: f.start,
      end: f.end,
    };
  });
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: '$(list-flat) Show all problems in the Problems view' });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Copydesk: ${checked.findings.length} name problem${checked.findings.length === 1 ? '' : 's'} in ${vscode.workspace.asRelativePath(document.uri)}`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  if (picked.start === undefined || picked.end === undefined) return openView();
  const range = new vscode.Range(document.positionAt(picked.start), document.positionAt(picked.end));
  // Focus goes back to the editor (the status bar kept it), so Ctrl+. offers the fixes at once.
  const shown = await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
  shown.selection = new vscode.Selection(range.start, range.end);
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function addToHouseList(names: NameService, uri: vscode.Uri, name: string): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Copydesk: the house list can only be changed in a trusted workspace.');
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Copydesk: open a folder to keep a house list.');
    return false;
  }
  const listUri = names.houseListUri(folder);
  const edit = new vscode.WorkspaceEdit();
  let existing: vscode.TextDocument | undefined;
  try {
    existing = await vscode.workspace.openTextDocument(listUri);
  } catch {
    existing = undefined;
  }
  let updated: string;
  try {
    updated = addAcceptedName(existing?.getText() ?? '', name);
  } catch (e) {
    void vscode.window.showErrorMessage(`Copydesk: ${(e as Error).message}`);
    return false;
  }
  if (existing) {
    edit.replace(listUri, new vscode.Range(new vscode.Position(0, 0), existing.lineAt(existing.lineCount - 1).range.end), updated);
  } else {
    edit.createFile(listUri, { ignoreIfExists: true, contents: new TextEncoder().encode(updated) });
  }
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok && existing) await existing.save();
  if (ok) void vscode.window.setStatusBarMessage(`Copydesk: added “${name}” to ${vscode.workspace.asRelativePath(listUri)}.`, 4000);
  return ok;
}
