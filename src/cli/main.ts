#!/usr/bin/env node
// `copydesk check <files or folders…> [--format text|json|sarif] [--changed [<ref>]] [--max-warnings N]`:
// the entity-name checks of the extension, for the terminal and CI. Exit 0 clean, 1 findings,
// 2 bad usage or unreadable input (other files are still checked).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { decodeArticle } from '../core/text/decode';
import { analyseArticle } from '../core/article/analysedArticle';
import type { LineIndex } from '../core/text/lineIndex';
import { createNameChecker } from '../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../node/knowledgeFiles';
import { CSPELL_CONFIG_NAMES, HOUSE_LIST_PATH, parseCspellConfig, parseHouseList } from '../core/entities/houseList';
import type { HouseList } from '../core/entities/registry';
import type { Finding } from '../core/entities/types';
import { ChangedFilesError, changedFiles, isGitRef, within } from './changed';
import { toSarif, type CheckedFile } from './sarif';

const USAGE = `Usage: copydesk check <files or folders…> [--format text|json|sarif] [--changed [<git ref>]] [--max-warnings N]

Checks names of people, organisations, places and events in Markdown articles.
Reads the house list (${HOUSE_LIST_PATH}) and cspell "words" from the current folder.
  --format sarif      SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, …)
  --changed [<ref>]   only articles modified, added or untracked since <ref>
                      (default: the merge base with the branch's upstream); paths narrow it
  --max-warnings N    exit 0 while there are at most N warnings (errors always fail)
Exit status: 0 no findings, 1 findings, 2 bad usage or unreadable input.`;

/** The version in package.json beside dist/, for reports (absent when run from elsewhere). */
const VERSION: string | undefined = (() => {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
})();
const ARTICLE = /\.(md|markdown|mdx)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.copydesk']);
/** Larger files are skipped with a message (the extension has the same guard, configurable). */
const MAX_BYTES = 20 * 1024 * 1024;

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: string;
  message: string;
  suggestions: string[];
}

function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args[0] !== 'check') return usage(args.length ? `Unknown command “${args[0]}”.` : 'No command given.');
  let format = 'text';
  const paths: string[] = [];
  let changed: { ref?: string } | undefined;
  let maxWarnings: number | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--changed') changed = i + 1 < args.length && isGitRef(process.cwd(), args[i + 1]) ? { ref: args[++i] } : {};
    else if (a.startsWith('--changed=')) changed = { ref: a.slice('--changed='.length) };
    else if (a === '--max-warnings' || a.startsWith('--max-warnings=')) {
      const value = a === '--max-warnings' ? args[++i] : a.slice('--max-warnings='.length);
      if (!/^\d+$/.test(value ?? '')) return usage(`--max-warnings needs a whole number, not “${value ?? ''}”.`);
      maxWarnings = Number(value);
    } else if (a.startsWith('-')) return usage(`Unknown option “${a}”.`);
    else paths.push(a);
  }
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return usage(`--format must be text, json or sarif, not “${format}”.`);
  if (paths.length === 0 && !changed) return usage('Name at least one file or folder.');

  let inputProblem = false;
  const inputProblems: string[] = [];
  const complain = (msg: string) => {
    inputProblem = true;
    inputProblems.push(msg);
    process.stderr.write(`copydesk: ${msg}\n`);
  };

  const house = readHouseList(process.cwd(), complain);
  const checker = createNameChecker(loadBuiltInKnowledge(join(__dirname, '..', 'data')), house);

  const files: string[] = [];
  if (changed) {
    for (const p of paths) if (!existsSync(p)) complain(`${p}: no such file or folder (nor a commit --changed could compare with)`);
    try {
      const inScope = within(changedFiles(process.cwd(), changed.ref), paths.length ? paths : ['.'], process.cwd());
      for (const f of inScope) if (ARTICLE.test(f) && !f.split(/[\\/]/).some((part) => SKIP_DIRS.has(part))) files.push(relative(process.cwd(), f) || f);
    } catch (e) {
      if (!(e instanceof ChangedFilesError)) throw e;
      process.stderr.write(`copydesk: ${e.message}\n`);
      return 2;
    }
  }
  for (const p of changed ? [] : paths) {
    if (!existsSync(p)) {
      complain(`${p}: no such file or folder`);
      continue;
    }
    if (statSync(p).isDirectory()) walk(p, files);
    else files.push(p);
  }

  const results: JsonFinding[] = [];
  const forSarif: CheckedFile[] = [];
  let checked = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      if (statSync(file).size > MAX_BYTES) {
        complain(`${file}: larger than ${MAX_BYTES / 1024 / 1024} MB, not checked`);
        continue;
      }
      bytes = readFileSync(file);
    } catch (e) {
      complain(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      complain(`${file}: ${decoded.reason}; not checked`);
      continue;
    }
    if (decoded.warning) process.stderr.write(`copydesk: ${file} ${decoded.warning}\n`);
    const article = analyseArticle(decoded.text);
    const { findings, truncated } = checker.checkArticle(article);
    if (truncated) process.stderr.write(`copydesk: ${file}: ${truncated.message}\n`);
    checked++;
    // NOTE: not push(...spread): an article can have more findings than a call has arguments.
    for (const r of toJson(file, article.lines, findings)) results.push(r);
    if (format === 'sarif') forSarif.push({ uri: relative(process.cwd(), resolve(file)).split(sep).join('/'), text: decoded.text, findings });
  }

  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(JSON.stringify(toSarif(forSarif, { toolVersion: VERSION, notifications: inputProblems }), null, 2) + '\n');
  else printText(results, checked);
  if (inputProblem) return 2;
  return failsGate(results, maxWarnings) ? 1 : 0;
}

/** Without --max-warnings any finding fails; with it, errors fail and warnings only past N. */
function failsGate(results: JsonFinding[], maxWarnings: number | undefined): boolean {
  if (maxWarnings === undefined) return results.length > 0;
  const errors = results.filter((r) => r.severity === 'error').length;
  return errors > 0 || results.length - errors > maxWarnings;
}

function usage(message: string): number {
  process.stderr.write(`copydesk: ${message}\n\n${USAGE}\n`);
  return 2;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile() && ARTICLE.test(entry.name)) out.push(join(dir, entry.name));
  }
}

function readHouseList(cwd: string, complain: (m: string) => void): HouseList {
  const house: HouseList = { accept: [], preferred: [], entities: [] };
  const listPath = resolve(cwd, HOUSE_LIST_PATH);
  if (existsSync(listPath)) {
    const parsed = parseHouseList(readFileSync(listPath, 'utf8'));
    for (const p of parsed.problems) complain(`${relative(cwd, listPath)}:${p.line}:${p.column}: ${p.message} (built-in names still checked)`);
    if (parsed.problems.length === 0) Object.assign(house, parsed.list);
  }
  for (const name of CSPELL_CONFIG_NAMES) {
    const p = join(cwd, name);
    if (!existsSync(p)) continue;
    const parsed = parseCspellConfig(readFileSync(p, 'utf8'), name);
    for (const problem of parsed.problems) complain(`${name}:${problem.line}:${problem.column}: ${problem.message}`);
    house.accept.push(...parsed.words);
  }
  return house;
}

function toJson(file: string, lines: LineIndex, findings: Finding[]): JsonFinding[] {
  return findings.map((f) => {
    const s = lines.positionAt(f.start);
    const e = lines.positionAt(f.end);
    return {
      file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      code: f.code,
      severity: f.severity,
      message: f.message,
      suggestions: f.suggestions,
    };
  });
}

function printText(results: JsonFinding[], fileCount: number): void {
  for (const r of results) {
    const fix = r.suggestions.length ? `  → ${r.suggestions[0]}` : '';
    process.stdout.write(`${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.message}  [${r.code}]${fix}\n`);
  }
  const files = new Set(results.map((r) => r.file)).size;
  process.stdout.write(
    results.length === 0
      ? `No name problems in ${fileCount} file${fileCount === 1 ? '' : 's'}.\n`
      : `${results.length} name problem${results.length === 1 ? '' : 's'} in ${files} of ${fileCount} file${fileCount === 1 ? '' : 's'}.\n`,
  );
}

process.exitCode = main(process.argv);
