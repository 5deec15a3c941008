// Quick-fixes for flagged names: replace with each suggestion (the first is
// preferred, so Auto Fix and "fix all" apply it), replace every occurrence in
// the file, add the name to the house list, or ignore it in this file.
// Replacements run as a command carrying the document version they were planned
// on (a plain WorkspaceEdit has none), so a fix chosen after the text changed
// finds its word again or changes nothing.
import * as vscode from 'vscode';
import type { Finding } from '../../core/entities/types';
import { planReplacement } from '../../core/edits/versionedReplace';
import { DIAGNOSTIC_SOURCE, type NameDiagnostics } from './diagnostics';

export const ADD_TO_HOUSE_LIST = 'copydesk.addToHouseList';
export const IGNORE_IN_FILE = 'copydesk.ignoreNameInFile';
export const APPLY_NAME_FIX = 'copydesk.applyNameFix';

export class NameCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: NameDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.diagnostics.current(document);
    if (!checked) return [];
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingFor(document, checked.findings, diagnostic);
      if (!finding) continue;
      finding.suggestions.forEach((s, i) => {
        const a = new vscode.CodeAction(`Replace with “${s}”`, vscode.CodeActionKind.QuickFix);
        a.command = { command: APPLY_NAME_FIX, title: a.title, arguments: [document.uri, checked.version, [planReplacement(text, finding.start, finding.end, s)]] };
        a.diagnostics = [diagnostic];
        // Marking the first suggestion preferred lets users apply it with one key (Auto Fix).
        a.isPreferred = i === 0;
        actions.push(a);
      });
      const same = checked.findings.filter((f) => f.text === finding.text && f.code === finding.code && f.suggestions[0] !== undefined);
      if (same.length > 1 && finding.suggestions[0] !== undefined) {
        const all = new vscode.CodeAction(`Replace all ${same.length} “${finding.text}” in this file with “${finding.suggestions[0]}”`, vscode.CodeActionKind.QuickFix);
        all.command = { command: APPLY_NAME_FIX, title: all.title, arguments: [document.uri, checked.version, same.map((f) => planReplacement(text, f.start, f.end, f.suggestions[0]))] };
        all.diagnostics = [diagnostic];
        actions.push(all);
      }
      const add = new vscode.CodeAction(`Add “${finding.text}” to the house list`, vscode.CodeActionKind.QuickFix);
      add.command = { command: ADD_TO_HOUSE_LIST, title: add.title, arguments: [document.uri, baseName(finding.text)] };
      add.diagnostics = [diagnostic];
      actions.push(add);
      const ignore = new vscode.CodeAction(`Ignore “${finding.text}” in this file`, vscode.CodeActionKind.QuickFix);
      ignore.command = { command: IGNORE_IN_FILE, title: ignore.title, arguments: [document.uri, finding.text] };
      ignore.diagnostics = [diagnostic];
      actions.push(ignore);
    }
    return actions;
  }
}

/** The finding behind a diagnostic: same range and code, in the version the diagnostics came from. */
export function findingFor(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.start === start && f.end === end && f.code === diagnostic.code);
}

/** House lists accept names, not possessives: "Sholz's" is accepted as "Sholz". */
function baseName(text: string): string {
  return text.replace(/['’]s$/, '');
}
