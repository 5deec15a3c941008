// Quick-fixes and commands for spelling flags: change to a suggestion (best
// first; the first is preferred, so Ctrl+. then Enter fixes), add the word to
// the house list or to the workspace's cspell `words`, ignore it in this file;
// and "Fix All Spelling", a separate command (Fix All Names stays names-only).
import * as vscode from 'vscode';
import { CSPELL_CONFIG_NAMES } from '../../core/entities/houseList';
import { addCspellWord, NEW_CSPELL_CONFIG } from '../../core/spelling/config';
import { SPELLING_CODE, type SpellingFinding } from '../../core/spelling/types';
import { ADD_TO_HOUSE_LIST } from '../names/codeActions';
import { DIAGNOSTIC_SOURCE } from '../names/diagnostics';
import type { SpellingDiagnostics } from './spellingDiagnostics';

export const ADD_TO_CSPELL_WORDS = 'copydesk.addToCspellWords';
export const IGNORE_SPELLING_IN_FILE = 'copydesk.ignoreSpellingInFile';
export const FIX_ALL_SPELLING = 'copydesk.fixAllSpelling';

export class SpellingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly spelling: SpellingDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const checked = this.spelling.current(document);
    if (!checked) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === SPELLING_CODE);
    if (!ours.length) return [];
    // Suggestions are asked for after the diagnostics are published: wait for them here.
    const findings = await this.spelling.completed(checked);
    if (document.version !== checked.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const start = document.offsetAt(diagnostic.range.start);
      const finding = findings.find((f) => f.start === start && f.end === document.offsetAt(diagnostic.range.end));
      if (!finding) continue;
      finding.suggestions.forEach((s, i) => {
        const a = new vscode.CodeAction(`Change “${finding.text}” to “${s}”`, vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(document.uri, diagnostic.range, s);
        a.diagnostics = [diagnostic];
        a.isPreferred = i === 0;
        actions.push(a);
      });
      const house = new vscode.CodeAction(`Add “${finding.text}” to the house list`, vscode.CodeActionKind.QuickFix);
      house.command = { command: ADD_TO_HOUSE_LIST, title: house.title, arguments: [document.uri, finding.text] };
      house.diagnostics = [diagnostic];
      const words = new vscode.CodeAction(`Add “${finding.text}” to the workspace cspell words`, vscode.CodeActionKind.QuickFix);
      words.command = { command: ADD_TO_CSPELL_WORDS, title: words.title, arguments: [document.uri, finding.text] };
      words.diagnostics = [diagnostic];
      const ignore = new vscode.CodeAction(`Ignore “${finding.text}” in this file`, vscode.CodeActionKind.QuickFix);
      ignore.command = { command: IGNORE_SPELLING_IN_FILE, title: ignore.title, arguments: [document.uri, finding.text] };
      ignore.diagnostics = [diagnostic];
      actions.push(house, words, ignore);
    }
    return actions;
  }
}

export function registerSpellingCommands(spelling: SpellingDiagnostics): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(FIX_ALL_SPELLING, () => fixAllSpelling(spelling)),
    vscode.commands.registerCommand(ADD_TO_CSPELL_WORDS, (uri: vscode.Uri, word: string) => addToCspellWords(uri, word)),
    vscode.commands.registerCommand(IGNORE_SPELLING_IN_FILE, (uri: vscode.Uri, word: string) => spelling.ignore(uri, word)),
  );
}

/** Applies the first suggestion of every spelling flag in the active article as one undoable edit. */
async function fixAllSpelling(spelling: SpellingDiagnostics): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Copydesk: open a Markdown article to fix its spelling.');
    return 0;
  }
  const document = editor.document;
  const findings = await spelling.findingsFor(document);
  const checked = spelling.current(document);
  const fixable = (checked ? findings : []).filter((f: SpellingFinding) => f.suggestions[0] !== undefined);
  if (!checked || fixable.length === 0 || document.version !== checked.version) {
    void vscode.window.setStatusBarMessage('Copydesk: no spelling to fix.', 3000);
    return 0;
  }
  const ok = await editor.edit((b) => {
    for (const f of fixable) b.replace(new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)), f.suggestions[0]);
  });
  if (ok) void vscode.window.setStatusBarMessage(`Copydesk: fixed ${fixable.length} spelling${fixable.length === 1 ? '' : 's'}.`, 4000);
  return ok ? fixable.length : 0;
}

/** Adds a word to the folder's cspell configuration (the first that exists, else a new cspell.json), as one undoable edit. */
async function addToCspellWords(uri: vscode.Uri, word: string): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Copydesk: the cspell configuration can only be changed in a trusted workspace.');
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Copydesk: open a folder to keep cspell words.');
    return false;
  }
  let target: vscode.Uri | undefined;
  let existing: vscode.TextDocument | undefined;
  for (const name of CSPELL_CONFIG_NAMES) {
    const candidate = vscode.Uri.joinPath(folder.uri, name);
    try {
      await vscode.workspace.fs.stat(candidate);
      target = candidate;
      existing = await vscode.workspace.openTextDocument(candidate);
      break;
    } catch {
      // not this one
    }
  }
  target ??= vscode.Uri.joinPath(folder.uri, NEW_CSPELL_CONFIG);
  let updated: string;
  try {
    updated = addCspellWord(existing?.getText() ?? '', target.path, word);
  } catch (e) {
    void vscode.window.showErrorMessage(`Copydesk: ${(e as Error).message}`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  if (existing) {
    if (updated === existing.getText()) return true;
    edit.replace(target, new vscode.Range(new vscode.Position(0, 0), existing.lineAt(existing.lineCount - 1).range.end), updated);
  } else {
    edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(updated) });
  }
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok && existing) await existing.save();
  if (ok) void vscode.window.setStatusBarMessage(`Copydesk: added “${word}” to ${vscode.workspace.asRelativePath(target)}.`, 4000);
  return ok;
}

/** Everything spelling adds to the extension, wired in one place. */
export function registerSpelling(spelling: SpellingDiagnostics): vscode.Disposable {
  return vscode.Disposable.from(
    spelling,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new SpellingCodeActions(spelling), { providedCodeActionKinds: SpellingCodeActions.kinds }),
    registerSpellingCommands(spelling),
  );
}
