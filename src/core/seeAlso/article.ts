// Reads what ranking and the See-also block need from a news article:
// headline, body text, date, section, outlet and tags (front matter via splitFrontMatter).
import { splitFrontMatter } from '../article/frontMatter';

export interface ArticleFields {
  /** Front-matter title, else the first `# ` heading, else ''. */
  title: string;
  /** `YYYY-MM-DD` when the front matter has a readable date, else ''. */
  date: string;
  section: string;
  outlet: string;
  /** Tags as written (duplicates removed, case kept). */
  tags: string[];
  /** Body text used for ranking: Markdown after the front matter plus the summary, link targets removed. */
  body: string;
}

const H1 = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m;

export function readArticleFields(text: string): ArticleFields {
  const split = splitFrontMatter(text);
  const data = split.frontMatter?.data ?? {};
  const bodyMd = text.slice(split.bodyStart);
  const title = asText(data.title) || (H1.exec(bodyMd)?.[1] ?? '').trim();
  const summary = asText(data.summary);
  return {
    title,
    date: asDate(data.date),
    section: asText(data.section),
    outlet: asText(data.outlet),
    tags: asTags(data.tags),
    // Link destinations are paths and URLs, not topic words.
    body: (summary ? summary + '\n\n' : '') + bodyMd.replace(/\]\([^)\n]*\)/g, ']').replace(/<https?:[^>\s]*>/g, ''),
  };
}

/**
 * An article is a Markdown file whose front matter names a title. Notes,
 * READMEs and changelogs without front matter are not ranked.
 */
export function isArticle(text: string): boolean {
  const data = splitFrontMatter(text).frontMatter?.data;
  return !!data && asText(data.title) !== '';
}

function asText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

function asDate(v: unknown): string {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = asText(v);
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? m[1] : '';
}

function asTags(v: unknown): string[] {
  const raw = Array.isArray(v) ? v.map(asText) : asText(v).split(',');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of raw.map((s) => s.trim()).filter(Boolean)) {
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
