// `copydesk related <article.md>… [--in <folder>] [--limit N] [--format json|text]`:
// the See also ranking from the command line, for CMS scripts and CI. The index over
// the folder's articles is built once per call and answers every article given.
// Exit 0 when every article was answered, 2 for bad usage or an article that is
// missing or unreadable (the others are still answered, and listed in the output).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { decodeArticle } from '../core/text/decode';
import { createNameChecker } from '../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../node/knowledgeFiles';
import { isRankableArticle } from '../core/seeAlso/article';
import { seeAlsoNamesOf } from '../core/seeAlso/names';
import { SeeAlsoIndex, type SeeAlsoReasons } from '../core/seeAlso/seeAlsoIndex';

export const RELATED_USAGE = `Usage: copydesk related <article.md>… [--in <folder>] [--limit N] [--format text|json]

Lists the articles in <folder> (default: the current folder) most related to each
article given, best first, with why they match. Paths in the output are relative to
<folder>. Exit status: 0 all answered, 2 bad usage or an article missing or unreadable.`;

/** Same limits as the extension: larger files are not articles. */
const MAX_ARTICLE_BYTES = 1024 * 1024;
const ARTICLE_FILE = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.copydesk']);

export interface RelatedEntry {
  path: string;
  title: string;
  date: string;
  score: number;
  reasons: Pick<SeeAlsoReasons, 'names' | 'tags' | 'sameSection'>;
}

export interface RelatedResult {
  article: string;
  related: RelatedEntry[];
  /** Why the article was not answered (missing, unreadable, binary). */
  error?: string;
}

export interface CliIo {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Folder holding the built-in knowledge (data/). */
  dataDir: string;
}

export function runRelated(args: string[], io: CliIo): number {
  let folder: string | undefined;
  let limit = 10;
  let format = 'text';
  const articles: string[] = [];
  const usage = (message: string) => {
    io.err(`copydesk: ${message}\n\n${RELATED_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => (a === name ? args[++i] : a.startsWith(name + '=') ? a.slice(name.length + 1) : undefined);
    let v: string | undefined;
    if (a === '--help' || a === '-h') {
      io.out(RELATED_USAGE + '\n');
      return 0;
    } else if ((v = value('--in')) !== undefined || a === '--in') {
      if (!v) return usage('--in needs a folder.');
      folder = v;
    } else if ((v = value('--limit')) !== undefined || a === '--limit') {
      if (!v || !/^\d+$/.test(v) || Number(v) < 1) return usage(`--limit must be a whole number of at least 1, not “${v ?? ''}”.`);
      limit = Number(v);
    } else if ((v = value('--format')) !== undefined || a === '--format') {
      format = v ?? '';
    } else if (a.startsWith('-')) return usage(`Unknown option “${a}”.`);
    else articles.push(a);
  }
  if (format !== 'text' && format !== 'json') return usage(`--format must be text or json, not “${format}”.`);
  if (articles.length === 0) return usage('Name at least one article.');

  const root = resolve(io.cwd, folder ?? '.');
  try {
    if (!statSync(root).isDirectory()) return usage(`${folder}: not a folder.`);
  } catch {
    return usage(`${folder ?? root}: no such folder.`);
  }

  const checker = createNameChecker(loadBuiltInKnowledge(io.dataDir));
  const index = new SeeAlsoIndex({
    namesOf: seeAlsoNamesOf(checker),
    nameLabel: (id) => checker.registry.entities.get(id)?.name ?? id,
  });
  for (const file of walk(root)) {
    const text = readText(file);
    if (typeof text === 'string' && isRankableArticle(text)) index.set(keyOf(root, file), text);
  }
  index.trim();

  let failed = false;
  const results: RelatedResult[] = [];
  for (const given of articles) {
    const file = resolve(io.cwd, given);
    const text = readText(file);
    if (typeof text !== 'string') {
      failed = true;
      io.err(`copydesk: ${given}: ${text.error}\n`);
      results.push({ article: given, related: [], error: text.error });
      continue;
    }
    const related = index.query(keyOf(root, file), text, limit).map((c) => ({
      path: c.path,
      title: c.title,
      date: c.date,
      score: Math.round(c.score * 10_000) / 10_000,
      reasons: { names: c.reasons.names, tags: c.reasons.tags, sameSection: c.reasons.sameSection },
    }));
    results.push({ article: given, related });
  }

  if (format === 'json') io.out(JSON.stringify(results, null, 2) + '\n');
  else io.out(results.map(asText).join('\n'));
  return failed ? 2 : 0;
}

/** An article's index key: its path relative to the folder, with forward slashes. */
function keyOf(root: string, file: string): string {
  const rel = relative(root, file);
  return rel.startsWith('..') ? file : rel.split(sep).join('/');
}

function readText(file: string): string | { error: string } {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { error: 'is a folder, not an article' };
    if (stat.size > MAX_ARTICLE_BYTES) return { error: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB, not an article` };
    const decoded = decodeArticle(readFileSync(file));
    return decoded.ok ? decoded.text : { error: decoded.reason };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (e as Error).message})` };
  }
}

function walk(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out; // an unreadable sub-folder holds no articles we can rank
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) out.push(join(dir, entry.name));
  }
  return out;
}

function asText(r: RelatedResult): string {
  if (r.error) return `${r.article}: ${r.error}\n`;
  if (r.related.length === 0) return `${r.article}: no related articles\n`;
  const lines = r.related.map((c, i) => {
    const why = [
      c.reasons.names.length ? `names: ${c.reasons.names.slice(0, 4).join(', ')}` : '',
      c.reasons.tags.length ? `tags: ${c.reasons.tags.join(', ')}` : '',
      c.reasons.sameSection ? 'same section' : '',
    ].filter(Boolean);
    const meta = [c.date, c.score.toFixed(3)].filter(Boolean).join(', ');
    return `  ${i + 1}. ${c.path} — ${c.title} (${meta})${why.length ? `\n     ${why.join('; ')}` : ''}`;
  });
  return `${r.article}\n${lines.join('\n')}\n`;
}
