// Renders a news article (YAML front matter + Markdown) to the HTML body of the
// live preview: kicker, headline, standfirst, byline, dateline, See-also cards,
// figures, flagged names and a fact panel. Pure: strings in, strings out.
import type MarkdownIt from 'markdown-it';
import { analyseArticle, type AnalysedArticle } from '../article/analysedArticle';
import type { FrontMatter } from '../article/frontMatter';
import { markdown as md, type Token } from '../article/markdown';
import { MASK, maskInline } from '../text/inlineMasks';
import type { LineIndex } from '../text/lineIndex';
import { countWords as countWordsIn } from '../text/words';
import type { Finding } from '../entities/types';
import { escapeHtml, isAllowedImageUrl, isAllowedLinkUrl, stripBidiControls, stripMetaHttpEquiv } from './html';

/** markdown-it's Token class, reached through an existing token (the typings export it as a type only). */
type TokenClass = new (type: string, tag: string, nesting: MarkdownIt.Token.Nesting) => Token;

export interface RenderOptions {
  /** Flagged names, with offsets into `text` (the whole document, front matter included). */
  findings?: readonly Finding[];
  /** Reading speed for the reading time; default 230. */
  wordsPerMinute?: number;
  /**
   * Maps an image source as written in the article (URL-encoded by markdown-it) to the URL
   * the page should load, e.g. a webview URI for a local file. Undefined keeps the source.
   */
  resolveImage?: (src: string) => string | undefined;
}

export interface ArticleFacts {
  /** Words of the rendered body text: no markup, no front matter, no headline, no See-also cards. */
  words: number;
  /** words / wordsPerMinute, rounded up, at least 1. */
  readingMinutes: number;
  /** Headline length in characters (Unicode code points). */
  headlineChars: number;
  /** Number of flagged names in the whole article. */
  nameIssues: number;
}

export interface RenderedArticle {
  /** The page body content only (no <html>/<head>). */
  html: string;
  /** The headline as plain text ('' when the article has none). */
  title: string;
  facts: ArticleFacts;
  /** Plain-text notices shown at the top of the preview (front matter problems and the like). */
  notices: string[];
}

export const HEADLINE_LIMIT = 70;
export const DEFAULT_WORDS_PER_MINUTE = 230;

/** A flag placed on a text token: [start, end) within the token's content. */
interface Flag {
  start: number;
  end: number;
  finding: Finding;
}

/**
 * What a render adds to the shared tokens without changing them: flags and datelines
 * on text tokens, and how images resolve.
 */
interface RenderEnv {
  resolveImage?: (src: string) => string | undefined;
  flags?: Map<Token, Flag[]>;
  datelines?: Set<Token>;
  /** Open links around the text being rendered: their text loses bidi controls. */
  linkDepth?: number;
}

/** The preview's own renderer over the shared parser (see article/markdown.ts). */
const renderer = createRenderer();

function createRenderer(): MarkdownIt['renderer'] {
  const r = new (md.renderer.constructor as new () => MarkdownIt['renderer'])();
  const rules = r.rules;
  rules.text = (tokens, idx, _options, env: RenderEnv) => renderTextToken(tokens[idx], env);
  // Backslash escapes and entities (text_join is off, see article/markdown.ts) show as their character.
  rules.text_special = (tokens, idx, _options, env: RenderEnv) => {
    const html = escapeHtml(tokens[idx].content);
    return env.linkDepth ? stripBidiControls(html) : html;
  };
  // Raw HTML is shown as text, never as markup.
  rules.html_inline = (tokens, idx) => escapeHtml(tokens[idx].content);
  rules.html_block = (tokens, idx) => `<p${blockAttrs(tokens[idx])}>${escapeHtml(tokens[idx].content.replace(/\n+$/, ''))}</p>\n`;
  rules.link_open = (tokens, idx, options, env: RenderEnv, self) => {
    // Link text and title lose bidi overrides, so a link cannot show one address and go to another.
    env.linkDepth = (env.linkDepth ?? 0) + 1;
    const token = cloneToken(tokens[idx]);
    const title = token.attrGet('title');
    if (title !== null) token.attrSet('title', stripBidiControls(title));
    const href = token.attrGet('href');
    // data:image passes validateLink (for images); as a link target it is not allowed.
    if (href !== null && !isAllowedLinkUrl(href)) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
      token.attrJoin('class', 'copydesk-blocked-link');
    }
    return self.renderToken([token], 0, options);
  };
  rules.link_close = (tokens, idx, options, env: RenderEnv, self) => {
    env.linkDepth = Math.max(0, (env.linkDepth ?? 0) - 1);
    return self.renderToken(tokens, idx, options);
  };
  rules.image = (tokens, idx, options, env: RenderEnv, self) => {
    const token = cloneToken(tokens[idx]);
    token.attrSet('alt', stripBidiControls(self.renderInlineAsText(token.children ?? [], options, env)));
    const src = token.attrGet('src') ?? '';
    const resolved = env.resolveImage?.(src) ?? src;
    if (isAllowedImageUrl(resolved)) token.attrSet('src', resolved);
    else token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'src');
    return self.renderToken([token], 0, options);
  };
  // Put the line attributes on <pre>, where scroll sync looks for them.
  rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    const lang = token.info.trim().split(/\s+/)[0];
    const cls = lang ? ` class="language-${escapeHtml(lang)}"` : '';
    return `<pre${blockAttrs(token)}><code${cls}>${escapeHtml(token.content)}</code></pre>\n`;
  };
  // Every block gets class="code-line" and its source line, where scroll sync looks for them;
  // added while rendering, so the shared tokens are not touched.
  const renderAttrs = r.renderAttrs.bind(r);
  // Table alignment becomes a class: markdown-it writes style="text-align:…", which the CSP blocks.
  r.renderAttrs = (token) => {
    const line = sourceLine(token);
    const style = token.attrGet('style');
    if (line === undefined && style === null) return renderAttrs(token);
    let attrs = token.attrs ? token.attrs.map(([k, v]) => [k, v] as [string, string]) : [];
    const addClass = (name: string) => {
      const cls = attrs.find(([k]) => k === 'class');
      if (cls) cls[1] = `${name} ${cls[1]}`;
      else attrs.push(['class', name]);
    };
    if (style !== null) {
      attrs = attrs.filter(([k]) => k !== 'style');
      const align = /^text-align:(left|right|center)$/.exec(style)?.[1];
      if (align) addClass(`align-${align}`);
    }
    if (line !== undefined) {
      addClass('code-line');
      attrs.push(['data-line', String(line)]);
    }
    return renderAttrs({ attrs } as Token);
  };
  // Pre-rendered pieces the renderer itself builds (See-also cards, figure captions).
  rules.copydesk_html = (tokens, idx) => tokens[idx].content;
  rules.copydesk_figcaption = (tokens, idx) => `<figcaption>${escapeHtml(tokens[idx].content)}</figcaption>`;
  rules.code_block = (tokens, idx) => `<pre${blockAttrs(tokens[idx])}><code>${escapeHtml(tokens[idx].content)}</code></pre>\n`;
  return r;
}

/** A copy of a token that can be changed without touching the shared stream. */
function cloneToken(token: Token): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.attrs = token.attrs ? token.attrs.map(([k, v]) => [k, v] as [string, string]) : null;
  return copy;
}

/**
 * The 0-based source line of the body's first line during a render, for the scroll-sync
 * attributes (renderAttrs gets no env; rendering is synchronous, so a module variable is safe).
 */
let renderingBodyLine: number | undefined;

/** The source line of a block token, when it gets scroll-sync attributes. */
function sourceLine(token: Token): number | undefined {
  if (renderingBodyLine === undefined || !token.map || token.nesting < 0 || !token.block || token.type === 'inline') return undefined;
  return token.map[0] + renderingBodyLine;
}

function blockAttrs(token: Token): string {
  const line = sourceLine(token);
  return line === undefined ? '' : ` class="code-line" data-line="${line}"`;
}

function markOpen(f: Finding): string {
  const code = String(f.code).replace(/[^a-z0-9-]/gi, '-');
  return `<mark class="copydesk-flag copydesk-flag-${code}" title="${escapeHtml(f.message)}">`;
}

/** Escapes `content` and wraps the flagged ranges in <mark>. Overlapping flags after the first are dropped. */
function renderFlagged(content: string, flags: readonly Flag[] | undefined): string {
  if (!flags || flags.length === 0) return escapeHtml(content);
  let out = '';
  let pos = 0;
  for (const f of [...flags].sort((a, b) => a.start - b.start)) {
    if (f.start < pos || f.end > content.length || f.end <= f.start) continue;
    out += escapeHtml(content.slice(pos, f.start)) + markOpen(f.finding) + escapeHtml(content.slice(f.start, f.end)) + '</mark>';
    pos = f.end;
  }
  return out + escapeHtml(content.slice(pos));
}

function renderTextToken(token: Token, env: RenderEnv): string {
  // Flags hold offsets into the content, so the controls go from the escaped output.
  const flagged = renderFlagged(token.content, env.flags?.get(token));
  const html = env.linkDepth ? stripBidiControls(flagged) : flagged;
  return env.datelines?.has(token) ? `<span class="dateline">${html}</span>` : html;
}

/** A new text token holding content[from, to) of `token`, its flags moved along. */
function sliceText(token: Token, env: RenderEnv, from: number, to = token.content.length): Token {
  const t = new (token.constructor as TokenClass)('text', '', 0);
  t.content = token.content.slice(from, to);
  const flags = env.flags
    ?.get(token)
    ?.filter((f) => f.start >= from && f.end <= to)
    .map((f) => ({ ...f, start: f.start - from, end: f.end - from }));
  if (flags?.length) env.flags!.set(t, flags);
  if (env.datelines?.has(token)) env.datelines.add(t);
  return t;
}

// ---------------------------------------------------------------------------

/**
 * Renders an analysed article (adapters pass the analysis they share with the name checks;
 * a string is analysed here). The analysis's tokens are read, never changed.
 */
export function renderArticle(input: AnalysedArticle | string, options: RenderOptions = {}): RenderedArticle {
  const article = typeof input === 'string' ? analyseArticle(input) : input;
  const text = article.text;
  const findings = options.findings ?? [];
  const wpm = options.wordsPerMinute && options.wordsPerMinute > 0 ? options.wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  const split = article.frontMatter;
  const notices: string[] = [];
  const fm = split.frontMatter;
  const lines = article.lines;

  if (split.unterminated) notices.push(`${split.unterminated.message} The whole file is shown as the body.`);
  else if (!fm) notices.push('No front matter: add title, date, byline, outlet and section between “---” lines at the top.');
  else if (fm.error) notices.push(`${fm.error.message} (line ${fm.error.line}, column ${fm.error.column}). The body is shown without it.`);
  else if (fm.fields.length === 0) notices.push('The front matter is empty: add title, date, byline, outlet and section.');

  const meta = new FrontMatterReader(text, fm, findings, lines, notices);

  // --- body ---
  const bodyLine = article.bodyLine;
  const env: RenderEnv = { resolveImage: options.resolveImage, flags: new Map(), datelines: new Set() };
  // A copy of the shared stream's array: the steps below replace entries, never change tokens.
  const tokens = article.tokens.slice();
  placeFlags(tokens, article, findings, env);

  // --- headline: front matter title, else the first H1 (then not repeated) ---
  const titleField = meta.text('title');
  let headlineHtml = '';
  let headlineLine = 0;
  let title = '';
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1' && t.level === 0);
  if (titleField !== undefined) {
    title = titleField;
    headlineLine = meta.line('title');
    headlineHtml = meta.html('title', HEADLINE_LIMIT);
    if (h1 === 0) {
      const h1Text = inlineText(tokens[1]);
      if (normalize(h1Text) !== normalize(title)) {
        notices.push('The first heading differs from the front matter title; the preview shows the title as the headline.');
      }
      tokens.splice(0, 3);
    }
  } else if (h1 !== -1) {
    title = inlineText(tokens[h1 + 1]);
    headlineLine = tokens[h1].map![0] + bodyLine;
    headlineHtml = renderer.renderInline(tokens[h1 + 1].children ?? [], md.options, env);
    tokens.splice(h1, 3);
  }

  markDateline(tokens, env);
  renderSeeAlso(tokens, bodyLine, env);
  markFigures(tokens);
  const words = countWords(tokens);
  let bodyHtml: string;
  renderingBodyLine = bodyLine;
  try {
    bodyHtml = renderer.render(tokens, md.options, env);
  } finally {
    renderingBodyLine = undefined;
  }

  // --- header ---
  const header: string[] = [];
  const section = meta.text('section') ?? meta.text('kicker');
  if (section !== undefined) header.push(`<p class="kicker code-line" data-line="${meta.line(meta.has('section') ? 'section' : 'kicker')}">${meta.html(meta.has('section') ? 'section' : 'kicker')}</p>`);
  if (title !== '') header.push(`<h1 class="headline code-line" data-line="${headlineLine}">${headlineHtml}</h1>`);
  const standKey = ['summary', 'description', 'standfirst'].find((k) => meta.text(k) !== undefined);
  if (standKey) header.push(`<p class="standfirst code-line" data-line="${meta.line(standKey)}">${meta.html(standKey)}</p>`);
  const metaLine = renderMetaLine(meta);
  if (metaLine) header.push(metaLine);

  const headlineChars = [...title].length;
  const facts: ArticleFacts = {
    words,
    readingMinutes: Math.max(1, Math.ceil(words / wpm)),
    headlineChars,
    nameIssues: findings.filter((f) => !String(f.code).startsWith('copydesk.')).length,
  };

  // Defence in depth, in the one place every preview body comes from (see stripMetaHttpEquiv).
  const html = stripMetaHttpEquiv(
    renderNotices(notices) +
    renderFacts(facts) +
    '<article class="copydesk-article">\n' +
    (header.length ? `<header class="article-header">\n${header.join('\n')}\n</header>\n` : '') +
    `<div class="article-body">\n${bodyHtml}</div>\n` +
    '</article>\n',
  );
  return { html, title, facts, notices };
}

// --- front matter ------------------------------------------------------------

/** Reads display values out of the front matter, with their source line and flags. */
class FrontMatterReader {
  constructor(
    private readonly source: string,
    private readonly fm: FrontMatter | undefined,
    private readonly findings: readonly Finding[],
    private readonly lines: LineIndex,
    private readonly notices: string[],
  ) {}

  has(key: string): boolean {
    return this.fm !== undefined && Object.prototype.hasOwnProperty.call(this.fm.data, key);
  }

  raw(key: string): unknown {
    return this.has(key) ? this.fm!.data[key] : undefined;
  }

  /** The value as display text, or undefined when missing, empty or not text-like. */
  text(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const value = displayText(this.raw(key));
    if (value === null) {
      this.notices.push(`Front matter “${key}” should be text; it is ignored.`);
      return undefined;
    }
    return value === '' ? undefined : value;
  }

  /** 0-based line of the key in the document. */
  line(key: string): number {
    const field = this.fm?.fields.find((f) => f.key === key);
    if (field?.valueStart !== undefined) return this.lines.lineAt(field.valueStart);
    if (!this.fm) return 0;
    const fmText = this.source.slice(0, this.fm.end);
    const re = new RegExp(`^(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1[ \\t]*:`, 'm');
    const m = re.exec(fmText);
    return m ? this.lines.lineAt(m.index) : 0;
  }

  /** Escaped display HTML, with flags when the value maps 1:1 onto the source, and the overflow past `limit` marked. */
  html(key: string, limit?: number): string {
    const value = this.text(key) ?? '';
    const field = this.fm?.fields.find((f) => f.key === key);
    const flags: Flag[] = [];
    if (field?.valueStart !== undefined && field.valueEnd !== undefined && field.value === value) {
      for (const f of this.findings) {
        if (f.start >= field.valueStart && f.end <= field.valueEnd) flags.push({ start: f.start - field.valueStart, end: f.end - field.valueStart, finding: f });
      }
    }
    const chars = [...value];
    if (limit === undefined || chars.length <= limit) return renderFlagged(value, flags);
    const cut = chars.slice(0, limit).join('').length;
    return (
      renderFlagged(value.slice(0, cut), clip(flags, 0, cut)) +
      `<span class="headline-overflow" title="${chars.length - limit} characters over the ${limit}-character limit">` +
      renderFlagged(value.slice(cut), clip(flags, cut, value.length)) +
      '</span>'
    );
  }
}

function clip(flags: Flag[], from: number, to: number): Flag[] {
  return flags
    .filter((f) => f.end > from && f.start < to)
    .map((f) => ({ ...f, start: Math.max(f.start, from) - from, end: Math.min(f.end, to) - from }));
}

/** Text for a front matter value: strings, numbers, booleans, dates and lists of those; null for maps. */
function displayText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(displayText);
    if (parts.some((p) => p === null)) return null;
    return (parts as string[]).filter((p) => p !== '').join(', ');
  }
  if (typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return ((value as { name: string }).name).trim(); // author: { name: … }
  }
  return null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "21 October 2022" for a Date or an ISO date string (YAML dates parse either way,
 * depending on the schema); other strings are shown as written. Dates are read in UTC
 * so a date-only value never slips to the day before.
 */
export function formatArticleDate(value: unknown): { text: string; iso?: string } | undefined {
  let y: number, m: number, d: number;
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return undefined;
    [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  } else {
    const s = displayText(value);
    if (!s) return undefined;
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    if (!iso) return { text: s };
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (m < 1 || m > 12 || d < 1 || d > 31) return { text: s };
  }
  const isoDate = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { text: `${d} ${MONTHS[m - 1]} ${y}`, iso: isoDate };
}

function renderMetaLine(meta: FrontMatterReader): string {
  const parts: string[] = [];
  const lines: number[] = [];
  const bylineKey = meta.text('byline') !== undefined ? 'byline' : meta.text('author') !== undefined ? 'author' : undefined;
  if (bylineKey) {
    const value = meta.text(bylineKey)!;
    parts.push(`<span class="byline">${/^by\s/i.test(value) ? '' : 'By '}${meta.html(bylineKey)}</span>`);
    lines.push(meta.line(bylineKey));
  }
  if (meta.has('date')) {
    const date = formatArticleDate(meta.raw('date'));
    if (date) {
      const attr = date.iso ? ` datetime="${date.iso}"` : '';
      parts.push(`<time class="date"${attr}>${escapeHtml(date.text)}</time>`);
      lines.push(meta.line('date'));
    } else if (meta.raw('date') !== null && meta.raw('date') !== '') {
      meta.text('date'); // records the "should be text" notice for maps
    }
  }
  if (meta.text('outlet') !== undefined) {
    parts.push(`<span class="outlet">${meta.html('outlet')}</span>`);
    lines.push(meta.line('outlet'));
  }
  const tags = meta.text('tags');
  if (tags !== undefined) {
    parts.push(`<span class="tags">${escapeHtml(tags)}</span>`);
    lines.push(meta.line('tags'));
  }
  if (parts.length === 0) return '';
  return `<p class="article-meta code-line" data-line="${Math.min(...lines)}">${parts.join('<span class="meta-sep" aria-hidden="true"> · </span>')}</p>`;
}

function renderNotices(notices: readonly string[]): string {
  return notices.map((n) => `<p class="copydesk-notice" role="note">${escapeHtml(n)}</p>\n`).join('');
}

function renderFacts(f: ArticleFacts): string {
  const over = f.headlineChars - HEADLINE_LIMIT;
  const headline =
    over > 0
      ? `<span class="fact fact-headline fact-over" title="${over} characters over the ${HEADLINE_LIMIT}-character limit"><b>${f.headlineChars}</b>/${HEADLINE_LIMIT} headline chars</span>`
      : `<span class="fact fact-headline"><b>${f.headlineChars}</b>/${HEADLINE_LIMIT} headline chars</span>`;
  const issues = `<span class="fact fact-issues${f.nameIssues > 0 ? ' fact-alert' : ''}"><b>${f.nameIssues}</b> name ${f.nameIssues === 1 ? 'issue' : 'issues'}</span>`;
  return (
    '<aside class="copydesk-facts" aria-label="Article facts">' +
    `<span class="fact fact-words"><b>${f.words}</b> ${f.words === 1 ? 'word' : 'words'}</span>` +
    `<span class="fact fact-reading"><b>${f.readingMinutes}</b> min read</span>` +
    headline +
    issues +
    '</aside>\n'
  );
}

// --- flags -------------------------------------------------------------------

/**
 * Puts each finding on the text token that shows it, by offset. markdown-it's text tokens
 * are verbatim slices of the source (text_join is off, escapes are separate tokens), so
 * walking each block's source with one cursor gives every text token its offset; the
 * findings, sorted, are then handed out with a second cursor. Linear in the text, the
 * tokens and the findings. Findings that span markup (half bold, across a link) are not
 * marked; the fact panel still counts them.
 */
function placeFlags(tokens: readonly Token[], article: AnalysedArticle, findings: readonly Finding[], env: RenderEnv): void {
  if (findings.length === 0) return;
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const { text, lines, bodyLine } = article;
  // The masked text tells link text from link targets. The name checks have usually computed
  // it for this analysis already; otherwise only the blocks that hold findings are masked.
  const prose = article.proseIfComputed;
  let masked = prose?.masked ?? '';
  let maskedFrom = 0;
  let maskedRange = -1;
  let next = 0; // the first finding not yet placed or passed
  let cursor = article.bodyStart;
  let rowMap: [number, number] | null = null;
  for (const inline of tokens) {
    if (inline.type === 'tr_open') rowMap = inline.map;
    if (inline.type !== 'inline' || !inline.children) continue;
    // NOTE: markdown-it gives table cells' inline tokens no line map; the row has one.
    const map = inline.map ?? rowMap;
    if (!map) continue;
    const from = lines.lineStart(map[0] + bodyLine);
    const to = lines.lineStart(map[1] + bodyLine);
    if (cursor < from) cursor = from;
    while (next < sorted.length && sorted[next].start < from) next++;
    if (next >= sorted.length) return;
    if (sorted[next].start >= to) continue;
    if (!prose && maskedRange !== from) {
      masked = maskInline(text.slice(from, to));
      maskedFrom = maskedRange = from;
    }
    for (const child of inline.children) {
      if (child.type !== 'text' || child.content === '') continue;
      const at = findVerbatim(text, masked, maskedFrom, child.content, cursor, to);
      if (at === -1) continue;
      const end = at + child.content.length;
      cursor = end;
      while (next < sorted.length && sorted[next].start < at) next++;
      while (next < sorted.length && sorted[next].end <= end) {
        const f = sorted[next++];
        if (f.end <= f.start) continue;
        let list = env.flags!.get(child);
        if (!list) env.flags!.set(child, (list = []));
        list.push({ start: f.start - at, end: f.end - at, finding: f });
      }
    }
  }
}

/**
 * Where `content` next occurs in `text` at or after `from` and ending by `to`, preferring
 * an occurrence that starts in prose (link targets and code, masked in `masked` — which
 * starts at `maskedFrom` in `text` — can repeat a word of the link text). -1 when it does not.
 */
function findVerbatim(text: string, masked: string, maskedFrom: number, content: string, from: number, to: number): number {
  let first = -1;
  for (let at = text.indexOf(content, from); at !== -1 && at + content.length <= to; at = text.indexOf(content, at + 1)) {
    if (masked.charCodeAt(at - maskedFrom) !== MASK_CODE) return at;
    if (first === -1) first = at;
    // A text token that starts with masked text (a bare URL) is taken at its first occurrence.
    if (at - first > 0) break;
  }
  return first;
}

const MASK_CODE = MASK.charCodeAt(0);

// --- dateline, See also, figures ----------------------------------------------

/** "BRUSSELS, Oct. 21 (Harbor Daily) —", "ROME —", "SÃO PAULO, May 3 (Reuters) -" at the start of the first paragraph. */
const DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*)*(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?(?: \([^()\n]{1,60}\))? ?(?:—|–|--|-)(?= )/u;

function markDateline(tokens: Token[], env: RenderEnv): void {
  const open = tokens.findIndex((t) => t.type === 'paragraph_open' && t.level === 0);
  const first = tokens[open + 1]?.children?.[0];
  if (open === -1 || !first || first.type !== 'text') return;
  const m = DATELINE.exec(first.content);
  if (!m) return;
  const head = sliceText(first, env, 0, m[0].length);
  env.datelines!.add(head);
  // The shared inline token is replaced by a copy with the split children.
  const inline = cloneToken(tokens[open + 1]);
  inline.children = [head, sliceText(first, env, m[0].length), ...inline.children!.slice(1)];
  tokens[open + 1] = inline;
}

const SEE_ALSO_LABEL = /^\s*see also\s*:?\s*$/i;
const SEE_ALSO_PREFIX = /^\s*see also\s*:\s*/i;

/**
 * Replaces "See also" paragraphs (and a bullet list right after a bare label) by a card,
 * an already rendered copydesk_html token, so the cards stay out of the word count.
 */
function renderSeeAlso(tokens: Token[], bodyLine: number, env: RenderEnv): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'paragraph_open' || tokens[i].level !== 0) continue;
    const inline = tokens[i + 1];
    const rest = stripSeeAlsoLabel(inline.children ?? [], env);
    if (!rest) continue;
    const line = inline.map![0] + bodyLine;
    const items: Array<{ line: number; children: Token[] }> = [];
    let group: Token[] = [];
    let groupLine = line;
    for (const child of rest) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') {
        items.push({ line: groupLine, children: group });
        group = [];
        groupLine++;
      } else group.push(child);
    }
    items.push({ line: groupLine, children: group });
    let end = i + 3; // past paragraph_close
    const nonEmpty = items.filter((it) => !isBlank(it.children));
    if (nonEmpty.length === 0 && tokens[end]?.type === 'bullet_list_open') {
      // A bare label followed by a list: one item per list entry.
      let depth = 0;
      let j = end;
      for (; j < tokens.length; j++) {
        if (tokens[j].type === 'bullet_list_open') depth++;
        if (tokens[j].type === 'bullet_list_close' && --depth === 0) break;
        if (tokens[j].type === 'inline' && depth === 1) nonEmpty.push({ line: tokens[j].map![0] + bodyLine, children: tokens[j].children ?? [] });
      }
      end = j + 1;
    }
    if (nonEmpty.length === 0) continue;
    const card = new (tokens[i].constructor as TokenClass)('copydesk_html', '', 0);
    card.content =
      `<aside class="see-also code-line" data-line="${line}">\n<p class="see-also-label">See also</p>\n<ul class="see-also-list">\n` +
      nonEmpty.map((it) => renderSeeAlsoItem(it.children, it.line, env)).join('') +
      '</ul>\n</aside>\n';
    tokens.splice(i, end - i, card);
  }
}

function stripSeeAlsoLabel(all: Token[], env: RenderEnv): Token[] | undefined {
  // Emphasis leaves empty text tokens behind (one opens "**See also:**").
  const children = all.filter((t) => !(t.type === 'text' && t.content === ''));
  const [a, b, c] = children;
  if (a?.type === 'strong_open' && b?.type === 'text' && SEE_ALSO_LABEL.test(b.content) && c?.type === 'strong_close') {
    const rest = children.slice(3);
    if (rest[0]?.type === 'text') rest[0] = sliceText(rest[0], env, /^\s*:?\s*/.exec(rest[0].content)![0].length);
    return rest;
  }
  if (a?.type === 'text') {
    const m = SEE_ALSO_PREFIX.exec(a.content);
    if (m) return [sliceText(a, env, m[0].length), ...children.slice(1)];
  }
  return undefined;
}

function isBlank(children: readonly Token[]): boolean {
  return children.every((c) => c.type === 'text' && c.content.trim() === '');
}

/** One card entry: a link (or plain title) and the outlet after a dash. */
function renderSeeAlsoItem(children: Token[], line: number, env: RenderEnv): string {
  const render = (ts: Token[]) => renderer.renderInline(ts, md.options, env).trim();
  const linkAt = children.findIndex((c) => c.type === 'link_open');
  let titleHtml: string;
  let after: Token[];
  if (linkAt !== -1) {
    const close = children.findIndex((c, k) => k > linkAt && c.type === 'link_close');
    const end = close === -1 ? children.length : close + 1;
    titleHtml = render(children.slice(linkAt, end));
    after = children.slice(end);
    if (after[0]?.type === 'text') after[0] = sliceText(after[0], env, /^\s*(?:—|–|--|-|,)?\s*/.exec(after[0].content)![0].length);
  } else {
    // Plain "Title - Outlet": split at the last spaced dash.
    let split = -1;
    let m: RegExpExecArray | null = null;
    for (let k = children.length - 1; k >= 0 && split === -1; k--) {
      if (children[k].type !== 'text') continue;
      const all = [...children[k].content.matchAll(/\s(?:—|–|--|-)\s+/g)];
      if (all.length) {
        split = k;
        m = all[all.length - 1] as RegExpExecArray;
      }
    }
    if (split === -1 || !m) {
      titleHtml = render(children);
      after = [];
    } else {
      const t = children[split];
      titleHtml = render([...children.slice(0, split), sliceText(t, env, 0, m.index)]);
      after = [sliceText(t, env, m.index! + m[0].length), ...children.slice(split + 1)];
    }
  }
  const outlet = render(after);
  return (
    `<li class="see-also-item code-line" data-line="${line}"><span class="see-also-title">${titleHtml}</span>` +
    (outlet ? ` <span class="see-also-outlet">${outlet}</span>` : '') +
    '</li>\n'
  );
}

/** A paragraph that is only an image becomes a figure with a caption from the title, else the alt text. */
function markFigures(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'paragraph_open' || tokens[i].hidden) continue;
    const children = tokens[i + 1].children ?? [];
    const images = children.filter((c) => c.type === 'image');
    if (images.length !== 1 || !children.every((c) => c.type === 'image' || c.type === 'softbreak' || (c.type === 'text' && c.content.trim() === ''))) continue;
    const image = images[0];
    const caption = image.attrGet('title') || renderer.renderInlineAsText(image.children ?? [], md.options, {});
    // Copies: the shared tokens stay as parsed.
    const open = (tokens[i] = cloneToken(tokens[i]));
    const close = (tokens[i + 2] = cloneToken(tokens[i + 2]));
    const inline = (tokens[i + 1] = cloneToken(tokens[i + 1]));
    open.tag = close.tag = 'figure';
    open.attrJoin('class', 'figure');
    if (caption) {
      // Rendered as html_inline, which the renderer would escape: a caption token of its own.
      const cap = new (open.constructor as TokenClass)('copydesk_figcaption', '', 0);
      cap.content = caption;
      inline.children = [image, cap];
    } else inline.children = [image];
  }
}

// --- text helpers ----------------------------------------------------------------

function countWords(tokens: readonly Token[]): number {
  let words = 0;
  for (const t of tokens) {
    if (t.type !== 'inline') continue;
    // Escapes are tokens of their own: a run of text and escapes is one piece of text.
    let run = '';
    for (const c of t.children ?? []) {
      if (c.type === 'text' || c.type === 'text_special') run += c.content;
      else {
        words += countWordsIn(run);
        run = c.type === 'code_inline' ? c.content : '';
        if (c.type === 'code_inline') {
          words += countWordsIn(run);
          run = '';
        }
      }
    }
    words += countWordsIn(run);
  }
  return words;
}

function inlineText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'text_special' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : ''))
    .join('')
    .trim();
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
