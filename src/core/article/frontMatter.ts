// Splits a news article into its YAML front matter and its Markdown body, with
// offsets, so checks and the preview can point back into the source text.
import { isMap, isScalar, parseDocument } from 'yaml';

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

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/** Front matter must start on the first line with `---` and end with `---` or `...` on a line of its own. */
export function splitFrontMatter(text: string): SplitArticle {
  const open = OPEN.exec(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!open) return { bodyStart: 0 };
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const yamlStart = bom + open[0].length;
  CLOSE.lastIndex = yamlStart;
  const close = CLOSE.exec(text);
  if (!close) {
    return {
      unterminated: { message: 'Front matter starts with “---” on line 1 but is never closed with “---”.', line: 1 },
      bodyStart: 0,
    };
  }
  const yamlText = text.slice(yamlStart, close.index);
  const end = close.index + close[0].length;
  return { frontMatter: parseFrontMatterYaml(yamlText, yamlStart, end, text), bodyStart: end };
}

function parseFrontMatterYaml(yamlText: string, yamlStart: number, end: number, whole: string): FrontMatter {
  const fm: FrontMatter = { start: 0, end, fields: [], data: {} };
  let doc;
  try {
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    fm.error = { message: `Front matter is not valid YAML: ${(e as Error).message}`, line: 2, column: 1 };
    return fm;
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

/** 1-based line and column of an offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
