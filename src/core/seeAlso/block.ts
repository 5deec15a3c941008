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
  const values: Record<string, string> = {
    // Brackets would end the link text early.
    title: item.title.replace(/([[\]\\])/g, '\\$1'),
    path: item.path,
    outlet: item.outlet ?? '',
    date: item.date ?? '',
    section: item.section ?? '',
  };
  const line = format.replace(/\$\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key] : whole));
  return line.replace(/\s*(?:[—–\-|·,:]|\(\))\s*$/u, '').trimEnd();
}

/** The block to insert: one paragraph per item, separated by blank lines, no leading or trailing newline. */
export function buildSeeAlsoBlock(items: readonly SeeAlsoItem[], format = DEFAULT_SEE_ALSO_FORMAT, eol = '\n'): string {
  return items.map((item) => formatSeeAlsoLine(item, format)).join(eol + eol);
}
