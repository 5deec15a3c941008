// Typed access to the copydesk.* settings, read per document so folder settings apply.
import * as vscode from 'vscode';
import type { Severity } from '../core/entities/types';

export interface CopydeskSettings {
  enabled: boolean;
  severity: Severity;
  include: string[];
  exclude: string[];
  houseListPath: string;
  maxFileSizeKB: number;
}

export function settingsFor(uri?: vscode.Uri): CopydeskSettings {
  const c = vscode.workspace.getConfiguration('copydesk', uri);
  return {
    enabled: c.get<boolean>('entities.enabled', true),
    severity: c.get<Severity>('entities.severity', 'warning'),
    include: c.get<string[]>('articles.include', ['**/*.md', '**/*.markdown']),
    exclude: c.get<string[]>('articles.exclude', []),
    houseListPath: c.get<string>('houseList.path', '.copydesk/entities.yaml'),
    maxFileSizeKB: c.get<number>('maxFileSizeKB', 2048),
  };
}

export function toDiagnosticSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return vscode.DiagnosticSeverity.Warning;
  }
}

/** True for Markdown documents that the article globs include and do not exclude. */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const s = settingsFor(document.uri);
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // Files outside any folder (and untitled drafts) are articles when they are Markdown.
  if (!folder) return true;
  const matches = (glob: string) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0;
  return s.include.some(matches) && !s.exclude.some(matches);
}
