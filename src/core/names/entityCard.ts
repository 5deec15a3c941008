// The card an editor sees on hovering a name: who the checker thinks it is (canonical name,
// kind, description, country), the forms this article uses, and where the knowledge comes
// from; on a flagged name, the finding and its fixes first. Pure: data in, Markdown out.
import type { NameMention } from '../entities/nameChecker';
import type { EntityKind, EntityRecord, Finding } from '../entities/types';

export const KIND_LABEL: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organisation',
  country: 'country',
  place: 'place',
  event: 'event',
  other: 'other',
};

/** What the card needs to know about the rest of the knowledge base. */
export interface EntityLookup {
  entity(id: string): EntityRecord | undefined;
}

export interface CardInput {
  /** The entity the name stands for (or, on a flagged name, the one meant); none for a name the knowledge base does not know. */
  entity?: EntityRecord;
  /** Every mention in the article (the card counts the forms used for this entity). */
  mentions: readonly NameMention[];
  /** Findings of the article; those about this entity are listed. */
  findings?: readonly Finding[];
  /** The finding under the cursor, if the hover is on a flagged name: shown first with its fixes. */
  flagged?: Finding;
  /** A link that applies `suggestion` to `finding` (a command URI in VS Code). */
  fixLink?: (finding: Finding, suggestion: string) => string;
}

/** Escapes text for Markdown so names with `*`, `_`, brackets or `<` show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

/** Fix links on a flagged name (the quick-fix menu has them all). */
const MAX_FIXES = 3;
/** Sources are notes with references; a long one is cut at a word. */
const MAX_SOURCE_CHARS = 140;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The forms an article uses for an entity, most used first: [["Scholz", 3], ["Olaf Scholz", 1]]. */
export function formsUsed(entityId: string, mentions: readonly NameMention[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.entityId === entityId && m.role !== 'wrong') counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The address of an English Wikipedia article by its title ("Jan Hirt (cyclist)"). */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURI(title.replace(/ /g, '_')).replace(/[?#()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** One source line: "Wikipedia: Olaf Scholz" or "… (https://…)" becomes a link named for the source. */
function sourceLine(source: string): string {
  const m = /^(.*?)\s*\((https?:\/\/[^\s)]+)\)\s*$/.exec(source);
  if (m) return `[${escapeMarkdown(m[1])}](${m[2]})`;
  // The knowledge names a Wikipedia article by its title alone: the link is made here.
  const wiki = /^Wikipedia: (.+)$/.exec(source);
  if (wiki) return `[${escapeMarkdown(source)}](${wikipediaUrl(wiki[1])})`;
  const cut = source.length > MAX_SOURCE_CHARS ? `${source.slice(0, source.lastIndexOf(' ', MAX_SOURCE_CHARS))} …` : source;
  return escapeMarkdown(cut);
}

/** The one-line identity under the name: "person · Chancellor of Germany (2021–2025) · Germany". */
export function identityLine(entity: EntityRecord, lookup: EntityLookup): string {
  // "other" names (COVID-19) are described by their description alone.
  const parts: string[] = entity.kind === 'other' ? [] : [KIND_LABEL[entity.kind] ?? entity.kind];
  if (entity.description) parts.push(entity.description);
  const country = entity.country ? lookup.entity(entity.country)?.name : undefined;
  // A description usually names the country already ("Chancellor of Germany"): say it once.
  if (country && !entity.description?.includes(country)) parts.push(country);
  if (entity.kind === 'country' && entity.capital) {
    const capital = lookup.entity(entity.capital)?.name;
    if (capital) parts.push(`capital ${capital}`);
  }
  return parts.join(' · ');
}

/** The hover card as Markdown. */
export function entityCard(input: CardInput, lookup: EntityLookup): string {
  const { entity, mentions, flagged, fixLink } = input;
  const out: string[] = [];
  if (flagged) {
    // NOTE: VS Code shows the diagnostic's message right above this card; it is not repeated here.
    const fixes = flagged.suggestions.slice(0, MAX_FIXES).map((s) => (fixLink ? `[Replace with “${escapeMarkdown(s)}”](${fixLink(flagged, s)})` : `“${escapeMarkdown(s)}”`));
    out.push(`$(warning) \`${flagged.code}\`${fixes.length ? ` · ${fixLink ? '' : 'suggested: '}${fixes.join(' · ')}` : ''}`);
    if (entity) out.push('---');
  }
  if (!entity) return out.join('\n\n');
  out.push(`**${escapeMarkdown(entity.name)}**  \n${escapeMarkdown(identityLine(entity, lookup))}`);

  const used = formsUsed(entity.id, mentions);
  if (used.length) out.push(`In this article: ${used.map(([form, n]) => `“${escapeMarkdown(form)}”${n > 1 ? ` ×${n}` : ''}`).join(', ')}`);
  const other = [...(entity.aliases ?? []), ...(entity.short ?? []), ...(entity.acronyms ?? [])].filter((f) => !used.some(([u]) => u === f));
  if (other.length) out.push(`Also known as: ${other.slice(0, 6).map(escapeMarkdown).join(', ')}${other.length > 6 ? ', …' : ''}`);
  if (entity.variants?.length) out.push(`Other spellings (use one per article): ${entity.variants.slice(0, 4).map(escapeMarkdown).join(', ')}`);

  const others = (input.findings ?? []).filter((f) => f.entityId === entity.id && f !== flagged);
  if (others.length) out.push(`$(warning) ${plural(others.length, 'other flagged form')} in this article: ${others.map((f) => `“${escapeMarkdown(f.text)}”`).join(', ')}`);

  if (entity.sources.length) {
    // "Wikipedia" alone is the article of the entity's own name.
    const shown = entity.sources.slice(0, 2).map((s) => sourceLine(s === 'Wikipedia' ? `Wikipedia: ${entity.name}` : s));
    out.push(`Source${entity.sources.length === 1 ? '' : 's'}: ${shown.join('; ')}${entity.sources.length > 2 ? ` (+${entity.sources.length - 2} more)` : ''}`);
  }
  return out.join('\n\n');
}
