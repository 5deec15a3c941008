// Finds the parts of an article that are prose and may be checked for names:
// Markdown paragraphs, headings, list items, quotes and table cells, plus the
// human-written front matter values (title, summary, captions). Code, URLs,
// link targets, HTML tags and e-mail addresses are masked out.
import MarkdownIt from 'markdown-it';
import { splitFrontMatter, type SplitArticle } from './frontMatter';

/** Front matter keys whose values are prose written by the reporter. */
export const PROSE_FRONT_MATTER_KEYS = new Set([
  'title', 'headline', 'subtitle', 'summary', 'description', 'standfirst', 'dek', 'deck', 'excerpt', 'caption', 'lede', 'lead',
]);

/** Masked characters become this, so atoms never join across them. */
export const MASK = '\u0001';

export interface ProseMap {
  /** The document text with everything that is not prose replaced by MASK (same length, same offsets). */
  masked: string;
  /** [start, end) ranges of `masked` worth scanning, in order. Each range is one block (paragraph, heading, value). */
  blocks: Array<[number, number]>;
  split: SplitArticle;
}

// A block-only parser: the inline rules are not needed to know where prose is,
// and skipping them halves the cost on every keystroke.
let blockParser: MarkdownIt | undefined;
function parser(): MarkdownIt {
  if (!blockParser) {
    blockParser = new MarkdownIt('commonmark', { html: true });
    blockParser.enable('table');
    blockParser.core.ruler.disable(['inline']);
  }
  return blockParser;
}

/** Inline non-prose, each with a cheap substring test that must pass before the regex runs. */
const INLINE_MASKS: Array<[string | undefined, RegExp]> = [
  ['`', /(`+)[^`]*?\1/g], // code spans
  ['<', /<(?:https?|mailto|ftp):[^>\s]*>/gi], // autolinks
  ['<', /<\/?[A-Za-z][^>\n]*>/g], // HTML tags
  ['<!--', /<!--[\s\S]*?-->/g], // HTML comments
  ['](', /\]\([^)\n]*\)/g], // link and image targets
  [']:', /^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$/gm], // reference definitions
  ['://', /\b(?:https?:\/\/)[^\s<>()\]]+/gi], // bare URLs
  ['www.', /\bwww\.[^\s<>()\]]+/gi],
  ['@', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g], // e-mail addresses
  ['{', /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g], // Hugo/Jekyll shortcodes
];

export function mapProse(text: string): ProseMap {
  const split = splitFrontMatter(text);
  const blocks: Array<[number, number]> = [];

  if (split.frontMatter) {
    for (const field of split.frontMatter.fields) {
      if (field.valueStart !== undefined && field.valueEnd !== undefined && PROSE_FRONT_MATTER_KEYS.has(field.key.toLowerCase())) {
        blocks.push([field.valueStart, field.valueEnd]);
      }
    }
  }

  const body = text.slice(split.bodyStart);
  const lineStarts = lineOffsets(body, split.bodyStart);
  const tokens = parser().parse(body, {});
  for (const token of tokens) {
    // NOTE: markdown-it gives table cells' inline tokens no line map; the row (tr) has one.
    const map = token.type === 'inline' ? token.map : token.type === 'tr_open' ? token.map : null;
    if (!map) continue;
    const [first, last] = map;
    const start = lineStarts[first];
    const end = last < lineStarts.length ? lineStarts[last] : text.length;
    const prev = blocks[blocks.length - 1];
    if (prev && start < prev[1]) continue; // table rows repeat their map per cell
    blocks.push([start, end]);
  }

  // Build the masked copy in one pass: gaps between blocks are masked whole,
  // blocks keep their text minus inline code, URLs, tags and link targets.
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of blocks) {
    parts.push(maskAll(text.slice(at, start)));
    let block = text.slice(start, end);
    for (const [hint, re] of INLINE_MASKS) {
      if (hint && !block.includes(hint)) continue;
      re.lastIndex = 0;
      block = block.replace(re, maskAll);
    }
    parts.push(block);
    at = end;
  }
  parts.push(maskAll(text.slice(at)));
  const masked = parts.join('');
  return { masked, blocks, split };
}

function maskAll(s: string): string {
  return s.replace(/[^\n]/g, MASK);
}

function lineOffsets(body: string, base: number): number[] {
  const starts = [base];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(base + i + 1);
  return starts;
}
