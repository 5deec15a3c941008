#!/usr/bin/env node
// `copydesk check <files or folders…> [--format text|json|sarif] [--changed [<ref>]] [--max-warnings N]`:
// the entity-name checks of the extension, for the terminal and CI. Exit 0 clean, 1 findings,
// 2 bad usage, unreadable input, a broken configuration or a file checked only in part (the
// other files are still checked, and nothing prints a stack trace).
// `copydesk related <article.md>…`: See also's ranking from the command line (related.ts).
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
import { runRelated } from './related';
import { ChangedFilesError, changedFiles, isGitRef, stagedFiles, within } from './changed';
import { inArticleScope, readArticleScope, WORKSPACE_SETTINGS, type ArticleScope } from './articleScope';
import { toSarif, type CheckedFile } from './sarif';
import { SPELLING_CODE, type SpellingFinding } from '../core/spelling/types';
import { createCliSpelling } from './spelling';

const USAGE = `Usage: copydesk check <files or folders…> [--format text|json|sarif] [--spelling] [--changed [<git ref>] | --staged] [--max-warnings N]

Checks names of people, organisations, places and events in Markdown articles.
Reads the house list (${HOUSE_LIST_PATH}), cspell "words" and the article globs
(copydesk.articles.include/exclude in ${WORKSPACE_SETTINGS}) from the current folder:
a folder is walked for the files those globs call articles; a file named is always checked.
  --spelling          also check spelling (code copydesk.spelling) with the cspell configuration
                      found from each file's folder; names the checker knows are never flagged
  --format sarif      SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, …)
  --changed [<ref>]   only articles modified, added or untracked since <ref>
                      (default: the merge base with the branch's upstream); paths narrow it
  --staged            only articles staged for the next commit, as staged (for pre-commit hooks)
  --max-warnings N    exit 0 while there are at most N warnings (errors always fail)
Exit status: 0 no findings, 1 findings, 2 bad usage, unreadable input, a broken
house list or cspell configuration, or a file checked only in part (each named
on stderr as file:line:column; the other files are still checked).

Also: copydesk related <article.md>… [--in <folder>] [--limit N] [--format text|json]
(related articles, as See also ranks them; copydesk related --help).`;

/** The version in package.json beside dist/, for reports (absent when run from elsewhere). */
const VERSION: string | undefined = (() => {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
})();
/** Folders never walked, whatever the globs say (repository internals and dependencies). */
const SKIP_DIRS = new Set(['node_modules', '.git', '.copydesk']);
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

async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args[0] === 'related') {
    const io = { cwd: process.cwd(), out: (t: string) => process.stdout.write(t), err: (t: string) => process.stderr.write(t), dataDir: join(__dirname, '..', 'data') };
    return runRelated(args.slice(1), io);
  }
  if (args[0] !== 'check') return usage(args.length ? `Unknown command “${args[0]}”.` : 'No command given.');
  let format = 'text';
  let spellingOn = false;
  const paths: string[] = [];
  let changed: { ref?: string } | undefined;
  let staged = false;
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
    } else if (a === '--spelling') spellingOn = true;
    else if (a === '--staged') staged = true;
    else if (a.startsWith('-')) return usage(`Unknown option “${a}”.`);
    else paths.push(a);
  }
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return usage(`--format must be text, json or sarif, not “${format}”.`);
  if (changed && staged) return usage('--changed and --staged cannot be used together.');
  if (paths.length === 0 && !changed && !staged) return usage('Name at least one file or folder.');

  let inputProblem = false;
  const inputProblems: string[] = [];
  const complain = (msg: string) => {
    inputProblem = true;
    inputProblems.push(msg);
    process.stderr.write(`copydesk: ${msg}\n`);
  };

  const house = readHouseList(process.cwd(), complain);
  const checker = createNameChecker(loadBuiltInKnowledge(join(__dirname, '..', 'data')), house);
  const spelling = spellingOn ? createCliSpelling(checker, complain) : undefined;

  const scope = readArticleScope(process.cwd(), complain);
  const files: string[] = [];
  /** With --staged: the staged content of each file, checked instead of the working tree's. */
  const stagedBytes = new Map<string, Buffer>();
  if (changed || staged) {
    for (const p of paths) if (!existsSync(p)) complain(`${p}: no such file or folder${changed ? ' (nor a commit --changed could compare with)' : ''}`);
    try {
      const listed = staged ? stagedFiles(process.cwd()) : changedFiles(process.cwd(), changed?.ref).map((path) => ({ path, bytes: undefined }));
      const wanted = new Set(within(listed.map((f) => f.path), paths.length ? paths : ['.'], process.cwd()));
      for (const f of listed) {
        if (!wanted.has(f.path) || f.path.split(/[\\/]/).some((part) => SKIP_DIRS.has(part)) || !inArticleScope(scope, f.path, process.cwd())) continue;
        const shown = relative(process.cwd(), f.path) || f.path;
        files.push(shown);
        if (f.bytes) stagedBytes.set(shown, f.bytes);
      }
    } catch (e) {
      if (!(e instanceof ChangedFilesError)) throw e;
      process.stderr.write(`copydesk: ${e.message}\n`);
      return 2;
    }
  }
  for (const p of changed || staged ? [] : paths) {
    if (!existsSync(p)) {
      complain(`${p}: no such file or folder`);
      continue;
    }
    try {
      if (statSync(p).isDirectory()) walk(p, resolve(p), scope, files, complain);
      else files.push(p);
    } catch (e) {
      complain(`${p}: cannot be read (${errorText(e)})`);
    }
  }

  const results: JsonFinding[] = [];
  const forSarif: CheckedFile[] = [];
  let checked = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      // NOTE: the size is asked before reading, so a huge file is never loaded.
      const size = stagedBytes.get(file)?.length ?? statSync(file).size;
      if (size > MAX_BYTES) {
        complain(`${file}: larger than ${MAX_BYTES / 1024 / 1024} MB, not checked`);
        continue;
      }
      bytes = stagedBytes.get(file) ?? readFileSync(file);
    } catch (e) {
      complain(`${file}: cannot be read (${errorText(e)})`);
      continue;
    }
    // One file that breaks the checker is reported and the others are still checked.
    try {
      const decoded = decodeArticle(bytes);
      if (!decoded.ok) {
        complain(`${file}: ${decoded.reason}; not checked`);
        continue;
      }
      if (decoded.warning) process.stderr.write(`copydesk: ${file} ${decoded.warning}\n`);
      const article = analyseArticle(decoded.text);
      const { findings: names, truncated } = checker.checkArticle(article);
      const findings: Array<Finding | SpellingFinding> = [...names];
      if (spelling) {
        // Spelling reads the same analysis (its prose map) and never flags a name's span.
        for (const f of await spelling.check(file, article, names)) findings.push(f);
        findings.sort((a, b) => a.start - b.start);
      }
      checked++;
      // NOTE: not push(...spread): an article can have more findings than a call has arguments.
      for (const r of toJson(file, article.lines, findings)) results.push(r);
      if (format === 'sarif') forSarif.push({ uri: relative(process.cwd(), resolve(file)).split(sep).join('/'), text: decoded.text, findings });
      if (truncated) {
        // Where checking stopped, so the writer can find (and split at) the unchecked part.
        const cut = article.lines.positionAt(truncated.checkedChars);
        complain(`${file}:${cut.line + 1}:${cut.character + 1}: only the first ${truncated.checkedChars.toLocaleString('en')} characters were checked (the file has ${truncated.totalChars.toLocaleString('en')}); split the article to check the rest`);
      }
    } catch (e) {
      complain(`${file}: could not be checked (${errorText(e)}); the other files were still checked`);
    }
  }

  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(JSON.stringify(toSarif(forSarif, { toolVersion: VERSION, notifications: inputProblems }), null, 2) + '\n');
  else printText(results, checked, spellingOn);
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

/** The articles under `dir` (sorted), as the scope's globs decide. */
function walk(dir: string, walkedFrom: string, scope: ArticleScope, out: string[], complain: (m: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    complain(`${dir}: cannot be read (${errorText(e)})`);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), walkedFrom, scope, out, complain);
    } else if (entry.isFile() && inArticleScope(scope, resolve(dir, entry.name), walkedFrom)) out.push(join(dir, entry.name));
  }
}

/** The text of a configuration file; undefined (with a message when it exists) if it cannot be used. */
function readConfig(path: string, shown: string, complain: (m: string) => void): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    if (statSync(path).isDirectory()) {
      complain(`${shown}: is a folder, not a file; not read`);
      return undefined;
    }
    return readFileSync(path, 'utf8');
  } catch (e) {
    complain(`${shown}: cannot be read (${errorText(e)})`);
    return undefined;
  }
}

function readHouseList(cwd: string, complain: (m: string) => void): HouseList {
  const house: HouseList = { accept: [], preferred: [], entities: [] };
  const listPath = resolve(cwd, HOUSE_LIST_PATH);
  const shown = relative(cwd, listPath);
  const text = readConfig(listPath, shown, complain);
  if (text !== undefined) {
    const parsed = parseHouseList(text);
    // The entries that were read stay in force: one broken entry does not void the list.
    const { accept, preferred, entities } = parsed.list;
    const rest = accept.length + preferred.length + entities.length > 0 ? 'the rest of the list is used' : 'built-in names still checked';
    for (const p of parsed.problems) complain(`${shown}:${p.line}:${p.column}: ${p.message} (${rest})`);
    Object.assign(house, parsed.list);
  }
  for (const name of CSPELL_CONFIG_NAMES) {
    const cfg = readConfig(join(cwd, name), name, complain);
    if (cfg === undefined) continue;
    const parsed = parseCspellConfig(cfg, name);
    for (const problem of parsed.problems) complain(`${name}:${problem.line}:${problem.column}: ${problem.message}`);
    // NOTE: a loop, not push(...words): a configuration can hold more words than a call has arguments.
    for (const w of parsed.words) house.accept.push(w);
  }
  return house;
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code) return code;
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

function toJson(file: string, lines: LineIndex, findings: ReadonlyArray<Finding | SpellingFinding>): JsonFinding[] {
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

function printText(results: JsonFinding[], fileCount: number, spellingOn: boolean): void {
  for (const r of results) {
    const fix = r.suggestions.length ? `  → ${r.suggestions[0]}` : '';
    process.stdout.write(`${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.message}  [${r.code}]${fix}\n`);
  }
  const files = new Set(results.map((r) => r.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const inFiles = `${files} of ${plural(fileCount, 'file')}`;
  if (!spellingOn) {
    process.stdout.write(results.length === 0 ? `No name problems in ${plural(fileCount, 'file')}.\n` : `${plural(results.length, 'name problem')} in ${inFiles}.\n`);
    return;
  }
  // With --spelling: both checks counted apart ("3 problems (1 name, 2 spelling) in 1 of 1 file.").
  const spelt = results.filter((r) => r.code === SPELLING_CODE).length;
  process.stdout.write(
    results.length === 0 ? `No name or spelling problems in ${plural(fileCount, 'file')}.\n` : `${plural(results.length, 'problem')} (${results.length - spelt} name, ${spelt} spelling) in ${inFiles}.\n`,
  );
}

// `copydesk check … | head` closes the pipe early: stop quietly, as other CLIs do, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`copydesk: cannot write the output (${e.code ?? e.message})\n`);
  process.exit(2);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Never a stack trace: say what failed, and exit 2 like any input the CLI could not handle.
    process.stderr.write(`copydesk: could not finish (${errorText(e)})\n`);
    process.exitCode = 2;
  },
);
