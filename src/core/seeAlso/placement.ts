// Where a See-also block may go: at a blank-line boundary between Markdown
// blocks, never inside a paragraph, list, code block, table, block quote or front matter.
import { splitFrontMatter } from '../article/frontMatter';

interface Line {
  start: number;
  /** Offset of the line's end, before "\r\n" or "\n". */
  end: number;
  /** Offset just past the line break (= end for the last line without one). */
  next: number;
  text: string;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl < 0 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    lines.push({ start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

const BLANK = /^[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const INDENTED = /^(?: {4}|\t)/;
const CONTINUATION = /^(?: {2,}|\t)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** [first, last] line indices of each block of the body. Blank lines inside lists and code belong to the block. */
function blocks(lines: Line[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (BLANK.test(lines[i].text)) {
      i++;
      continue;
    }
    const first = i;
    if (ATX_HEADING.test(lines[i].text)) {
      out.push([i, i]);
      i++;
      continue;
    }
    const indentedCode = INDENTED.test(lines[i].text);
    let list = false;
    let last = i;
    while (i < lines.length) {
      const t = lines[i].text;
      if (BLANK.test(t)) {
        // A blank line ends the block unless a list or indented code carries on after it.
        let k = i;
        while (k < lines.length && BLANK.test(lines[k].text)) k++;
        if (k >= lines.length) break;
        const after = lines[k].text;
        const carriesOn = (list && (LIST_ITEM.test(after) || CONTINUATION.test(after))) || (indentedCode && INDENTED.test(after));
        if (!carriesOn) break;
        i = k;
        continue;
      }
      const fence = FENCE.exec(t);
      if (fence) {
        // Skip to the closing fence (same character, at least as long); an unclosed fence runs to the end.
        const closer = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
        let k = i + 1;
        while (k < lines.length && !closer.test(lines[k].text)) k++;
        i = Math.min(k, lines.length - 1);
        last = i;
        i++;
        continue;
      }
      if (LIST_ITEM.test(t)) list = true;
      last = i;
      i++;
    }
    out.push([first, last]);
  }
  return out;
}

/**
 * Offset where a See-also block goes for a cursor at `cursorOffset`: the start
 * of the line after the block that holds the cursor (or at the gap the cursor
 * sits in). A cursor in the front matter counts as being in the first block of
 * the body. Returns text.length when there is no later boundary.
 */
export function findSeeAlsoInsertOffset(text: string, cursorOffset: number): number {
  const bodyStart = splitFrontMatter(text).bodyStart;
  const lines = splitLines(text, bodyStart);
  const bs = blocks(lines);
  const cursor = Math.max(cursorOffset, bodyStart);
  for (let b = 0; b < bs.length; b++) {
    const [first, last] = bs[b];
    const startOff = lines[first].start;
    const endOff = lines[last].next;
    if (cursor < startOff) {
      // The cursor is in the blank lines before this block: that gap is the boundary,
      // unless it is the gap between the front matter and the first block.
      if (b === 0) return endOffset(lines, last, text);
      return lines[bs[b - 1][1]].next;
    }
    if (cursor < endOff || (cursor === endOff && lines[last].next === lines[last].end)) return endOffset(lines, last, text);
  }
  return text.length;
}

function endOffset(lines: Line[], last: number, text: string): number {
  return lines[last].next === lines[last].end ? text.length : lines[last].next;
}

export interface SeeAlsoInsertion {
  offset: number;
  /** The block with the line breaks it needs around it. */
  text: string;
}

/** Where and what to insert so that the block stands alone, with one blank line before and after it. */
export function planSeeAlsoInsertion(text: string, cursorOffset: number, block: string, eol = detectEol(text)): SeeAlsoInsertion {
  const offset = findSeeAlsoInsertOffset(text, cursorOffset);
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
