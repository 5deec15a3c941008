// Which recognised names See also may count and show: only entities an article
// names unambiguously. The entity engine reports every mention with its strength
// (NameChecker.mentionsIn); this keeps full names, acronyms and short forms anchored
// by a full name in the same article, and drops what could be someone else:
// a surname or given name alone ("May", "Williams", "John"), a word inside a longer
// capitalised name ("Jersey" in "New Jersey"), adjectives ("American"), and
// calendar words, which are names of people or places only by accident.
import type { EntityMention } from '../entities/nameChecker';

/**
 * Weekdays and months (English, with the usual abbreviations). A closed set of the
 * language, like the stop words, not knowledge about particular names.
 */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** True when a mention names its entity unambiguously enough to be counted and shown. */
export function isFirmMention(m: EntityMention): boolean {
  if (m.strength !== 'full' && m.strength !== 'anchored') return false;
  if (m.inLongerName) return false;
  const word = m.text.replace(/['’]s$/, '').toLowerCase();
  return !CALENDAR_WORDS.has(word);
}

/** Ids of the entities a text names firmly, in order of first firm mention. */
export function firmEntityIds(mentions: readonly EntityMention[]): string[] {
  const ids = new Set<string>();
  // A short form counts only where a full form of the same entity is itself firm.
  const firmFull = new Set(mentions.filter((m) => m.strength === 'full' && isFirmMention(m)).map((m) => m.id));
  for (const m of mentions) if (isFirmMention(m) && firmFull.has(m.id)) ids.add(m.id);
  return [...ids];
}

/** `namesOf` for SeeAlsoIndex from anything that reports mentions (NameChecker). */
export function seeAlsoNamesOf(engine: { mentionsIn(text: string): EntityMention[] }): (text: string) => string[] {
  return (text) => firmEntityIds(engine.mentionsIn(text));
}
