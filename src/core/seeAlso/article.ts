// Reads what ranking and the See-also block need from a news article:
// headline, body text, date, section, outlet and tags.
//
// Front matter: indexing a workspace reads every article, and a full YAML parse
// (splitFrontMatter, `yaml` package) was about a quarter of the index build. Almost
// all newsroom front matter is flat `key: value` lines, so `scanSimpleFrontMatter`
// reads those with a line scan and gives up (returns undefined) on anything it does
// not fully understand — quotes with escapes, multi-line values, nested or
// multi-line flow collections, anchors, aliases, tags, block scalars, directives,
// indented maps, values YAML would read as numbers, booleans or null. Those blocks
// go through splitFrontMatter as before, so both paths give the same fields
// (seeAlsoFrontMatter.unit.test.ts compares them on tricky inputs).
import { findFrontMatterFences, splitFrontMatter } from '../article/frontMatter';

export interface ArticleFields {
  /** Front-matter title, else the first `# ` heading, else ''. */
  title: string;
  /** `YYYY-MM-DD` when the front matter has a readable date, else ''. */
  date: string;
  section: string;
  outlet: string;
  /** Tags as written (duplicates removed, case kept). */
  tags: string[];
  /** Body text used for ranking: Markdown after the front matter plus the summary, link targets removed. */
  body: string;
}

const H1 = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m;

export function readArticleFields(text: string): ArticleFields {
  const { data, bodyStart } = readFrontMatter(text);
  const bodyMd = text.slice(bodyStart);
  const title = asText(data.title) || (H1.exec(bodyMd)?.[1] ?? '').trim();
  const summary = asText(data.summary);
  return {
    title,
    date: asDate(data.date),
    section: asText(data.section),
    outlet: asText(data.outlet),
    tags: asTags(data.tags),
    // Link destinations are paths and URLs, not topic words.
    body: (summary ? summary + '\n\n' : '') + bodyMd.replace(/\]\([^)\n]*\)/g, ']').replace(/<https?:[^>\s]*>/g, ''),
  };
}

/**
 * See also ranks Markdown files whose front matter names a title. Notes,
 * READMEs and changelogs without front matter are not ranked. (Which files
 * are articles at all is the article globs' decision: core/article/articleGlobs.)
 */
export function isRankableArticle(text: string): boolean {
  const fm = readFrontMatter(text);
  return fm.present && asText(fm.data.title) !== '';
}

interface FrontMatterData {
  /** True when the text has a closed front-matter block (even an empty or invalid one). */
  present: boolean;
  /** The fields as splitFrontMatter's `data` would hold them ({} when invalid). */
  data: Record<string, unknown>;
  bodyStart: number;
}

/** Front-matter fields and body start: the line scan when it can, else the YAML parser. */
export function readFrontMatter(text: string): FrontMatterData {
  return scanSimpleFrontMatter(text) ?? readFrontMatterWithYaml(text);
}

/** The reference path: splitFrontMatter and the `yaml` package. */
export function readFrontMatterWithYaml(text: string): FrontMatterData {
  const split = splitFrontMatter(text);
  return { present: !!split.frontMatter, data: split.frontMatter?.data ?? {}, bodyStart: split.bodyStart };
}

/** A top-level key we read without YAML: a plain word, followed by ':' and a space or the line end. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: +(.*))?$/;
/** A block-sequence item under a key with an empty value: "- value" or "  - value". */
const SEQ_ITEM = /^( *)- +(.*)$/;
/** Plain scalars the YAML 1.2 core schema reads as null, booleans or numbers (yaml/dist/schema/core). */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Characters that may not start a plain scalar (YAML indicators), or that we leave to the parser. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Control characters, NEL, line/paragraph separators, BOM, non-characters: the parser decides. */
const ODD_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * Reads flat front matter without a YAML parser. Returns undefined when the block
 * holds anything beyond: blank lines, whole-line comments, `key: plain value`,
 * `key: "quoted"` / `key: 'quoted'` without escapes, `key: [a, b]` on one line, and
 * `key:` followed by `- item` lines. Also returns undefined when there is no
 * front matter at all — splitFrontMatter then settles the unterminated case too.
 */
export function scanSimpleFrontMatter(text: string): FrontMatterData | undefined {
  // The fences exactly as splitFrontMatter finds them.
  const fences = findFrontMatterFences(text);
  if (!fences || fences === 'unterminated') return undefined;
  const { yamlStart, bodyStart } = fences;
  const close = { index: fences.yamlEnd };

  const data: Record<string, unknown> = {};
  // A key whose value is empty so far: `- item` lines that follow belong to it.
  let listKey: string | undefined;
  let list: string[] | undefined;
  let listIndent = -1;
  let pos = yamlStart;
  while (pos < close.index) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > close.index) nl = close.index;
    let line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\t') || line.includes('\r') || ODD_CHARS.test(line)) return undefined;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;

    if (listKey !== undefined) {
      const item = SEQ_ITEM.exec(line);
      if (item && (listIndent < 0 || item[1].length === listIndent)) {
        const value = scalar(item[2], false);
        if (typeof value !== 'string') return undefined;
        listIndent = item[1].length;
        (list ??= []).push(value);
        continue;
      }
      data[listKey] = list ?? null;
      listKey = undefined;
      list = undefined;
      listIndent = -1;
    }

    const m = KEY_LINE.exec(line);
    if (!m) return undefined; // indented lines (nested maps, continued values), `? key`, directives, …
    const key = m[1];
    // `<<` never matches KEY_LINE; plain words that YAML types (true, null, 1) are not keys we trust.
    if (NOT_A_STRING.test(key)) return undefined;
    const raw = (m[2] ?? '').trim();
    if (raw === '' || raw.startsWith('#')) {
      listKey = key;
      continue;
    }
    const value = raw.startsWith('[') ? flowSequence(raw) : scalar(raw, true);
    if (value === undefined) return undefined;
    data[key] = value;
  }
  if (listKey !== undefined) data[listKey] = list ?? null;
  return { present: true, data, bodyStart };
}

/**
 * A one-line scalar value as YAML reads it, or undefined when it is not a simple
 * string. `trailingComment` allows ` # comment` after the value.
 */
function scalar(raw: string, trailingComment: boolean): string | undefined {
  const q = raw[0];
  if (q === '"' || q === "'") {
    const end = raw.indexOf(q, 1);
    if (end < 0) return undefined; // continues on the next line
    const inner = raw.slice(1, end);
    // Escapes (\" \n \u…, or '' in single quotes) are the parser's job.
    if (q === '"' && inner.includes('\\')) return undefined;
    const rest = raw.slice(end + 1).trim();
    if (rest !== '' && !(trailingComment && rest.startsWith('#') && /\s$/.test(raw.slice(0, raw.indexOf('#', end + 1))))) return undefined;
    return inner;
  }
  let value = raw;
  const hash = value.search(/\s#/);
  if (hash >= 0) {
    if (!trailingComment) return undefined;
    value = value.slice(0, hash).trimEnd();
  }
  if (value === '' || INDICATOR_START.test(value) || value.includes(': ') || value.endsWith(':')) return undefined;
  if (NOT_A_STRING.test(value)) return undefined;
  return value;
}

/** `[a, b, c]` on one line with plain items; undefined for anything more (quotes, nesting, maps). */
function flowSequence(raw: string): string[] | undefined {
  const end = raw.indexOf(']');
  if (end < 0) return undefined;
  const rest = raw.slice(end + 1).trim();
  if (rest !== '' && !(rest.startsWith('#') && end + 1 < raw.length && /\s/.test(raw[end + 1]))) return undefined;
  const inner = raw.slice(1, end);
  if (/[[\]{}#:'"]/.test(inner)) return undefined;
  if (inner.trim() === '') return [];
  const items: string[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    if (item === '' || INDICATOR_START.test(item) || NOT_A_STRING.test(item)) return undefined;
    items.push(item);
  }
  return items;
}

function asText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

function asDate(v: unknown): string {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = asText(v);
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? m[1] : '';
}

function asTags(v: unknown): string[] {
  const raw = Array.isArray(v) ? v.map(asText) : asText(v).split(',');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of raw.map((s) => s.trim()).filter(Boolean)) {
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
