// Commands behind the name quick-fixes and the Command Palette: fix all names
// in the article (one undoable edit), add a name to the house list (creating
// or updating the file, keeping its comments), ignore a name in one file.
import * as vscode from 'vscode';
import { addAcceptedName, planAcceptedName } from '../../core/entities/houseList';
import { revalidateReplacements, type PlannedReplacement } from '../../core/edits/versionedReplace';
import { ADD_TO_HOUSE_LIST, APPLY_NAME_FIX, IGNORE_IN_FILE } from './codeActions';
import type { NameDiagnostics } from './diagnostics';
import type { NameService } from './nameService';

export function registerNameCommands(names: NameService, diagnostics: NameDiagnostics): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('copydesk.fixAllNames', () => fixAllNames(diagnostics)),
    vscode.commands.registerCommand('copydesk.showProblems', () => showProblems(diagnostics)),
    vscode.commands.registerCommand(ADD_TO_HOUSE_LIST, (uri: vscode.Uri, name: string) => addToHouseList(names, uri, name)),
    vscode.commands.registerCommand(APPLY_NAME_FIX, (uri: vscode.Uri, version: number, planned: PlannedReplacement[]) => applyNameFix(uri, version, planned)),
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

/**
 * Applies a quick-fix planned on `version` of the document as one undoable edit. If the
 * writer typed on since, each flagged word is found again in the current text; if one
 * cannot be, nothing is replaced and a message says why. Returns whether it applied.
 */
async function applyNameFix(uri: vscode.Uri, version: number, planned: PlannedReplacement[]): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document || document.isClosed) return false;
  const replacements = document.version === version ? planned : revalidateReplacements(document.getText(), planned);
  if (!replacements) {
    const word = planned[0]?.expected ?? '';
    void vscode.window.showWarningMessage(`Copydesk: the article changed since this fix was offered and “${word}” is no longer where it was; nothing was replaced. Try the fix again.`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const r of replacements) edit.replace(uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)), r.replacement);
  return vscode.workspace.applyEdit(edit);
}

/**
 * Adds a name to the folder's house list as one insertion: the rest of the file stays as
 * written (see planAcceptedName). An open list with unsaved edits gets the insertion in its
 * editor and stays unsaved; a list that was saved is saved again, so the checker sees it.
 */
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
  let existing: vscode.TextDocument | undefined;
  let exists = true;
  try {
    await vscode.workspace.fs.stat(listUri);
  } catch {
    exists = false;
  }
  if (exists) {
    try {
      existing = await vscode.workspace.openTextDocument(listUri);
    } catch (e) {
      void vscode.window.showErrorMessage(`Copydesk: cannot open ${vscode.workspace.asRelativePath(listUri)} (${(e as Error).message}); the name was not added.`);
      return false;
    }
  }
  const edit = new vscode.WorkspaceEdit();
  const wasDirty = existing?.isDirty ?? false;
  try {
    if (existing) {
      const text = existing.getText();
      const plan = planAcceptedName(text, name);
      if (!plan) {
        void vscode.window.setStatusBarMessage(`Copydesk: “${name}” is already in ${vscode.workspace.asRelativePath(listUri)}.`, 4000);
        return true;
      }
      addAcceptedName(text, name); // throws if the insertion would not read back as intended
      edit.insert(listUri, existing.positionAt(plan.offset), plan.text);
    } else {
      edit.createFile(listUri, { ignoreIfExists: true, contents: new TextEncoder().encode(addAcceptedName('', name)) });
    }
  } catch (e) {
    void vscode.window.showErrorMessage(`Copydesk: ${(e as Error).message}`);
    return false;
  }
  const ok = await vscode.workspace.applyEdit(edit);
  // NOTE: save() writes the whole buffer; if the writer had unsaved edits there, they decide when to save.
  if (ok && existing && !wasDirty) await existing.save();
  if (ok) void vscode.window.setStatusBarMessage(`Copydesk: added “${name}” to ${vscode.workspace.asRelativePath(listUri)}${wasDirty ? ' (unsaved, like your other edits there)' : ''}.`, 4000);
  return ok;
}
