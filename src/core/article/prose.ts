// Finds the parts of an article that are prose and may be checked for names:
// Markdown paragraphs, headings, list items, quotes and table cells, plus the
// human-written front matter values (title, summary, captions). Code, URLs,
// link targets, HTML tags and e-mail addresses are masked out.
import type { SplitArticle } from './frontMatter';
import type { Token } from './markdown';
import type { LineIndex } from '../text/lineIndex';
import { MASK, maskAll, maskInline } from '../text/inlineMasks';

export { MASK };

/** Front matter keys whose values are prose written by the reporter. */
export const PROSE_FRONT_MATTER_KEYS = new Set([
  'title', 'headline', 'subtitle', 'summary', 'description', 'standfirst', 'dek', 'deck', 'excerpt', 'caption', 'lede', 'lead',
]);

export interface ProseMap {
  /** The document text with everything that is not prose replaced by MASK (same length, same offsets, line breaks kept). */
  masked: string;
  /** [start, end) ranges of `masked` worth scanning, in order. Each range is one block (paragraph, heading, value). */
  blocks: Array<[number, number]>;
  split: SplitArticle;
}

/**
 * The prose of an article from its parts (see AnalysedArticle, which computes them once):
 * the front matter, the block tokens of the body and the line index of the whole text.
 */
export function mapProseOf(text: string, split: SplitArticle, blockTokens: readonly Token[], lines: LineIndex): ProseMap {
  const blocks: Array<[number, number]> = [];
  if (split.frontMatter) {
    for (const field of split.frontMatter.fields) {
      if (field.valueStart !== undefined && field.valueEnd !== undefined && PROSE_FRONT_MATTER_KEYS.has(field.key.toLowerCase())) {
        blocks.push([field.valueStart, field.valueEnd]);
      }
    }
  }

  const bodyLine = lines.lineAt(split.bodyStart);
  for (const token of blockTokens) {
    // NOTE: markdown-it gives table cells' inline tokens no line map; the row (tr) has one.
    const map = token.type === 'inline' ? token.map : token.type === 'tr_open' ? token.map : null;
    if (!map) continue;
    const start = lines.lineStart(map[0] + bodyLine);
    const end = lines.lineStart(map[1] + bodyLine);
    const prev = blocks[blocks.length - 1];
    if (prev && start < prev[1]) continue; // table rows repeat their map per cell
    blocks.push([start, end]);
  }

  // Build the masked copy in one pass: gaps between blocks are masked whole,
  // blocks keep their text minus inline code, URLs, tags and link targets.
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of blocks) {
    parts.push(maskAll(text.slice(at, start)), maskInline(text.slice(start, end)));
    at = end;
  }
  parts.push(maskAll(text.slice(at)));
  return { masked: parts.join(''), blocks, split };
}
