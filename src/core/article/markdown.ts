// The project's one configured markdown-it. Parsing is split in two phases so that
// the name checks, which only need to know where the blocks are, skip the inline
// parse; the preview runs the inline phase on the same tokens when it needs them.
import MarkdownIt from 'markdown-it';
import { isAllowedImageUrl, isAllowedLinkUrl } from '../preview/html';

export type Token = MarkdownIt.Token;

/**
 * html: true so raw HTML is recognised as HTML (the checks skip it, the preview escapes
 * it); typographer and linkify stay off so rendered text keeps the article's own
 * characters. Only the block and inline parsers run (parseBlocks, parseInlines), not the
 * core chain, so its `text_join` rule never merges tokens: every text token is a verbatim
 * slice of the source (escapes and entities are `text_special` tokens of their own), which
 * is what lets the preview place a finding by its offset.
 */
export const markdown: MarkdownIt = (() => {
  const it = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  const validateLink = it.validateLink.bind(it);
  // markdown-it already refuses javascript:, vbscript:, file: and non-image data:;
  // refuse every other scheme too (ftp:, chrome:, command: …) so it stays plain text.
  it.validateLink = (url: string) => validateLink(url) && (isAllowedLinkUrl(url) || isAllowedImageUrl(url));
  return it;
})();

/** The block phase: block tokens, with `inline` tokens whose children are not parsed yet. */
export function parseBlocks(source: string, env: Record<string, unknown>): Token[] {
  // As markdown-it's own `normalize` core rule: every line end becomes "\n", NUL becomes U+FFFD.
  // (Searched first: most articles have neither, and replace() would still copy the text.)
  let src = source;
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
  const tokens: Token[] = [];
  markdown.block.parse(src, markdown, env, tokens);
  return tokens;
}

/** The inline phase, in place: fills each `inline` token's children. */
export function parseInlines(tokens: Token[], env: Record<string, unknown>): void {
  for (const t of tokens) {
    if (t.type !== 'inline') continue;
    t.children = [];
    markdown.inline.parse(t.content, markdown, env, t.children);
  }
}
