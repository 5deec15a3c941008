// Evidence from the article's own words about whether a capitalised word is a slip of a
// known name: what the other items of its list are, whether a country is used as an
// attribute of a body's name, whether a dropped letter in a long town name is a slip of the
// hand. Small predicates the near-miss and consistency checks call with a line each.
import type { Atom } from '../../text/atoms';
import { isTransposition } from '../../text/keyboard';
import type { Block, CheckContext } from '../context';
import { collapseDoubles, isConnector } from '../registry';
import type { EntityRecord } from '../types';

/**
 * True when atom k is a country named by its own name ("Australia"), as in "the Australia
 * Liberal Party": a country written attributively before a body's words is a description,
 * not a slip of the body's adjective form ("Australian Liberal Party"), whichever is usual.
 */
export function countryAttributive(block: Block, k: number): boolean {
  const m = block.mentionAt[k];
  return m !== undefined && m.form.entity.kind === 'country' && (m.form.role === 'name' || m.form.role === 'short' || m.form.role === 'alias');
}

/**
 * True when atom i is an item of a list ("Kathmandu, Pokhara and Biratnagar") another item
 * of which is a place the knowledge base or the lists know: then a place is expected here too.
 * (The opposite of nearMiss's listOfNames, which keeps names among names.)
 */
export function placeListItem(text: string, block: Block, i: number, reg: CheckContext['registry']): boolean {
  const { atoms } = block;
  const sep = (x: number, y: number) => text.slice(atoms[x].end, atoms[y].start);
  const items: number[] = [];
  // The item before: ", X" or "X and" with X the last word of a capitalised run.
  if (i > 0 && atoms[i - 1].capitalized && /^,\s+$/.test(sep(i - 1, i))) items.push(i - 1);
  if (i > 1 && atoms[i - 1].key === 'and' && atoms[i - 2].capitalized && /^,?\s+$/.test(sep(i - 2, i - 1)) && /^\s+$/.test(sep(i - 1, i))) items.push(i - 2);
  // The item after: ", X" or "and X".
  if (i + 1 < atoms.length && atoms[i + 1].capitalized && /^,\s+$/.test(sep(i, i + 1))) items.push(i + 1);
  if (i + 2 < atoms.length && atoms[i + 1].key === 'and' && atoms[i + 2].capitalized && /^,?\s+$/.test(sep(i, i + 1)) && /^\s+$/.test(sep(i + 1, i + 2))) items.push(i + 2);
  return items.some((k) => placeAtom(block, k, reg));
}

/** A place or country the knowledge base names at atom k, or a one-word place of the lists standing alone there. */
function placeAtom(block: Block, k: number, reg: CheckContext['registry']): boolean {
  const m = block.mentionAt[k];
  if (m) return m.form.entity.kind === 'place' || m.form.entity.kind === 'country';
  const a: Atom = block.atoms[k];
  return !a.sentenceStart && reg.known.wordSource(a.base) === 'name' && reg.known.isPlace(a.base);
}

/**
 * A letter (consonant or vowel) dropped from a long town name, keeping the rest in order
 * ("Llandudo" for Llandudno): in a name of eight letters or more that is a slip of the hand,
 * rarely another town's name (and any town the lists know shields its own name).
 */
export function longNameDrop(written: string, known: string): boolean {
  if (known.length < 8 || collapseDoubles(written) === collapseDoubles(known)) return false;
  return letterDroppedInside(written, known);
}

/**
 * True when `written` is `known` with one letter dropped that is neither its first nor its last
 * ("Llandudo" for Llandudno, "Carman" for Caraman): "Boston"/"Bostonia" endings and initials are
 * other names.
 */
export function letterDroppedInside(written: string, known: string): boolean {
  if (written.length !== known.length - 1) return false;
  let p = 0;
  while (p < written.length && written[p] === known[p]) p++;
  return p > 0 && p < known.length - 1 && known.slice(p + 1) === written.slice(p);
}

/**
 * A short word at a sentence's start that is a slip of the hand (a doubled letter written
 * once, two neighbours swapped) of a name the article writes twice or more, once in full
 * after a given name ("Tricia Tuttle" … "Tuttle said" … "Tutle also addressed"): the name's.
 * (Elsewhere a short capitalised word opening a sentence may be anything.)
 */
export function sentenceStartSlip(rare: string, often: string, oftenUses: ReadonlyArray<{ given?: string; known?: boolean }>): boolean {
  // (Once is enough for a curated person's name in full: the knowledge vouches for its spelling.)
  if ((oftenUses.length < 2 && !oftenUses.some((u) => u.known === true && u.given !== undefined)) || !oftenUses.some((u) => u.given !== undefined) || rare.length < 4) return false;
  const a = rare.toLowerCase();
  const b = often.toLowerCase();
  return a[0] === b[0] && a !== b && (isTransposition(a, b) || (collapseDoubles(a) === collapseDoubles(b) && Math.abs(a.length - b.length) === 1));
}

/**
 * True when atom k names by its own name the country `countryId` is: a body's words after
 * its own country written attributively ("Australia Liberal Party" for the Liberal Party of
 * Australia) are the body's name reordered, not a translation gone wrong.
 */
export function ownCountryLeads(block: Block, k: number, countryId: string | undefined): boolean {
  return countryId !== undefined && countryAttributive(block, k) && block.mentionAt[k]!.form.entity.id === countryId;
}

/** Words that open a sentence without being anyone's given name, whatever the census lists. */
const SENTENCE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'when', 'while', 'if', 'as', 'then', 'now', 'after', 'before', 'since', 'although', 'though', 'because', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'to', 'of', 'the', 'a', 'an', 'this', 'that', 'still', 'also', 'however', 'meanwhile', 'only', 'even', 'until', 'once', 'will', 'may', 'said', 'says']);

/**
 * A sentence's first word that the name lists know as a name and that is no ordinary opener
 * ("Alexander Gagay, who took third place"): the given name of the word after it.
 */
export function givenNameAtStart(a: Atom, reg: CheckContext['registry']): boolean {
  return !SENTENCE_OPENERS.has(a.key) && !reg.ordinaryWords.has(a.key) && reg.known.wordSource(a.base) !== undefined;
}

/** True when atoms first…last are followed by "(XYZ)", their own initials, which the entity is not known by. */
export function ownAcronymAfter(text: string, atoms: Atom[], first: number, last: number, entity: EntityRecord): boolean {
  const bracket = /^\s*\(([A-Z]{2,8})\)/.exec(text.slice(atoms[last].end, atoms[last].end + 12));
  if (!bracket) return false;
  const initials = atoms
    .slice(first, last + 1)
    .filter((a) => !isConnector(a.key))
    .map((a) => a.text[0].toUpperCase())
    .join('');
  return initials === bracket[1] && !(entity.acronyms ?? []).some((x) => x.replace(/\./g, '') === initials);
}

/** A capitalised word (not a sentence's first) right before atom i: the name there is part of a longer one. */
export function capitalBefore(atoms: Atom[], i: number): boolean {
  return i > 0 && atoms[i].gap === ' ' && !atoms[i].sentenceStart && atoms[i - 1].capitalized && !atoms[i - 1].sentenceStart;
}
