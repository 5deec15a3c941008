#!/usr/bin/env node
// `copydesk check <files or folders…> [--format text|json]`: the entity-name
// checks of the extension, for the terminal and CI. Exit 0 clean, 1 findings,
// 2 bad usage or unreadable input (other files are still checked).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeArticle } from '../core/text/decode';
import { analyseArticle } from '../core/article/analysedArticle';
import type { LineIndex } from '../core/text/lineIndex';
import { createNameChecker } from '../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../node/knowledgeFiles';
import { CSPELL_CONFIG_NAMES, HOUSE_LIST_PATH, parseCspellConfig, parseHouseList } from '../core/entities/houseList';
import type { HouseList } from '../core/entities/registry';
import type { Finding } from '../core/entities/types';
import type { SpellingFinding } from '../core/spelling/types';
import { createCliSpelling } from './spelling';

const USAGE = `Usage: copydesk check <files or folders…> [--format text|json] [--spelling]

Checks names of people, organisations, places and events in Markdown articles.
Reads the house list (${HOUSE_LIST_PATH}) and cspell "words" from the current folder.
--spelling also checks spelling (code copydesk.spelling), with the cspell configuration
found from each file's folder; names the checker knows are never spelling flags.
Exit status: 0 no findings, 1 findings, 2 bad usage or unreadable input.`;

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

async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args[0] !== 'check') return usage(args.length ? `Unknown command “${args[0]}”.` : 'No command given.');
  let format = 'text';
  let spellingOn = false;
  const paths: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--spelling') spellingOn = true;
    else if (a.startsWith('-')) return usage(`Unknown option “${a}”.`);
    else paths.push(a);
  }
  if (format !== 'text' && format !== 'json') return usage(`--format must be text or json, not “${format}”.`);
  if (paths.length === 0) return usage('Name at least one file or folder.');

  let inputProblem = false;
  const complain = (msg: string) => {
    inputProblem = true;
    process.stderr.write(`copydesk: ${msg}\n`);
  };

  const house = readHouseList(process.cwd(), complain);
  const checker = createNameChecker(loadBuiltInKnowledge(join(__dirname, '..', 'data')), house);
  const spelling = spellingOn ? createCliSpelling(checker, complain) : undefined;

  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      complain(`${p}: no such file or folder`);
      continue;
    }
    if (statSync(p).isDirectory()) walk(p, files);
    else files.push(p);
  }

  const results: JsonFinding[] = [];
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
    const { findings: names, truncated } = checker.checkArticle(article);
    if (truncated) process.stderr.write(`copydesk: ${file}: ${truncated.message}\n`);
    const findings: Array<Finding | SpellingFinding> = [...names];
    if (spelling) {
      // Spelling reads the same analysis (its prose map) and never flags a name's span.
      for (const f of await spelling.check(file, article, names)) findings.push(f);
      findings.sort((a, b) => a.start - b.start);
    }
    checked++;
    // NOTE: not push(...spread): an article can have more findings than a call has arguments.
    for (const r of toJson(file, article.lines, findings)) results.push(r);
  }

  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else printText(results, checked);
  if (inputProblem) return 2;
  return results.length > 0 ? 1 : 0;
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

void main(process.argv).then((code) => {
  process.exitCode = code;
});
