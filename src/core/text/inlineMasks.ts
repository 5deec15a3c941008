// Finds inline non-prose in a block of Markdown source — code spans, autolinks, HTML
// tags and comments, link targets, reference definitions, URLs, e-mail addresses and
// shortcodes — and masks it, keeping length and line breaks. Hand-written scanners,
// each linear in the block: regexes such as /[\w.+-]+@…/ backtrack quadratically on
// a long run with no match (a 200,000-letter word took 20 s).

/** Masked characters become this, so atoms never join across them. */
export const MASK = '\u0001';

type Scanner = (s: string, mask: (from: number, to: number) => void) => void;

const isLineBreak = (c: number) => c === 10 || c === 13;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
/** JavaScript's \w: ASCII letters, digits and underscore. */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Code spans: a run of n backticks up to the next run of exactly n (CommonMark). */
const codeSpans: Scanner = (s, mask) => {
  // Runs as two number arrays (no object per run: a line of backticks has many).
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = s.indexOf('`'); i !== -1; ) {
    let j = i;
    while (s.charCodeAt(j) === 96) j++;
    starts.push(i);
    lengths.push(j - i);
    i = s.indexOf('`', j);
  }
  if (starts.length < 2) return;
  // For each run, the index of the next run of the same length: one backward pass.
  const nextSame = new Int32Array(starts.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = starts.length - 1; r >= 0; r--) {
    nextSame[r] = lastOfLength.get(lengths[r]) ?? -1;
    lastOfLength.set(lengths[r], r);
  }
  for (let r = 0; r < starts.length; r++) {
    const close = nextSame[r];
    if (close === -1) continue;
    mask(starts[r], starts[close] + lengths[close]);
    r = close;
  }
};

/** True when `s` has `word` (lower-case ASCII) at `at`, in any case. Allocates nothing. */
function hasWordAt(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** `<scheme:…>` autolinks for http, https, mailto and ftp. */
const AUTOLINK_SCHEMES = ['http:', 'https:', 'mailto:', 'ftp:'];
function hasSchemeAt(s: string, at: number): boolean {
  for (const scheme of AUTOLINK_SCHEMES) if (hasWordAt(s, at, scheme)) return true;
  return false;
}
const autolinks: Scanner = (s, mask) => {
  for (let i = s.indexOf('<'); i !== -1; ) {
    if (!hasSchemeAt(s, i + 1)) {
      i = s.indexOf('<', i + 1);
      continue;
    }
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 62 /* > */ || c === 60 /* < */ || isSpace(c)) break;
    }
    if (s.charCodeAt(j) === 62) {
      mask(i, j + 1);
      i = s.indexOf('<', j + 1);
    } else i = s.indexOf('<', j === i + 1 ? j + 1 : j);
  }
};

/**
 * Raw HTML tags as CommonMark (and markdown-it, which renders the preview) reads them:
 * `<name attr="v" attr2=v attr3>`, `</name>`, with whitespace (line breaks too) between
 * attributes. What breaks that grammar — Reuters' `<Pennzoil Co (PZL), Houston>` — is text
 * on the page, so it stays prose here. Each closing quote is found once (the last search is
 * reused), so a run of unclosed quotes stays linear.
 */
const isTagNameChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
const isAttrNameStart = (c: number) => isAsciiLetter(c) || c === 95 || c === 58;
const isAttrNameChar = (c: number) => isAttrNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;
/** Characters an unquoted attribute value cannot hold: whitespace, " ' = < > and `. */
const endsUnquoted = (c: number) => isSpace(c) || c === 34 || c === 39 || c === 61 || c === 60 || c === 62 || c === 96 || Number.isNaN(c);
const htmlTags: Scanner = (s, mask) => {
  const lastQuote = { '"': { from: -1, at: -1 }, "'": { from: -1, at: -1 } };
  const closingQuote = (q: '"' | "'", from: number): number => {
    const last = lastQuote[q];
    if (last.from !== -1 && from >= last.from && (last.at === -1 || from <= last.at)) return last.at;
    const at = s.indexOf(q, from);
    lastQuote[q] = { from, at };
    return at;
  };
  const skipSpace = (j: number) => {
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    return j;
  };
  /** The end (after `>`) of a tag that starts at `i`, or -1. */
  const tagEnd = (i: number): number => {
    const closing = s.charCodeAt(i + 1) === 47; /* / */
    let j = closing ? i + 2 : i + 1;
    if (!isAsciiLetter(s.charCodeAt(j))) return -1;
    while (isTagNameChar(s.charCodeAt(j))) j++;
    if (closing) {
      j = skipSpace(j);
      return s.charCodeAt(j) === 62 ? j + 1 : -1;
    }
    for (;;) {
      const afterSpace = skipSpace(j);
      const c = s.charCodeAt(afterSpace);
      if (c === 62) return afterSpace + 1;
      if (c === 47) return s.charCodeAt(afterSpace + 1) === 62 ? afterSpace + 2 : -1;
      if (afterSpace === j || !isAttrNameStart(c)) return -1; // an attribute needs space before it
      j = afterSpace + 1;
      while (isAttrNameChar(s.charCodeAt(j))) j++;
      const eq = skipSpace(j);
      if (s.charCodeAt(eq) !== 61 /* = */) continue;
      let v = skipSpace(eq + 1);
      const q = s[v];
      if (q === '"' || q === "'") {
        const close = closingQuote(q, v + 1);
        if (close === -1) return -1;
        j = close + 1;
      } else {
        const from = v;
        while (!endsUnquoted(s.charCodeAt(v))) v++;
        if (v === from) return -1;
        j = v;
      }
    }
  };
  for (let i = s.indexOf('<'); i !== -1; ) {
    const end = tagEnd(i);
    if (end === -1) i = s.indexOf('<', i + 1);
    else {
      mask(i, end);
      i = s.indexOf('<', end);
    }
  }
};

/**
 * Ticker symbols with their exchange, as wire copy writes them after a firm's name:
 * `<CSRA.S>`, `(IBM.N)`, `<BRKa.N>`. A code, not a name or a word. Linear: the dots
 * separate the parts, so no part can be retried.
 */
const TICKER = /[<(][A-Z0-9][A-Za-z0-9&]{0,7}(?:\.[A-Z]{1,3})+[>)]/g;
const tickerSymbols: Scanner = (s, mask) => {
  TICKER.lastIndex = 0;
  for (let m = TICKER.exec(s); m; m = TICKER.exec(s)) mask(m.index, m.index + m[0].length);
};

/** `<!-- … -->`, across lines; with no closing `-->` nothing after is a comment either. */
const htmlComments: Scanner = (s, mask) => {
  for (let i = s.indexOf('<!--'); i !== -1; ) {
    const close = s.indexOf('-->', i + 4);
    if (close === -1) return;
    mask(i, close + 3);
    i = s.indexOf('<!--', close + 3);
  }
};

/** Link and image targets `](…)` on one line, without nested parentheses. */
const linkTargets: Scanner = (s, mask) => {
  for (let i = s.indexOf(']('); i !== -1; ) {
    let j = i + 2;
    while (j < s.length && s.charCodeAt(j) !== 41 && !isLineBreak(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) === 41) {
      mask(i, j + 1);
      i = s.indexOf('](', j + 1);
    } else i = s.indexOf('](', j);
  }
};

/** Reference definitions `[label]: target …`, the whole line. */
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[[^\]\r\n]+\]:[ \t]*\S/;
const referenceDefinitions: Scanner = (s, mask) => {
  let start = 0;
  while (start <= s.length) {
    let end = start;
    while (end < s.length && !isLineBreak(s.charCodeAt(end))) end++;
    if (REFERENCE_DEFINITION.test(s.slice(start, Math.min(end, start + 1000)))) mask(start, end);
    if (end >= s.length) break;
    start = s.charCodeAt(end) === 13 && s.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
};

/** Bare URLs and www addresses: greedy single-pass patterns, linear (no nested quantifier can retry). */
const bareUrls: Scanner = (s, mask) => {
  if (!s.includes('://') && !s.includes('www.')) return;
  for (const re of [/\bhttps?:\/\/[^\s<>()\]]+/gi, /\bwww\.[^\s<>()\]]+/gi]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) mask(m.index, m.index + m[0].length);
  }
};

/** E-mail addresses `local@label.label…`: found from each `@`, scanning each character a bounded number of times. */
const isLocalChar = (c: number) => isWordChar(c) || c === 46 || c === 43 || c === 45;
const isLabelChar = (c: number) => isWordChar(c) || c === 45;
const emails: Scanner = (s, mask) => {
  let done = 0; // end of the last address: an address cannot start before it
  for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
    let start = at;
    while (start > done && isLocalChar(s.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    // Domain: label (. label)+, as long as possible.
    let j = at + 1;
    while (j < s.length && isLabelChar(s.charCodeAt(j))) j++;
    if (j === at + 1) continue;
    let end = -1;
    while (s.charCodeAt(j) === 46 && isLabelChar(s.charCodeAt(j + 1))) {
      j++;
      while (j < s.length && isLabelChar(s.charCodeAt(j))) j++;
      end = j;
    }
    if (end === -1) continue;
    mask(start, end);
    done = end;
    at = end - 1;
  }
};

/** Hugo and Jekyll shortcodes `{{ … }}` and `{% … %}`, across lines. */
const shortcodes: Scanner = (s, mask) => {
  let noCurly = false;
  let noPercent = false;
  for (let i = s.indexOf('{'); i !== -1 && !(noCurly && noPercent); ) {
    const c = s.charCodeAt(i + 1);
    const closer = c === 123 && !noCurly ? '}}' : c === 37 && !noPercent ? '%}' : undefined;
    if (!closer) {
      i = s.indexOf('{', i + 1);
      continue;
    }
    const close = s.indexOf(closer, i + 2);
    if (close === -1) {
      if (closer === '}}') noCurly = true;
      else noPercent = true;
      i = s.indexOf('{', i + 1);
      continue;
    }
    mask(i, close + 2);
    i = s.indexOf('{', close + 2);
  }
};

/** In order; each scanner sees the text the ones before it masked. A cheap substring test runs first. */
const INLINE_MASKS: Array<[string, Scanner]> = [
  ['`', codeSpans],
  ['<', autolinks],
  ['<', htmlTags],
  ['.', tickerSymbols],
  ['<!--', htmlComments],
  ['](', linkTargets],
  [']:', referenceDefinitions],
  ['', bareUrls],
  ['@', emails],
  ['{', shortcodes],
];

/** `block` with its inline non-prose masked (same length, line breaks kept). */
export function maskInline(block: string): string {
  let out = block;
  for (const [hint, scan] of INLINE_MASKS) {
    if (!out.includes(hint)) continue;
    const ranges: Array<[number, number]> = [];
    scan(out, (from, to) => ranges.push([from, to]));
    if (ranges.length) out = applyMasks(out, ranges);
  }
  return out;
}

function applyMasks(s: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue;
    parts.push(s.slice(at, from), maskAll(s.slice(from, to)));
    at = to;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

/** Every character but line breaks replaced by MASK. */
export function maskAll(s: string): string {
  return s.replace(/[^\r\n]/g, MASK);
}
