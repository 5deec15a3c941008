// The one settings seam: typed access to the copydesk.* settings, read per document so
// folder settings apply, with every default taken from package.json's `contributes`
// (read once, when the bundle loads) so code and manifest cannot drift apart.
// Also the one article matcher every adapter uses.
import * as vscode from 'vscode';
import manifest from '../../package.json';
import { matchesArticleGlobs } from '../core/article/articleGlobs';
import type { Severity } from '../core/entities/types';

export interface CopydeskSettings {
  enabled: boolean;
  severity: Severity;
  include: string[];
  exclude: string[];
  houseListPath: string;
  maxFileSizeKB: number;
  wordsPerMinute: number;
  seeAlsoFormat: string;
}

/** Setting key (without `copydesk.`) → field of CopydeskSettings. */
const KEYS = {
  'entities.enabled': 'enabled',
  'entities.severity': 'severity',
  'articles.include': 'include',
  'articles.exclude': 'exclude',
  'houseList.path': 'houseListPath',
  maxFileSizeKB: 'maxFileSizeKB',
  'preview.wordsPerMinute': 'wordsPerMinute',
  'seeAlso.format': 'seeAlsoFormat',
} as const satisfies Record<string, keyof CopydeskSettings>;

/** The defaults package.json declares, once. */
export const DEFAULT_SETTINGS: CopydeskSettings = (() => {
  const properties = manifest.contributes.configuration.properties as Record<string, { default?: unknown }>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(KEYS)) {
    const declared = properties[`copydesk.${key}`];
    if (!declared || declared.default === undefined) throw new Error(`package.json declares no default for copydesk.${key}`);
    out[field] = declared.default;
  }
  return out as unknown as CopydeskSettings;
})();

export function settingsFor(uri?: vscode.Uri): CopydeskSettings {
  const c = vscode.workspace.getConfiguration('copydesk', uri);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(KEYS)) out[field] = c.get(key, DEFAULT_SETTINGS[field]);
  return out as unknown as CopydeskSettings;
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

/**
 * Is this file where articles live, by the include/exclude settings of its folder? Files
 * outside any folder (and untitled drafts) count: there are no globs to say otherwise.
 */
export function isArticleLocation(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return true;
  const s = settingsFor(folder.uri);
  return matchesArticleGlobs(vscode.workspace.asRelativePath(uri, false), s.include, s.exclude);
}

/** True for Markdown documents in an article location. */
export function isArticle(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && isArticleLocation(document.uri);
}
