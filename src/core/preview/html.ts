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
/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In link text
 * and titles they can make a link read as another address; plain marks (U+200E, U+200F) stay.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

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

/**
 * A protocol-relative URL (`//host/x`): no scheme, yet not relative; it takes the page's scheme
 * and goes to another host. Browsers drop tabs and line breaks and read `\` as `/` first.
 */
export function isProtocolRelative(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\\/]{2}/.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

export function isAllowedLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === '') return !isProtocolRelative(url);
  return LINK_SCHEMES.has(scheme);
}

/** Images may also be inline raster data (markdown-it's validateLink already limits data: to those). */
export function isAllowedImageUrl(url: string): boolean {
  const scheme = urlScheme(url);
  if (scheme === '') return !isProtocolRelative(url);
  if (IMAGE_SCHEMES.has(scheme)) return true;
  // eslint-disable-next-line no-control-regex
  return scheme === 'data' && /^data:image\/(?:gif|png|jpeg|webp);/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}
