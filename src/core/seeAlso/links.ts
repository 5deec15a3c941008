// Relative links between articles, and which articles a file already links to.
// Paths are POSIX paths (a vscode.Uri's `.path`, or workspace-relative paths).
import { analyseArticle, type AnalysedArticle } from '../article/analysedArticle';
import type { Token } from '../article/markdown';

/** Collapses `.`, `..` and repeated slashes; keeps a leading `/`. */
export function normalizePath(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i) || '/';
}

/**
 * Percent-encodes what would end or confuse a Markdown link destination
 * (space, parentheses, angle brackets, `#`, `?`, `%`); other characters, accented
 * letters included, stay readable.
 */
export function encodeLinkPath(path: string): string {
  return path.replace(/[ %()<>#?[\]\t]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Link from the file `fromFile` to `toFile`: "x.md", "../world/x.md", with spaces and parentheses encoded. */
export function relativeLink(fromFile: string, toFile: string): string {
  const from = normalizePath(dirname(fromFile)).split('/').filter(Boolean);
  const to = normalizePath(toFile).split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const parts = [...from.slice(common).map(() => '..'), ...to.slice(common)];
  return encodeLinkPath(parts.join('/'));
}

/**
 * The file a link in `fromFile` points to, normalised; undefined for external
 * links (any scheme, `//host`), bare fragments and site-root paths.
 */
export function resolveLink(fromFile: string, href: string): string | undefined {
  let target = href.trim();
  if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('/')) return undefined;
  target = target.replace(/[?#].*$/s, '');
  if (target === '') return undefined;
  try {
    target = decodeURIComponent(target);
  } catch {
    // A stray "%" is left as written.
  }
  const dir = dirname(fromFile);
  return normalizePath(dir ? `${dir}/${target}` : target);
}

/**
 * Every local file the article links to (inline, reference and autolinks), resolved and
 * normalised. Code is ignored. Reads the shared analysis's tokens when given one.
 */
export function findLinkedTargets(fromFile: string, article: AnalysedArticle | string): Set<string> {
  if (typeof article === 'string') article = analyseArticle(article);
  const out = new Set<string>();
  const visit = (tokens: readonly Token[]) => {
    for (const t of tokens) {
      if (t.type === 'link_open') {
        const href = t.attrGet('href');
        const resolved = href ? resolveLink(fromFile, href) : undefined;
        if (resolved) out.add(resolved);
      }
      if (t.children) visit(t.children);
    }
  };
  visit(article.tokens);
  return out;
}
