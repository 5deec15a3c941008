// Builds the "See also" lines from the `copydesk.seeAlso.format` template.
// Each article gets its own paragraph, so the preview can render each as a card.

export interface SeeAlsoItem {
  title: string;
  /** Relative link, already encoded (see relativeLink). */
  path: string;
  outlet?: string;
  date?: string;
  section?: string;
}

export const DEFAULT_SEE_ALSO_FORMAT = '**See also:** [${title}](${path}) — ${outlet}';

/** Matches a line written from the default format (and hand-written "See also:" lines). */
export const SEE_ALSO_LINE = /^(?:\*\*|__)?See also:?(?:\*\*|__)?:?\s/i;

/**
 * One line for one article. Placeholders: ${title}, ${path}, ${outlet}, ${date},
 * ${section}; unknown ones stay as written. A separator left dangling by an
 * empty value ("— " with no outlet) is dropped.
 */
export function formatSeeAlsoLine(item: SeeAlsoItem, format = DEFAULT_SEE_ALSO_FORMAT): string {
  // Every value but the (already encoded) path comes from another article's front matter.
  const values: Record<string, string> = {
    title: escapeInlineMarkdown(item.title),
    path: item.path,
    outlet: escapeInlineMarkdown(item.outlet ?? ''),
    date: escapeInlineMarkdown(item.date ?? ''),
    section: escapeInlineMarkdown(item.section ?? ''),
  };
  const line = format.replace(/\$\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key] : whole));
  return line.replace(/\s*(?:[—–\-|·,:]|\(\))\s*$/u, '').trimEnd();
}

/**
 * Text from another article as literal inline Markdown: it can neither end the link it sits
 * in nor start a block of its own. Line breaks (a YAML block scalar title) become spaces;
 * the punctuation Markdown reads as structure (emphasis, code, HTML, tables, links, entities,
 * headings) is backslash-escaped, as CommonMark allows for any ASCII punctuation; a leading
 * list or quote marker is escaped too, in case a format puts the value first on the line.
 * Bidi override and isolate controls (which could disguise a link) are dropped.
 */
export function escapeInlineMarkdown(value: string): string {
  const flat = value
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const escaped = flat.replace(/[\\`*_[\]<>|#~&]/g, '\\$&');
  // "- x", "+ x", "= x" (a setext underline) and "1. x" open a block at the start of a line.
  return escaped.replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The block to insert: one paragraph per item, separated by blank lines, no leading or trailing newline. */
export function buildSeeAlsoBlock(items: readonly SeeAlsoItem[], format = DEFAULT_SEE_ALSO_FORMAT, eol = '\n'): string {
  return items.map((item) => formatSeeAlsoLine(item, format)).join(eol + eol);
}
