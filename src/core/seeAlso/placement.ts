// Where a See-also block may go: at a blank-line boundary between Markdown
// blocks, never inside a paragraph, list, code block, table, block quote or front matter.
import { analyseArticle, type AnalysedArticle } from '../article/analysedArticle';

/**
 * [first, last] lines (of the whole text) of each top-level block of the body, as
 * markdown-it's shared block tokens map them; blank lines a list or code block holds stay
 * inside it, trailing ones are left out.
 */
function blocks(article: AnalysedArticle): Array<[number, number]> {
  const { lines, bodyLine } = article;
  const out: Array<[number, number]> = [];
  let prevWasList = false;
  for (const t of article.blockTokens) {
    if (t.level !== 0 || t.nesting === -1 || !t.map) continue;
    const first = t.map[0] + bodyLine;
    let last = t.map[1] - 1 + bodyLine;
    while (last > first && lines.lineText(last).trim() === '') last--;
    const prev = out[out.length - 1];
    if (prev && first <= prev[1]) continue;
    const list = t.type === 'bullet_list_open' || t.type === 'ordered_list_open';
    // Lists that follow each other (a bullet list, then a numbered one) read as one list.
    if (prev && list && prevWasList) prev[1] = last;
    else out.push([first, last]);
    prevWasList = list;
  }
  return out;
}

/**
 * Offset where a See-also block goes for a cursor at `cursorOffset`: the start
 * of the line after the block that holds the cursor (or at the gap the cursor
 * sits in). A cursor in the front matter counts as being in the first block of
 * the body. Returns text.length when there is no later boundary.
 */
export function findSeeAlsoInsertOffset(input: AnalysedArticle | string, cursorOffset: number): number {
  const article = typeof input === 'string' ? analyseArticle(input) : input;
  const { text, lines } = article;
  /** Offset just past line `l`'s line break; text.length for the last line. */
  const next = (l: number) => lines.lineStart(l + 1);
  /** Past a block's last line, or the end of the text when that line has no line break. */
  const endOffset = (last: number) => (next(last) === lines.lineEnd(last) ? text.length : next(last));
  const bs = blocks(article);
  const cursor = Math.max(cursorOffset, article.bodyStart);
  for (let b = 0; b < bs.length; b++) {
    const [first, last] = bs[b];
    const startOff = lines.lineStart(first);
    const endOff = next(last);
    if (cursor < startOff) {
      // The cursor is in the blank lines before this block: that gap is the boundary,
      // unless it is the gap between the front matter and the first block.
      if (b === 0) return endOffset(last);
      return next(bs[b - 1][1]);
    }
    if (cursor < endOff || (cursor === endOff && next(last) === lines.lineEnd(last))) return endOffset(last);
  }
  return text.length;
}

export interface SeeAlsoInsertion {
  offset: number;
  /** The block with the line breaks it needs around it. */
  text: string;
}

/** Where and what to insert so that the block stands alone, with one blank line before and after it. */
export function planSeeAlsoInsertion(input: AnalysedArticle | string, cursorOffset: number, block: string, eol?: string): SeeAlsoInsertion {
  const text = typeof input === 'string' ? input : input.text;
  eol ??= detectEol(text);
  const offset = findSeeAlsoInsertOffset(input, cursorOffset);
  const before = text.slice(0, offset);
  let prefix: string;
  if (before.length === 0) prefix = '';
  else if (/(?:\r?\n)[ \t]*\r?\n$/.test(before)) prefix = '';
  else if (/\n$/.test(before)) prefix = eol;
  else prefix = eol + eol;
  const rest = text.slice(offset);
  const nextLineBlank = /^[ \t]*(?:\r?\n|$)/.test(rest);
  const suffix = rest.length === 0 ? eol : nextLineBlank ? eol : eol + eol;
  return { offset, text: prefix + block + suffix };
}

/** "\r\n" when the text's first line break is CRLF, else "\n". */
export function detectEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
