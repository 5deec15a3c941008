// Evidence from the article itself about what a capitalised word is. A word
// that the article uses as a person's name — after an honorific ("Mr Jorden",
// "Sgt. Kurdi"), before a speech verb ("Jorden said"), or as the surname in a
// given-name + surname pair the name lists know ("Al Jorden", "Tima Kurdi") —
// is a name, not a slip of a country or a place.
import type { Atom } from '../text/atoms';
import type { Block } from './context';
import { foldWord } from './knownNames';
import { editDistance } from './editDistance';
import { foldKey, type EntityRegistry } from './registry';
import { isTitleWord } from './titles';

/** Honorifics and rank abbreviations that only ever stand before a person's name. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'fr', 'sgt', 'sergeant', 'supt', 'superintendent',
  'insp', 'inspector', 'det', 'detective', 'cpl', 'corporal', 'pte', 'private', 'capt', 'captain', 'lt', 'col', 'gen', 'maj', 'cllr', 'councillor',
  'gov', 'governor', 'sen', 'senator', 'rep', 'hon', 'judge', 'justice', 'president', 'minister', 'chancellor', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'actor', 'actress', 'director', 'singer', 'rapper', 'musician', 'author', 'writer', 'chief', 'executive', 'ceo', 'founder',
  'brother', 'sister', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'aunt', 'uncle',
]);
/** True for a word that stands before a person's name without being part of it ("Coach", "Dr"). */
export function isHonorific(key: string): boolean {
  return HONORIFICS.has(key);
}
const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'tweeted', 'insisted', 'argued', 'warned', 'recalled', 'who']);
/** Words that stand between a speaker and the speech verb: "Häkkinen also said", "Ruto has said". */
const BEFORE_SPEECH = new Set(['also', 'later', 'then', 'again', 'previously', 'recently', 'has', 'had', 'once', 'further', 'separately']);

/** True when atom i is used as a person's name: after an honorific, before a speech verb or "who", after a given name. */
export function personUse(atoms: Atom[], i: number, registry: EntityRegistry): boolean {
  const a = atoms[i];
  const prev = i > 0 && a.gap !== 'break' ? atoms[i - 1] : undefined;
  const next = atoms[i + 1] && atoms[i + 1].gap !== 'break' ? atoms[i + 1] : undefined;
  if (prev && HONORIFICS.has(prev.key)) return true;
  if (speechAfter(atoms, i)) return true;
  // A given name before it that the name lists know ("Al Jorden"), not a title or a place word.
  if (prev && prev.capitalized && !prev.sentenceStart && !isTitleWord(prev.key) && !registry.countryParts.has(prev.key)) {
    if (registry.known.wordSource(prev.base) && !(next && next.capitalized)) return true;
  }
  return false;
}

/** A speech verb after the word ending a name at `i` ("… said", "… also told", "…, who"). */
export function speechAfter(atoms: Atom[], i: number): boolean {
  const next = atoms[i + 1] && atoms[i + 1].gap !== 'break' ? atoms[i + 1] : undefined;
  if (next && !next.capitalized && SPEECH.has(next.key)) return true;
  const then = atoms[i + 2];
  if (next && !next.capitalized && BEFORE_SPEECH.has(next.key) && then && then.gap === ' ' && SPEECH.has(then.key) && then.key !== 'who') return true;
  // ", who" / ", she said" after the word: a comma is a break, so look at the raw neighbour.
  return atoms[i + 1] !== undefined && atoms[i + 1].key === 'who';
}

/** Accent-folded words the article uses as people's names somewhere. */
export function personNamesIn(blocks: readonly Block[], registry: EntityRegistry): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    const atoms = b.atoms;
    for (let i = 0; i < atoms.length; i++) {
      if (!atoms[i].capitalized || atoms[i].base.length < 3) continue;
      if (personUse(atoms, i, registry)) out.add(foldWord(atoms[i].base));
    }
  }
  return out;
}

/**
 * True when the article writes `word` (accent-folded) right after a given name the name lists
 * know that is not `given` nor near it ("Richard Pzena"): someone else's surname.
 */
export function namedWithOtherGiven(blocks: readonly Block[], registry: EntityRegistry, word: string, given: string): boolean {
  for (const b of blocks) {
    const atoms = b.atoms;
    for (let i = 1; i < atoms.length; i++) {
      const a = atoms[i];
      if (!a.capitalized || foldWord(a.base) !== word || !afterKnownGivenName(atoms, i, registry)) continue;
      if (editDistance(foldKey(atoms[i - 1].key), given, 2) > 2) return true;
    }
  }
  return false;
}

/**
 * True when atom i follows, across a space, a capitalised word the name lists know as a name
 * and that is no title, honorific or country's word: a given name ("Karl Jakobs", "Richard Pzena").
 */
export function afterKnownGivenName(atoms: readonly Atom[], i: number, registry: EntityRegistry): boolean {
  const prev = atoms[i - 1];
  if (!prev || atoms[i].gap !== ' ' || !prev.capitalized || prev.base !== prev.text) return false;
  if (isTitleWord(prev.key) || isHonorific(prev.key) || registry.countryParts.has(prev.key)) return false;
  return registry.known.wordSource(prev.base) === 'name';
}

/** How often each capitalised word, and each pair of adjacent ones, occurs in the article (accent-folded keys). */
export function wordPairsIn(blocks: readonly Block[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) {
    const atoms = b.atoms;
    for (let i = 0; i < atoms.length; i++) {
      if (!atoms[i].capitalized) continue;
      const one = foldWord(atoms[i].base);
      out.set(one, (out.get(one) ?? 0) + 1);
      if (i + 1 >= atoms.length || !atoms[i + 1].capitalized || atoms[i + 1].gap === 'break') continue;
      const k = `${foldWord(atoms[i].base)} ${foldWord(atoms[i + 1].base)}`;
      out.set(k, (out.get(k) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * True when the words in lower case from `k` (a noun or two: "writer", "crime writer") run straight
 * into a capitalised name: the apposition introduces that name, the next of a list ("the Nigerian
 * novelist Ayọ̀bámi Adébáyọ̀, the American writer Kiley Reid"), not the name before the comma.
 */
export function introducesNext(atoms: readonly Atom[], k: number): boolean {
  let j = k;
  while (j < atoms.length && j - k < 2 && atoms[j].gap === ' ' && !atoms[j].capitalized && !CLAUSE_WORDS.has(atoms[j].key)) j++;
  return j > k && j < atoms.length && atoms[j].gap === ' ' && atoms[j].capitalized;
}
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom', 'and', 'or', 'of', 'in', 'at', 'for', 'from', 'with', 'said', 'says']);

/** "-based" or "-headquartered" joined to the town before it ("Muscat-based", "Hyderabad-headquartered"). */
export function basedSuffix(atom: Atom | undefined): boolean {
  return atom !== undefined && atom.gap === '-' && (atom.key === 'based' || atom.key === 'headquartered');
}
