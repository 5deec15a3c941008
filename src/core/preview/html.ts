// Small HTML helpers shared by the article renderer and the page assembly.
// Every string that reaches the preview from an article goes through escapeHtml.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Removes every `<meta http-equiv …>` from HTML. The renderer escapes raw HTML, so
 * none should ever be there; this is defence in depth, as VS Code's own preview does,
 * because a meta refresh or a second CSP inside the body would change the page's rules.
 */
export function stripMetaHttpEquiv(html: string): string {
  return html.replace(/<meta\b[^>]*\bhttp-equiv\b[^>]*>/gi, '');
}

/**
 * The URL schemes a link in the preview may use; anything else is neutralised.
 * Relative URLs (no scheme) and fragments are allowed too.
 */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/**
 * The scheme of a URL as a browser would see it, or '' for a relative URL.
 * Browsers drop ASCII whitespace and control characters inside a URL, so
 * "java\tscript:" is "javascript:" to them; strip them before looking.
 */
export function urlScheme(url: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const m = /^([^/?#]*?):/.exec(clean);
  return m ? m[1].toLowerCase() : '';
}

export function isAllowedLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === '' || LINK_SCHEMES.has(scheme);
}

/** Images may also be inline raster data (markdown-it's validateLink already limits data: to those). */
export function isAllowedImageUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === '' || IMAGE_SCHEMES.has(scheme)) return true;
  // eslint-disable-next-line no-control-regex
  return scheme === 'data' && /^data:image\/(?:gif|png|jpeg|webp);/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}
