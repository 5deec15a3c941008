// Splits a news article into its YAML front matter and its Markdown body, with
// offsets, so checks and the preview can point back into the source text.
// The project's one YAML front-matter reader.
import { isMap, isScalar, parseDocument } from 'yaml';
import { LineIndex, lineColumnAt, withLoneCrAsLf } from '../text/lineIndex';
import { yamlNestingProblem } from '../config/safeParse';

export interface FrontMatterField {
  key: string;
  /** The value as YAML parsed it (string, number, Date-like string, array…). */
  value: unknown;
  /** [start, end) of a scalar string value in the whole document; undefined for non-scalars. */
  valueStart?: number;
  valueEnd?: number;
}

export interface FrontMatter {
  /** Offset of the opening `---` (always 0 when present). */
  start: number;
  /** Offset just past the closing fence line (the body starts here). */
  end: number;
  /** Parsed fields in source order; empty when the YAML is invalid. */
  fields: FrontMatterField[];
  /** Plain object of the fields (keys to values), for convenience. */
  data: Record<string, unknown>;
  /** A clear message when the YAML could not be read (the fields are then empty). */
  error?: { message: string; line: number; column: number };
}

export interface SplitArticle {
  frontMatter?: FrontMatter;
  /** Front matter that opens with `---` but is never closed: the body is the whole text. */
  unterminated?: { message: string; line: number };
  /** Offset where the Markdown body starts. */
  bodyStart: number;
}

/** The opening fence: `---` alone on the first line (after an optional BOM). */
const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Where the front matter's YAML and the body start, by the fences alone (no YAML read). */
export interface FrontMatterFences {
  /** Offset of the first YAML character (after the opening fence line). */
  yamlStart: number;
  /** Offset of the closing fence line. */
  yamlEnd: number;
  /** Offset just past the closing fence line: where the body starts. */
  bodyStart: number;
}

/**
 * The front matter's fences: `---` alone on the first line (after an optional BOM), closed by
 * `---` or `...` alone on a later line. Any of `\r\n`, `\n` and a lone `\r` ends a line (as
 * LineIndex counts them). 'unterminated' when the opening fence is never closed, undefined
 * without one.
 */
export function findFrontMatterFences(text: string): FrontMatterFences | 'unterminated' | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = OPEN.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const yamlStart = bom + open[0].length;
  // Line by line up to the closing fence only: the body is never scanned.
  const n = text.length;
  for (let pos = yamlStart; pos < n; ) {
    let end = pos;
    for (let c = text.charCodeAt(end); end < n && c !== 10 && c !== 13; c = text.charCodeAt(++end));
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    // Cheap test first: most lines do not start with '-' or '.'.
    const c0 = text.charCodeAt(pos);
    if ((c0 === 45 || c0 === 46) && CLOSE.test(text.slice(pos, end))) return { yamlStart, yamlEnd: pos, bodyStart: Math.min(next, n) };
    pos = next;
  }
  return 'unterminated';
}

/** Splits off and reads the front matter (see findFrontMatterFences for where it is). */
export function splitFrontMatter(text: string, lines?: LineIndex): SplitArticle {
  const fences = findFrontMatterFences(text);
  if (!fences) return { bodyStart: 0 };
  if (fences === 'unterminated') {
    return {
      unterminated: { message: 'Front matter starts with “---” on line 1 but is never closed with “---”.', line: 1 },
      bodyStart: 0,
    };
  }
  const yamlText = text.slice(fences.yamlStart, fences.yamlEnd);
  // A keystroke in the body leaves the front matter as it was: the last one read is reused (it
  // lies before the body, so its offsets, lines and errors are the same).
  const last = lastRead;
  if (last && last.yamlText === yamlText && last.yamlStart === fences.yamlStart && last.end === fences.bodyStart) return { frontMatter: last.frontMatter, bodyStart: fences.bodyStart };
  const frontMatter = parseFrontMatterYaml(yamlText, fences.yamlStart, fences.bodyStart, lines ?? new LineIndex(text));
  lastRead = { yamlText, yamlStart: fences.yamlStart, end: fences.bodyStart, frontMatter };
  return { frontMatter, bodyStart: fences.bodyStart };
}

/** The front matter read last (readers share it and never change it). */
let lastRead: { yamlText: string; yamlStart: number; end: number; frontMatter: FrontMatter } | undefined;

function parseFrontMatterYaml(yamlText: string, yamlStart: number, end: number, whole: LineIndex): FrontMatter {
  const fm: FrontMatter = { start: 0, end, fields: [], data: {} };
  // NOTE: the yaml composer recurses per nesting level and can abort the process (not throw) near
  // 10,000 levels; measure first with its lexer.
  const deep = yamlNestingProblem(yamlText);
  if (deep) {
    fm.error = { message: `Front matter is ${deep.message}`, ...lineColumnAt(whole, yamlStart + deep.offset) };
    return fm;
  }
  let doc;
  // The yaml library reports problems as Error objects; only their messages and offsets are
  // read here, so no stack is captured for them (the costliest part of reading broken YAML).
  const errors = Error as { stackTraceLimit?: number };
  const stackTraceLimit = errors.stackTraceLimit;
  try {
    if (stackTraceLimit !== undefined) errors.stackTraceLimit = 0;
    doc = parseDocument(withLoneCrAsLf(yamlText), { prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    fm.error = { message: `Front matter is not valid YAML: ${(e as Error).message}`, line: 2, column: 1 };
    return fm;
  } finally {
    if (stackTraceLimit !== undefined) errors.stackTraceLimit = stackTraceLimit;
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const at = lineColumnAt(whole, yamlStart + (err.pos?.[0] ?? 0));
    fm.error = { message: `Front matter is not valid YAML: ${firstLine(err.message)}`, ...at };
    return fm;
  }
  const contents = doc.contents;
  if (contents === null || contents === undefined) return fm;
  if (!isMap(contents)) {
    fm.error = { message: 'Front matter should be a list of “key: value” lines.', ...lineColumnAt(whole, yamlStart) };
    return fm;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const node = pair.value;
    const value = node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON(): unknown }).toJSON() : node;
    const field: FrontMatterField = { key, value };
    if (isScalar(node) && typeof node.value === 'string' && node.range) {
      // Only plain and quoted single-line scalars map 1:1 onto source text.
      const [s, e] = node.range;
      const src = yamlText.slice(s, e);
      const inner = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? src.slice(1, -1) : src;
      if (inner === node.value) {
        const off = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
        field.valueStart = yamlStart + s + off;
        field.valueEnd = field.valueStart + inner.length;
      }
    }
    fm.fields.push(field);
    fm.data[key] = value;
  }
  return fm;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}
