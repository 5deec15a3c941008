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

/**
 * Front matter must start on the first line with `---` and end with `---` or `...` on a line
 * of its own. Any of `\r\n`, `\n` and a lone `\r` ends a line (see LineIndex).
 */
export function splitFrontMatter(text: string, lines?: LineIndex): SplitArticle {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = OPEN.exec(bom ? text.slice(bom, bom + 8) : text.slice(0, 8));
  if (!open) return { bodyStart: 0 };
  const index = lines ?? new LineIndex(text);
  const yamlStart = bom + open[0].length;
  for (let line = index.lineAt(yamlStart); line < index.lineCount; line++) {
    const start = index.lineStart(line);
    // Cheap test first: most lines do not start with '-' or '.'.
    const c = text.charCodeAt(start);
    if (c !== 45 && c !== 46) continue;
    if (!CLOSE.test(index.lineText(line))) continue;
    const yamlText = text.slice(yamlStart, start);
    const end = index.lineStart(line + 1);
    return { frontMatter: parseFrontMatterYaml(yamlText, yamlStart, end, index), bodyStart: end };
  }
  return {
    unterminated: { message: 'Front matter starts with “---” on line 1 but is never closed with “---”.', line: 1 },
    bodyStart: 0,
  };
}

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
  try {
    doc = parseDocument(withLoneCrAsLf(yamlText), { prettyErrors: false, uniqueKeys: false });
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
