// Two neighbouring letters swapped in a name the lists know ("Bobrovksy" for Bobrovsky,
// "Slingbsy" for Slingsby): the whole news-scale lists attract this one slip, people too
// obscure to attract otherwise included, because the evidence is in the word itself. It
// must be a word no list or dictionary knows, one neighbour-swap from a name word or census
// name, and the swap must turn a letter cluster names avoid into one they use: the letter
// model (KnownNames.letterShape) must find the known spelling far likelier than the written
// one. Real names nobody lists ("Etxeberria", "Mahsa") fail that test.
import { matchCase, type Atom } from '../../text/atoms';
import { withPossessive, type Block, type CheckContext, type PendingFinding } from '../context';
import { foldKey } from '../registry';
import { foldWord } from '../knownNames';
import { INSTITUTION_KINDS } from '../bodyWords';

/**
 * How much likelier (natural log) the known spelling must look than the written one. On 400,000
 * words of real and clean copy no correct name reaches 5 (the highest, "Etxeberria" against
 * "Exteberria", 4.4); slips score 6 to 13 ("Swizterland" 6.1, "Bobrovksy" 12.7).
 */
export const SWAP_SHAPE_GAIN = 6;

/**
 * A long word (LONG_SWAP letters or more) one neighbour-swap from a word of a real name (not a
 * census-only name) is a slip whatever the letter model says, unless the written spelling looks
 * far likelier (LONG_SWAP_FLOOR): on 400,000 words of real and clean copy every unknown word of
 * seven letters or more one swap from such a name word was a slip ("Hermoine", "Klistchko"),
 * or a name written twice ("Etxeberria") or inside a longer one ("Teresian College"), which the
 * check leaves alone; at six letters real names are ("Haseeb"/"Hasebe", "Hanoun").
 */
export const LONG_SWAP = 7;
export const LONG_SWAP_FLOOR = -4;

/**
 * The word's best neighbour-swap that the lists know as a name, with how much likelier it looks
 * (`long`: found by length and a real name's word, not by the letter model alone).
 */
export function swappedLetterFix(word: string, reg: CheckContext['registry']): { fixed: string; gain: number; long?: boolean } | undefined {
  const key = word.toLowerCase();
  let best: { fixed: string; gain: number; long?: boolean } | undefined;
  // Not the first letter: typos rarely touch it, and an initial swapped makes another name.
  for (let i = 1; i + 1 < word.length; i++) {
    if (key[i] === key[i + 1]) continue;
    const fixed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const source = reg.known.wordSource(fixed);
    if (!source) continue;
    const gain = reg.known.letterShape(fixed) - reg.known.letterShape(word);
    const long = gain < SWAP_SHAPE_GAIN && word.length >= LONG_SWAP && source === 'name' && gain >= LONG_SWAP_FLOOR;
    if ((gain >= SWAP_SHAPE_GAIN || long) && (!best || gain > best.gain)) best = long ? { fixed, gain, long } : { fixed, gain };
  }
  return best;
}

/** Words before "by" in a credit line: "Reporting by", "Editing by", "Photo by". */
const CREDITS = new Set(['reporting', 'editing', 'writing', 'written', 'photo', 'photos', 'photograph', 'photography', 'video', 'graphics', 'compiled', 'additional', 'produced', 'edited', 'reported']);

/** Atom i is a name in a credit line: "by" within the three words before it, after a credit word. */
function inCredit(atoms: readonly Atom[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 3; j--) if (atoms[j].key === 'by' && CREDITS.has(atoms[j - 1].key)) return true;
  return false;
}

/** How often `word` occurs in the text as a whole word, counted up to `max`. */
function timesWritten(text: string, word: string, max: number): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < max; at = text.indexOf(word, at + word.length)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) n++;
  }
  return n;
}

/** True when `word` occurs at least twice in the text, as a whole word. */
function writtenTwice(text: string, word: string): boolean {
  return timesWritten(text, word, 2) >= 2;
}

/**
 * True when the text writes, as a whole word, the start of `word` (four letters or more) that
 * `word` extends by an ending of one to three letters: a Slavic, Baltic or Finnic name inflected
 * ("Drniški" of Drniš, "Tartus" of Tartu), not a slip of another name.
 */
function inflectionOfWritten(text: string, word: string): boolean {
  for (let cut = word.length - 1; cut >= Math.max(4, word.length - 3); cut--) if (timesWritten(text, word.slice(0, cut), 1) > 0) return true;
  return false;
}

/**
 * The longest word this check reads: each of a word's swaps is a lookup and a letter-model score
 * of the whole word, so a hostile run of letters (a pasted hash, 60,000 letters) must not be
 * read (the longest place name in common use, Llanfairpwllgwyngyll's full form, is 58 letters).
 */
const LONGEST_NAME_WORD = 64;

/** True when one to three capitalised words after atom i end in a word for an institution or a venue. */
function namesInstitution(atoms: readonly Atom[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < atoms.length && atoms[j].gap === ' ' && atoms[j].capitalized; j++) if (INSTITUTION_KINDS.has(atoms[j].key)) return true;
  return false;
}

/** A capitalised word nobody knows, written in ordinary letters: the only kind this check reads. */
function candidate(a: Atom, reg: CheckContext['registry']): boolean {
  if (!a.capitalized || a.base.length < 5 || a.base.length > LONGEST_NAME_WORD || a.base === a.base.toUpperCase() || !/^\p{L}+$/u.test(a.base)) return false;
  if (reg.knownKeys.has(a.key) || reg.foldedKeys.has(foldKey(a.key)) || reg.isAccepted(a.base)) return false;
  if (reg.ordinaryWords.has(a.key) || reg.ordinaryWords.has(foldKey(a.key))) return false;
  return !reg.known.wordSource(a.base);
}

export function findSwappedLetters(ctx: CheckContext, block: Block, flagged: ReadonlySet<number>): PendingFinding[] {
  const out: PendingFinding[] = [];
  const { atoms } = block;
  const reg = ctx.registry;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (flagged.has(i) || block.mentionAt[i] || !candidate(a, reg)) continue;
    // A part of a hyphenated name belongs to that name's own spelling ("Abu-Bakr").
    if (a.gap === '-' || atoms[i + 1]?.gap === '-') continue;
    const found = swappedLetterFix(a.base, reg);
    if (!found) continue;
    // (Found by length alone, a word before another capitalised one is part of a longer name: "Teresian College".)
    if (found.long && atoms[i + 1] && atoms[i + 1].gap === ' ' && atoms[i + 1].capitalized) continue;
    // (And any word before capitalised words that end in a venue's or an institution's word names
    // that place, a brand's spelling and all: "the Gtech Community Stadium".)
    if (namesInstitution(atoms, i)) continue;
    // (Or written again in the paragraph, or in a credit line: "(Reporting by Iker Etxeberria; Editing by …)"
    // names the newsroom's own staff, whose spelling the byline gives.)
    if (found.long && (writtenTwice(ctx.text, a.base) || inCredit(atoms, i))) continue;
    // (A name the article writes with an ending added is that name inflected: "Drniš … Drniški pršut".)
    if (inflectionOfWritten(ctx.text, a.base)) continue;
    const fix = withPossessive(a.text, a.base, matchCase(a.base, found.fixed));
    out.push({
      start: a.start,
      end: a.end,
      code: 'near-miss',
      severity: 'warning',
      message: `“${a.base}” looks like a misspelling of ${found.fixed}: two letters swapped in a name the name lists know.`,
      suggestions: [fix],
      text: a.text,
      // Written the same way twice or more, it is a name of its own, not a slip.
      unlessRepeated: foldWord(a.base),
    });
  }
  return out;
}
