// The text handed to the dictionaries: the article's prose as the prose map
// sees it (no code, URLs, link targets, front-matter keys, shortcodes), every
// other character blanked so offsets stay those of the document. cspell's own
// directives live in HTML comments, which the prose map masks: they are put
// back, so `<!-- cspell:ignore … -->` and `cspell:disable`/`enable` work as in
// Code Spell Checker.
import { MASK, type ProseMap } from '../article/prose';

const MASK_RUN = new RegExp(`${MASK}+`, 'g');
const DIRECTIVE_COMMENT = /<!--[^]*?-->/g;
const DIRECTIVE = /\b(?:c?spell|spell-?checker)\s*[:-]/i;

/** `text` with non-prose blanked (newlines kept) and cspell directive comments restored. */
export function spellingText(text: string, prose: ProseMap): string {
  const out = prose.masked.replace(MASK_RUN, (run) => ' '.repeat(run.length));
  if (!text.includes('<!--')) return out;
  DIRECTIVE_COMMENT.lastIndex = 0;
  let restored = '';
  let from = 0;
  for (let m = DIRECTIVE_COMMENT.exec(text); m; m = DIRECTIVE_COMMENT.exec(text)) {
    if (!DIRECTIVE.test(m[0])) continue;
    restored += out.slice(from, m.index) + m[0];
    from = m.index + m[0].length;
  }
  return from === 0 ? out : restored + out.slice(from);
}

/** True when every character of [start, end) is prose (not masked). */
export function isProse(prose: ProseMap, start: number, end: number): boolean {
  const i = prose.masked.indexOf(MASK, start);
  return i === -1 || i >= end;
}
