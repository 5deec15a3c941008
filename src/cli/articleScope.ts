// Which files the CLI checks when it walks a folder: the same `copydesk.articles.include` /
// `copydesk.articles.exclude` globs the extension uses (core/article/articleGlobs), read from
// the workspace's `.vscode/settings.json` in the folder the CLI runs in, with the defaults
// package.json declares. A file named on the command line is always checked: it was asked for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import manifest from '../../package.json';
import { matchesArticleGlobs } from '../core/article/articleGlobs';
import { LineIndex } from '../core/text/lineIndex';

export const WORKSPACE_SETTINGS = '.vscode/settings.json';

export interface ArticleScope {
  /** The workspace folder paths are made relative to. */
  root: string;
  include: string[];
  exclude: string[];
}

const declared = manifest.contributes.configuration.properties as Record<string, { default?: unknown }>;
const defaultGlobs = (key: 'include' | 'exclude'): string[] => [...(declared[`copydesk.articles.${key}`].default as string[])];

/** The article globs of the workspace at `root`; problems with the settings file go to `complain` and the defaults stand. */
export function readArticleScope(root: string, complain: (message: string) => void): ArticleScope {
  const scope: ArticleScope = { root, include: defaultGlobs('include'), exclude: defaultGlobs('exclude') };
  const path = `${root}${sep}${WORKSPACE_SETTINGS.split('/').join(sep)}`;
  if (!existsSync(path)) return scope;
  let text: string;
  try {
    if (statSync(path).isDirectory()) {
      complain(`${WORKSPACE_SETTINGS}: is a folder, not a file; the default article globs are used`);
      return scope;
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    complain(`${WORKSPACE_SETTINGS}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); the default article globs are used`);
    return scope;
  }
  return { root, ...articleGlobsFromSettings(text, complain) };
}

/** The article globs a settings.json text sets (JSON with comments, as VS Code reads it). */
export function articleGlobsFromSettings(text: string, complain: (message: string) => void): { include: string[]; exclude: string[] } {
  const out = { include: defaultGlobs('include'), exclude: defaultGlobs('exclude') };
  const errors: ParseError[] = [];
  const settings: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const at = new LineIndex(text).positionAt(errors[0].offset);
    complain(`${WORKSPACE_SETTINGS}:${at.line + 1}:${at.character + 1}: ${printParseErrorCode(errors[0].error)}; the default article globs are used`);
    return out;
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return out;
  for (const key of ['include', 'exclude'] as const) {
    const value = (settings as Record<string, unknown>)[`copydesk.articles.${key}`];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((g): g is string => typeof g === 'string')) out[key] = value;
    else complain(`${WORKSPACE_SETTINGS}: copydesk.articles.${key} must be a list of glob strings; the default is used`);
  }
  return out;
}

/**
 * True when the file at `absolute` is an article under the scope's globs. Paths inside the
 * workspace are matched relative to it (as the extension does); a file outside it relative to
 * `walkedFrom`, the folder named on the command line.
 */
export function inArticleScope(scope: ArticleScope, absolute: string, walkedFrom: string): boolean {
  let rel = relative(scope.root, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) rel = relative(walkedFrom, absolute);
  return matchesArticleGlobs(rel.split(sep).join('/'), scope.include, scope.exclude);
}
