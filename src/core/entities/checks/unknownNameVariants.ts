// Names the knowledge base does not know can still be inconsistent inside one
// article: "Jae-myung" three times and "Jae-myeong" once, "Okonkwo" and
// "Okonkow". The spelling used more often wins; where both are written once, the
// evidence decides (a full name the lists know, a name the lists know against a
// word no list knows), and without evidence both are flagged, each offering the
// other. Accents, plurals and vowel swaps between different people are left alone.
import { editDistance } from '../editDistance';
import { collapseDoubles, foldKey, isConnector } from '../registry';
import type { Block, CheckContext, Mention } from '../context';
import { isHonorific, personUse, speechAfter } from '../evidence';
import type { Finding } from '../types';
import { isTitleWord } from '../titles';
import { MONTHS, WEEKDAYS } from '../../text/calendar';
import { letterDroppedInside, sentenceStartSlip } from './slipEvidence';
import { isSwapAcross, isTransposition } from '../../text/keyboard';
import { INSTITUTIONS } from './consistency';
import { keysTouch, singleChange } from '../../text/keyboard';
import { quoteAround } from '../../text/quotes';
import { englishVariants } from '../../text/spellingVariants';

interface Use {
  text: string;
  start: number;
  end: number;
  midSentence: boolean;
  /** The capitalised word before it (a given name, perhaps). */
  given?: string;
  /** A capitalised word follows: then this word is a given name or part of a longer name. */
  followed: boolean;
  /** That word, lower-cased. */
  next?: string;
  /** The article uses it as a person's name here (after "Mr", before "said", …), or it is a curated person's. */
  person: boolean;
  /** The article itself uses it as a person's name here (after "Mr", before "said", …). */
  speaks?: boolean;
  /** Listed in the front matter (tags): attests a spelling, is never flagged. */
  meta?: boolean;
  /** Mid-sentence with no capitalised word or article beside it: a name standing alone ("than Leech,"). */
  bare?: boolean;
  /** Inside a run of three capitalised words or more: part of a longer name ("the Liam MacCarthy Cup"). */
  inRun?: boolean;
  /** Before an institution's word: the institution's name, with its own spelling ("Prince of Songkla University"). */
  institution?: boolean;
  /** A word of a curated person's name: a spelling the knowledge vouches for, never flagged here. */
  known?: boolean;
  /** No capitalised word right before it (or it opens the sentence): a surname written without a given name. */
  lone?: boolean;
  /** The curated person a one-word use names ("Prevost" for Pope Leo XIV). */
  entity?: string;
  /** Where its paragraph starts (-1 in the front matter). */
  para?: number;
  /** The capitalised word right before it where it ends a name of two words or more, lower-cased ("hill" in "the Hill Country"). */
  head?: string;
  /** That word opens the sentence. */
  headOpens?: boolean;
  /** Right after an honorific ("Ms Smyth"): a person the article has introduced, referred to again. */
  honorific?: boolean;
  /** Written with its Arabic article in lower case ("al-Sheikh"), keyed with a capital: a fix keeps the lower case. */
  lowerArticle?: boolean;
  /** Before a middle initial ("Glenn H. Curtiss"): a given name. */
  beforeInitial?: boolean;
}

/** Months and days of the week, lower-cased. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** How many pairs of spellings one article may compare (a 100,000-word document needs a small part of it). */
export const PAIR_BUDGET = 200_000;

/**
 * What one block holds for these comparisons, offsets relative to the block: worked out once per
 * block (a recheck after a keystroke re-reads only the paragraph that changed). Keyed by the
 * block's mentions, which are the checker's own for that paragraph and that knowledge.
 */
interface BlockScan {
  /** Capitalised words that may be names, with how this block uses each. */
  uses: Array<[string, Use]>;
  /** The block's words in lower case (a word written in lower case is no name). */
  lower: string[];
  particles: ParticleUse[];
  capitals: Array<{ word: string; start: number; end: number }>;
  pairs: Array<[string, PairUse]>;
  /** The uses at their place in the article, for the block's last start (see placedUses). */
  placed?: { at: number; uses: Array<[string, Use]> };
}
const scans = new WeakMap<readonly Mention[], BlockScan>();

function scanOf(block: Block, ctx: CheckContext): BlockScan {
  let scan = scans.get(block.mentions);
  if (!scan) {
    scan = { uses: scanUses(block, ctx), lower: [...new Set(block.atoms.filter((a) => !a.capitalized).map((a) => a.key))], particles: scanParticles(block, ctx), capitals: scanCapitals(block), pairs: scanPairs(block) };
    scans.set(block.mentions, scan);
  }
  return scan;
}

/**
 * The block's uses with their offsets in the article (`at`: where the block starts), made once
 * per place: after a keystroke most blocks have not moved, and the copies are reused.
 */
function placedUses(scan: BlockScan, at: number): Array<[string, Use]> {
  if (scan.placed?.at !== at) scan.placed = { at, uses: scan.uses.map(([text, u]): [string, Use] => [text, { ...u, start: u.start + at, end: u.end + at, para: at }]) };
  return scan.placed.uses;
}

/** The block's text from `from` (relative) for at most `length` characters, never past the block's end. */
function blockSlice(block: Block, ctx: CheckContext, from: number, length: number): string {
  return ctx.text.slice(block.start + from, Math.min(block.start + from + length, block.end));
}

function scanUses(block: Block, ctx: CheckContext): Array<[string, Use]> {
  const out: Array<[string, Use]> = [];
  const reg = ctx.registry;
  const { atoms } = block;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    // An Arabic article in lower case joined to a name is part of it, and the same name as the one
    // that opens a sentence with a capital ("Hussein al-Sheikh" … "Al-Sheikh, 64, was chosen").
    const article = !a.capitalized && ARABIC_ARTICLES.has(a.key) && i + 1 < atoms.length && atoms[i + 1].gap === '-' && atoms[i + 1].capitalized;
    if (!a.capitalized && !article) continue;
    // Names the curated knowledge holds are checked elsewhere; the lists' names are compared here too,
    // and so is a curated place's or body's one-word name used as someone's ("Tony Douglas", "Douglas said").
    const m = block.mentionAt[i];
    const personal =
      m !== undefined && m.first === m.last && m.form.entity.kind !== 'person' && m.form.entity.kind !== 'country' && (personUse(atoms, i, reg) || givenNameBefore(block, i, ctx) !== undefined);
    // A curated person's words are compared too, as the usual spelling only ("Jack Leach" … "than Leech").
    const curatedPerson = m !== undefined && !reg.isListed(m.form.entity) && m.form.entity.kind === 'person' && m.form.role !== 'wrong';
    if ((m && !reg.isListed(m.form.entity) && !personal && !curatedPerson) || (i > 0 && atoms[i].gap === '-')) continue;
    // A hyphenated name is one unit ("Jae-myung").
    let j = i;
    while (j + 1 < atoms.length && atoms[j + 1].gap === '-' && atoms[j].base === atoms[j].text) j++;
    const start = a.start;
    const end = atoms[j].end;
    const written = blockSlice(block, ctx, start, end - start).replace(/['’]s$/, '');
    const text = article ? written[0].toUpperCase() + written.slice(1) : written;
    if (text.length < 4 || /\d/.test(text) || text === text.toUpperCase() || CREDIT_RATING.test(text)) continue;
    // A word of land and water that ends a place's name after another word is no one's surname:
    // "Maria Island", "Phillip Island", "Margaret River" (compared, "Island" was read as Maria's).
    if (j === i && FEATURE_WORDS.has(a.key) && i > 0 && atoms[i - 1].capitalized && a.gap === ' ') continue;
    // (A hyphenated surname has its given name before it too: "Nat Sciver-Brunt".)
    const given = givenNameBefore(block, i, ctx);
    // (A word of four letters only as a surname after its given name: "Hapiloe Selo" beside Hapiloe Sello.)
    // (Or speaking as someone the article introduced: "Vogl said" after Johannes Vogel.)
    if (text.length < 5 && given === undefined && !personUse(atoms, i, reg)) continue;
    const after = atoms[j + 1];
    const followed = !!after && after.gap === ' ' && after.capitalized && !/['’]s$/.test(atoms[j].text);
    // (A sentence's first word in lower case elsewhere is no given name: "For Thompson, the
    // competition is welcome" writes the surname alone.)
    const opener = i > 0 && a.gap !== 'break' ? atoms[i - 1] : undefined;
    const prev = opener?.sentenceStart && opener.capitalized && FUNCTION_WORDS.has(opener.key) && !ARTICLES.has(opener.key) ? { ...opener, capitalized: false } : opener;
    // (Or a sentence's subject described after a comma: "Douglass, a Briton who …", "Schmitt, whose office …".)
    const described = a.sentenceStart && /^,\s+(a|an|who|whose)\s/.test(blockSlice(block, ctx, atoms[j].end, 8));
    const bare = !followed && j === i && (described || (!a.sentenceStart && (!prev || (!prev.capitalized && !ARTICLES.has(prev.key)))));
    const inRun = followed && !!prev && prev.capitalized && !prev.sentenceStart && j === i;
    // (A surname's particle opening the sentence goes with it: "De Bole said" writes the surname alone.)
    const lone = a.sentenceStart || !prev || !prev.capitalized || (prev.sentenceStart && a.gap === ' ' && PARTICLES.has(prev.key));
    // (Or the subject of a speech verb after an aside: "Lezcano, campaigning in Arequipa, said".)
    // (A hyphenated name speaks after its last part: "Nandi-Ndaitwa told".)
    const speaks = personUse(atoms, i, reg) || (j > i && speechAfter(atoms, j)) || (!followed && SPEAKS_AFTER_ASIDE.test(blockSlice(block, ctx, end, 90)));
    const institution = followed && INSTITUTIONS.has(after.key);
    const beforeInitial = followed && /^\p{Lu}$/u.test(after.base) && blockSlice(block, ctx, after.end, 1) === '.';
    const head = !followed && j === i && prev !== undefined && a.gap === ' ' && prev.capitalized ? prev.key : undefined;
    out.push([text, { text, start, end: start + text.length, midSentence: !a.sentenceStart, given, followed, ...(followed ? { next: after.key } : {}), person: speaks || curatedPerson, speaks, bare, inRun, institution, known: curatedPerson, lone, ...(curatedPerson && m.first === m.last ? { entity: m.form.entity.id } : {}), ...(head !== undefined ? { head, headOpens: prev!.sentenceStart } : {}), ...(prev !== undefined && a.gap === ' ' && isHonorific(prev.key) ? { honorific: true } : {}), ...(article ? { lowerArticle: true } : {}), ...(beforeInitial ? { beforeInitial: true } : {}) }]);
    i = j;
  }
  return out;
}

export function findUnknownNameVariants(ctx: CheckContext): Finding[] {
  const uses = new Map<string, Use[]>();
  const lowerWords = new Set<string>();
  const reg = ctx.registry;
  for (const block of ctx.blocks) {
    const scan = scanOf(block, ctx);
    for (const w of scan.lower) lowerWords.add(w);
    for (const [text, use] of placedUses(scan, block.start)) {
      const list = uses.get(text);
      if (list) list.push(use);
      else uses.set(text, [use]);
    }
  }
  // Names the front matter lists attest their spelling ("tags: [Leopardstown]"); they are never flagged.
  for (const block of ctx.metadata ?? []) {
    for (const a of block.atoms) {
      const text = a.base;
      if (!a.capitalized || text.length < 5 || /\d/.test(text) || text === text.toUpperCase()) continue;
      const use = { text, start: -1, end: -1, midSentence: true, given: undefined, followed: false, person: false, meta: true };
      const list = uses.get(text);
      if (list) list.push(use);
      else uses.set(text, [use]);
    }
  }
  // Curated people the article names in full somewhere: their bare surname means them.
  const namedInFull = new Set<string>();
  for (const block of ctx.blocks) for (const m of block.mentions) if (m.last > m.first && m.form.entity.kind === 'person') namedInFull.add(m.form.entity.id);
  const out: Finding[] = [];
  // English words are not names; words only name lists vouch for still are ("Boland"), and so is a
  // word with a capital inside it ("MacIntosh" is a name, whatever a macintosh is).
  const english = (t: string) => reg.ordinaryWords.has(t.toLowerCase()) && !reg.namesOnlyWords.has(t.toLowerCase()) && !/\p{Ll}\p{Lu}/u.test(t);
  // (A word of a curated name is the other checks' where it names its entity alone; a word many
  // bodies' names share is compared here too: "Manufacturers" of the National Association of Manufacturers.)
  const curatedName = (key: string) => reg.curatedKeys.has(key) && reg.nameTokens.get(key)?.standalone !== false;
  // (A word of a curated name written once, bare, where it names no one the article introduces,
  // is compared too: "For Thompson, the competition is welcome" after "Mark Thomson". See strayPerson.)
  const strayBare = (u: Use[]) => u.length === 1 && u[0].bare === true && u[0].lone === true && (u[0].entity === undefined ? !u[0].known : !namedInFull.has(u[0].entity));
  // (So is one in the possessive, opening a sentence, "Nagel's comments came" after "Gary Nagle": see vouchedSurnameSlip.)
  const strayPossessive = (u: Use[]) => u.length === 1 && u[0].lone === true && u[0].entity !== undefined && !namedInFull.has(u[0].entity) && possessiveAfter(ctx, u[0]);
  const names = [...uses.keys()].filter((t) => !lowerWords.has(t.toLowerCase()) && (!curatedName(t.toLowerCase()) || uses.get(t)!.some((x) => x.person) || strayBare(uses.get(t)!) || strayPossessive(uses.get(t)!)));
  const bodyStart = ctx.bodyStart ?? 0;
  // Spellings used at least twice, by first letter: the rare one is compared only with those.
  const common = new Map<string, string[]>();
  const folded = new Map<string, string>();
  for (const t of names) {
    const u = uses.get(t)!;
    // An English word counts as a name where the article uses it as one ("Mullins said").
    if (english(t) && !u.some((x) => x.person || x.given !== undefined)) continue;
    // Used twice, or once as a whole name the lists know ("Andrea Berta").
    // Or once in full with a given name, against which only a bare surname later is compared
    // (news style names a person in full, then by surname: "Jakob Ingebrigtsen" … "Ingebrigsten").
    // Or once, as a name the lists know, against a word no list knows ("Toulouse" … "Toulose").
    // (Or once as a person's, a long word no list knows: compared only with another such, below.)
    const attested = u.length >= 2 || u.some((x) => x.given !== undefined) || reg.known.wordSource(t) === 'name' || (t.length >= 8 && u.some((x) => x.person) && !reg.known.wordSource(t));
    // (Twice at a sentence's start in the body, a word no dictionary knows is a name too: "Hapag-Lloyd cut …
    // Hapag-Lloyd said"; the front matter's title repeats the headline, slips and all.)
    if (!attested || !(u.some((x) => x.midSentence || x.person) || (u.filter((x) => x.start >= bodyStart).length >= 2 && !reg.ordinaryWords.has(t.toLowerCase())))) continue;
    const list = common.get(initial(t));
    if (list) list.push(t);
    else common.set(initial(t), [t]);
    folded.set(t, foldKey(t));
  }
  const flaggedBoth = new Set<string>();
  // NOTE: the comparisons are pairs of spellings, so a hostile run of thousands of distinct
  // capitalised words (pasted data, a generated list) would cost their square; a real article,
  // even of 100,000 words, compares far fewer. Past the budget the rest are left unchecked.
  let budget = PAIR_BUDGET;
  comparing: for (const rare of names) {
    const rareUses = uses.get(rare)!;
    // At a sentence's start a short capitalised word may be anything; a long one is a name.
    // An English word written once as a bare name ("than Leech,") may be a slip of a person's name the
    // article uses three times or more (below); anywhere else it is the word.
    const rareEnglish = english(rare);
    // (An English word written as the surname after the given name of a person the article introduced
    // before it is that person's surname slipped, not the word: "Christiane Benner … Christiane Brenner told a rally".)
    const rareGivenName = rareUses[0].given;
    const afterSameGiven = (o: string) => rareGivenName !== undefined && reg.known.wordSource(rareGivenName) !== undefined && uses.get(o)!.some((x) => x.given === rareGivenName && x.start < rareUses[0].start && !x.meta);
    // (So is another curated person's surname the article never names in full: "Darragh O'Brien" …
    // "Darragh O'Brian said", whatever Katy O'Brian is.)
    const strayKnown = rareUses.length === 1 && rareUses[0].known === true && rareUses[0].entity !== undefined && !namedInFull.has(rareUses[0].entity);
    const sameGivenBefore = (rareEnglish || strayKnown) && rareGivenName !== undefined && (common.get(initial(rare)) ?? []).some((o) => o !== rare && afterSameGiven(o));
    // A famous person's bare surname the article never introduces ("Prevost said" in a story about
    // François Provost) is compared too, as an English word is: with a person named three times.
    const strayFamous = rareUses.length === 1 && rareUses[0].known === true && rareUses[0].entity !== undefined && !namedInFull.has(rareUses[0].entity) && rareUses[0].lone === true;
    if (rareUses.length !== 1 || rareUses[0].meta || (rareUses[0].known && !strayFamous && !sameGivenBefore) || (!rareUses[0].midSentence && !rareUses[0].person && rare.length < 6 && !(common.get(initial(rare)) ?? []).some((o) => sentenceStartSlip(rare, o, uses.get(o)!))) || reg.isAccepted(rare) || (rareEnglish && !rareUses[0].bare && !(rareUses[0].speaks && rareUses[0].lone) && !sameGivenBefore)) continue;
    if (flaggedBoth.has(rare)) continue;
    // A given name before a middle initial is a person's given name ("the Glenn H. Curtiss Museum"),
    // no slip of a surname or a place's word ("Watkins Glen").
    if (rareUses[0].beforeInitial) continue;
    // A month or a day of the week is the calendar's word ("peaks in September" beside the Rendez-Vous de Septembre).
    if (CALENDAR_WORDS.has(rare.toLowerCase())) continue;
    const rareThing = namesThing(ctx, rareUses[0]);
    const rareGiven = rareUses[0].given;
    if (rareGiven !== undefined && reg.known.hasName([rareGiven, rare])) continue; // a real person's name
    const rareSource = reg.known.wordSource(rare);
    const a = rare.toLowerCase();
    const rareFolded = foldKey(rare);
    for (const often of common.get(initial(rare)) ?? []) {
      if (often === rare || Math.abs(often.length - rare.length) > 2) continue;
      if (--budget < 0) break comparing;
      const oftenUses = uses.get(often)!;
      // "At the Elkano restaurant" in a story about Juan Sebastián Elcano: the one spelling names a
      // thing, the other only a person (where both name things, "the Brauer sale" beside "the Breuer
      // building", they are compared).
      if (rareThing && oftenUses.some((x) => x.given !== undefined) && !oftenUses.some((x) => namesThing(ctx, x))) continue;
      if (folded.get(often) === rareFolded) {
        // The same name with its marks lost or changed once, written with them twice or more: a slip
        // ("Željko Obradović" … "Obradovič"); lost once after the name was written with them in full, too
        // ("Draško Stanivuković" … "Stanivukovic said"). Marks added to a name written plain are left alone
        // ("Jaroslaw" twice, "Jarosław" once: the plain one is the slip, if any), and so are capitals.
        const lost = marksLost(rare, often);
        const changed = MARKED.test(rare) && MARKED.test(often) && rare.toLowerCase() !== often.toLowerCase();
        const twice = oftenUses.filter((x) => !x.meta).length >= 2;
        if (((lost || changed) && twice) || (lost && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start && !x.meta))) {
          out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
          break;
        }
        continue;
      }
      const b = often.toLowerCase();
      // Every slip below is two edits at most (a letter, two swapped, "-ee" for "-i") or doubled letters
      // written single: two words further apart are two names, and most pairs end here, cheaply.
      if (editDistance(a, b, 2) > 2 && collapseDoubles(a) !== collapseDoubles(b)) continue;
      // Against a curated person's name, a word no list knows is the near-miss check's ("Sholz"): here
      // only what that check lets pass, an English word or another real name ("Leech", "Douglass").
      // (A respelling by ear the near-miss check does not look for, "Karkee" for Karki, is compared here.)
      // (Nor does it take one known name for another: "Prevost" for Provost.)
      // (Nor a hyphenated name, nor a letter doubled or single where a letter added reads as an ending: "Kipyegonn".)
      // (A person known by one name alone, "Lalduhoma", has no surname for that check to compare: here it is.)
      // (Nor a surname several known people bear, which names none of them alone: "Pedro Acosta … Acotsa",
      // whatever Jim Acosta is; the near-miss check compares only words that name someone alone.)
      const mononym = oftenUses.some((x) => x.entity !== undefined && !/\s/.test(reg.entities.get(x.entity)?.name ?? ' '));
      // (Nor two letters with one between them swapped in a long name, "Baymarov" for Jeyhun Bayramov,
      // written as the one person the article introduced in full before it: here it is.)
      const swapAcross = a.length >= 7 && !rareSource && rareGiven === undefined && isSwapAcross(a, b) && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start);
      if (oftenUses.every((x) => x.known) && !mononym && !rareEnglish && !rareSource && !strayFamous && !respelt(a, b) && !comparedHere(rare, often, rareUses[0], reg) && collapseDoubles(a) !== collapseDoubles(b) && !swapAcross && !(strayKnown && afterSameGiven(often)) && reg.nameTokens.get(b)?.standalone !== false) continue;
      // "Koreans", "Petrov"/"Petrova" — but a doubled last letter is a slip ("Goodel"/"Goodell").
      // (Nor is a last consonant dropped from a long name, no ending of any language: "Kalundbor" for Kalundborg.)
      // (Nor an s added to the surname of the one person the article introduced, no list's name, where
      // it names a person, not a family: "Carole Delga … Delga said … Delgas, who is …", not "the Delgas".)
      const pluralSlip = a === `${b}s` && !rareSource && rareUses[0].lone === true && rareUses[0].person && oftenUses.length >= 2 && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start) && !/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, rareUses[0].start - 5), rareUses[0].start));
      // (Nor a silent e added to or dropped from the surname of a person the article introduced, where
      // the bare surname speaks: "Stephen Graham" … "Grahame said"; "Clark"/"Clarke", "Brown"/"Browne".)
      const silentE = (a === `${b}e` || b === `${a}e`) && rareGiven === undefined && rareUses[0].lone === true && rareUses[0].speaks === true && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start);
      // (Nor the last letter dropped from the long surname of the one person the article introduced in
      // full before it, where the shorter speaks alone: "President Netumbo Nandi-Ndaitwah …
      // Nandi-Ndaitwa told a business forum". An ending that makes another name, Petrov/Petrova,
      // comes with another given name; a transliteration of the same person is still two spellings in one article.)
      // (Speaking straight after the name: "Schmid, the referee, said nothing" introduces someone else.)
      const lastDropped =
        b.length === a.length + 1 && b.startsWith(a) && b.length >= 7 && rareGiven === undefined && rareUses[0].lone === true && SPEECH_NEXT.test(ctx.text.slice(rareUses[0].end, rareUses[0].end + 16)) &&
        new Set(oftenUses.map((x) => x.given).filter((g) => g !== undefined)).size === 1 && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start);
      if ((a.startsWith(b) || b.startsWith(a)) && collapseDoubles(a) !== collapseDoubles(b) && !lastConsonantDropped(a, b) && !pluralSlip && !silentE && !lastDropped) continue;
      // English spelled two ways is two words ("Aluminum Co of Canada" beside Alcan Aluminium), and so
      // is a word and its plural in -men where neither names a person ("a former Congressman" beside
      // "the Congressmen surveyed"; "Tufan Erhürman … Erhürmen said" is one person's name).
      if (englishVariants(a, b) || (manOrMen(a, b) && ![...rareUses, ...oftenUses].some((x) => x.given !== undefined))) continue;
      // Slips of the hand (swapped, dropped, added or doubled letters), not substitutions: two
      // different words a letter apart ("Prize", "Prime"; "Hansen", "Hanson") are both real.
      // (Or a k sound written another way, "Pasquale" for Pascale: judged below, as the one person's surname.)
      const byEar = a !== b && a.length >= 6 && soundKey(a) === soundKey(b);
      const slip = (a.length !== b.length && editDistance(a, b, 1) <= 1) || isTransposition(a, b) || collapseDoubles(a) === collapseDoubles(b) || respelt(a, b) || swapAcross || byEar;
      // A letter swapped for a non-English one is a local spelling ("Açores"/"Azores"), not a slip.
      const substitution = !slip && a.length === b.length && a.length >= 5 && editDistance(a, b, 1) <= 1 && asciiDifference(a, b);
      if (!slip && !substitution) continue;
      // A curated person named in full, then by a bare surname with two letters swapped or a doubled
      // letter single, used as theirs ("Gary Nagle told analysts … Nagel's comments came weeks
      // later"): the knowledge vouches for the full name's spelling, whoever else the lists know by the slip.
      if (vouchedSurnameSlip(ctx, a, b, rareUses[0], oftenUses, strayFamous)) {
        out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
        break;
      }
      // Points of the compass joined with or without a hyphen are one word in two house styles
      // ("South-East"/"Southeast"), no slip; a name's parts are not ("BluRay" beside "Blu-ray" five times).
      if (a.replace(/-/g, '') === b.replace(/-/g, '') && [a, b].some((w) => w.includes('-') && w.split('-').every((part) => COMPASS.has(part)))) continue;
      // (Respelt with another given name, it is another person: "Ravi Banerji" beside Mamata Banerjee.)
      if (respelt(a, b) && rareGiven !== undefined && !oftenUses.some((x) => x.given === rareGiven)) continue;
      // (So is a real surname written with a real given name the usual spelling never has: "Donald
      // Regan" in a story about Reagan, "Paul Hanson" beside Hansen.)
      if (rareGiven !== undefined && rareSource !== undefined && reg.known.wordSource(rareGiven) !== undefined && !oftenUses.some((x) => x.given === rareGiven)) continue;
      // Nor is a place the lists know, written without a given name, one letter from a word that names no
      // place and no curated person (no curated person's given name before it): "the three villages of Selva, Santa Cristina
      // and Ortisei" beside the Passo Sella ("Laporte" beside Joan Laporta is still compared).
      if (substitution && reg.known.isPlace(rare) && !reg.known.isPlace(often) && rareGiven === undefined && !oftenUses.some((x) => x.known === true || (x.given !== undefined && reg.personWords.has(foldKey(x.given))))) continue;
      // One changed letter is only a slip of a whole name, not of a word inside a longer one ("Horse Racing" / "House").
      if (substitution && (rareUses[0].followed || oftenUses.every((x) => x.followed))) continue;
      // Each the last word of a name whose first words differ, no person's, is two names, not one
      // written two ways: "the Hill Country" beside "Kerr County" twice.
      const rareHead = rareUses[0].head;
      // (Not after a sentence's first word, "Yesterday Ingebrigsten said", nor a title: "Mr Ingebrigsten".)
      if (rareHead !== undefined && rareGiven === undefined && !rareUses[0].headOpens && !isTitleWord(rareHead) && !rareUses[0].honorific && oftenUses.every((x) => x.head !== undefined && x.head !== rareHead)) continue;
      const givens = new Set(oftenUses.map((x) => x.given).filter((g): g is string => g !== undefined));
      // A surname after an honorific refers back to someone the article introduced ("Ms Smyth's push"):
      // a letter off the surname of the one person it named in full before, and no one named in full
      // with it, it is that person's, slipped, whoever else bears the name ("Danielle Smith" … "Ms Smyth").
      if (rareUses[0].honorific && rareGiven === undefined && givens.size === 1 && rare.length >= 5 && (slip || substitution) && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start)) {
        out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
        break;
      }
      // Inside a longer name the word is that name's ("the Liam MacCarthy Cup" beside "Darragh McCarthy"),
      // and so before an institution's word ("Prince of Songkla University" beside Songkhla).
      if ((rareUses[0].inRun && !oftenUses.some((x) => x.inRun)) || (rareUses[0].institution && !oftenUses.some((x) => x.institution))) continue;
      // So is a word of bodies' native names opening one ("the Comité Interprofessionnel de Gestion du
      // Comté" beside the cheese, Comté): a word of its language, not a slip of the name.
      if (rareUses[0].followed && !rareUses[0].person && reg.nativeWords.has(foldKey(a)) && !oftenUses.some((x) => x.next === rareUses[0].next)) continue;
      // So before a word no dictionary knows, where the usual spelling always stands alone: the two
      // words are a name of their own that may keep an older spelling ("Ringkjøbing Landbobank,
      // headquartered in Ringkøbing"). (A person's first name is read above: a given name is no such word.)
      if (rareUses[0].next !== undefined && !rareUses[0].person && !oftenUses.some((x) => x.followed || x.person) && !reg.ordinaryWords.has(rareUses[0].next) && !reg.known.wordSource(rareUses[0].next)) continue;
      if (rareGiven !== undefined) givens.add(rareGiven);
      // For one person, a given name must be one: a name the lists know, or the word before a
      // name the article uses as a person's ("Kevan Parekh said"), not "Irish Horse".
      const personGivens = new Set([...oftenUses, ...rareUses].filter((x) => x.person && x.given !== undefined).map((x) => x.given!));
      const realGivens = [...givens].filter((g) => reg.known.wordSource(g) !== undefined || personGivens.has(g));
      const oftenSource = reg.known.wordSource(often) ?? (reg.knownKeys.has(b) ? 'name' : undefined);
      // A bare surname the article never introduces, used as a person's ("Svoboda, who won silver"), one
      // consonant off a name it does introduce as a slip is (a key beside, a letter of the same sound:
      // "Swoboda"/"Svoboda", "Lescano"/"Lezcano").
      const introducedBefore = oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start);
      // A surname respelt by ear only as the one person introduced before, speaking alone: "Michele de
      // Pascale … de Pasquale said" (Pasquale is a name of its own anywhere else).
      if (byEar && !(editDistance(a, b, 1) <= 1 || collapseDoubles(a) === collapseDoubles(b)) && !(rareGiven === undefined && rareUses[0].lone === true && rareUses[0].speaks === true && givens.size === 1 && introducedBefore)) continue;
      const bareSlip = rareGiven === undefined && rareUses[0].lone === true && (rareUses[0].bare || rareUses[0].person) && consonantSlip(a, b);
      // "Leech" for Leach, "Striker" for Stricker: one person named in full and three times or more, and a
      // slip of the hand (a vowel for a vowel at most), not another word a consonant away ("Bell"/"Ball").
      // (Or, used as a person's name, "Whips said", a doubled letter written once in the surname of the one
      // person the article introduced before it: "Surangel Whipps Jr." … "Whips said"; named once, where
      // the odd one stands alone, never introduced: "Catherine De Bolle, Europol's executive director" … "De Bole said".)
      const doubledSurname = (rareEnglish || strayFamous) && rareUses[0].speaks === true && givens.size === 1 && (oftenUses.length >= 2 || rareUses[0].lone === true) && introducedBefore && collapseDoubles(a) === collapseDoubles(b);
      // (Or, speaking alone as the one person introduced in full before it, that surname with a letter
      // inside dropped or added: "Angelica Caraman, chair of the commission … Carman told reporters".)
      const letterInside = (rareEnglish || strayFamous) && rareUses[0].speaks === true && rareUses[0].lone === true && rareGiven === undefined && givens.size === 1 && introducedBefore && rare.length >= 5 && (letterDroppedInside(a, b) || letterDroppedInside(b, a));
      // (Or a famous surname speaking as the person just introduced, a letter dropped or added off theirs:
      // "Pablo Castrillo … Castrillo attacked … Castillo said", whatever Pedro Castillo is.)
      // (Or standing bare where a person is spoken of, "For Thompson, the competition is welcome", after
      // "Mark Thomson … Thomson said": the one person introduced, a letter added.)
      // (A vowel changed too, where the person introduced is named three times or more: "Karen B. Olson …
      // Olson … Olson … Olsen has every reason", whatever Niels Olsen is.)
      const strayPerson = strayFamous && (rareUses[0].speaks === true || rareUses[0].bare === true) && givens.size === 1 && oftenUses.length >= 2 && introducedBefore && ((a.length !== b.length && slip) || (oftenUses.length >= 3 && vowelSwap(a, b)));
      // (Or a silent e added or dropped, the odd one speaking, one person introduced: see silentE.)
      // (Or, speaking alone right after the one person the paragraph introduced in full, that surname with
      // two letters swapped: "Its president, Éric Berton, launched … Breton said", whoever Thierry Breton is.
      // The odd one is the slip: a writer introduces a person with care.)
      const swappedAfter = (rareEnglish || strayFamous) && rareUses[0].speaks === true && rareUses[0].lone === true && rareGiven === undefined && givens.size === 1 && rare.length >= 5 && isTransposition(a, b) && oftenUses.some((x) => x.given !== undefined && x.start < rareUses[0].start && x.para === rareUses[0].para);
      if (swappedAfter) {
        out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
        break;
      }
      // (Or a vowel changed in a long surname speaking alone as the one person introduced in full before
      // it, where the odd one is a dictionary's name: "Paolo Compagna, chief executive … Campagna told a
      // Swiss newspaper", whatever the Roman Campagna is.)
      const vowelSpeaker = rareEnglish && rareUses[0].speaks === true && rareUses[0].lone === true && rareGiven === undefined && givens.size === 1 && introducedBefore && rare.length >= 7 && vowelSwap(a, b);
      // (Or the same given name before both, the odd one later, a letter dropped, added or two swapped, no plural:
      // "Christiane Benner" … "Christiane Brenner told a rally".)
      const givenSlip = sameGivenBefore && afterSameGiven(often) && slip && !respelt(a, b) && a !== `${b}s` && b !== `${a}s`;
      if ((rareEnglish || strayFamous) && !(oftenUses.length >= 3 && realGivens.length === 1 && givens.size === 1 && (slip || vowelSwap(a, b))) && !doubledSurname && !letterInside && !strayPerson && !(silentE && givens.size === 1) && !givenSlip && !vowelSpeaker) continue;
      if (oftenUses.length === 1) {
        const [full] = oftenUses;
        // Once each, the usual spelling in the front matter's tags: the editor's spelling wins.
        if (full.meta) {
          if (rare.length < 6 || rareGiven !== undefined) continue;
          out.push(inconsistent(rareUses[0], rare, often, 1));
          break;
        }
        // Once each: a name the lists know against a word no list knows, a slip of the hand.
        if (full.given === undefined) {
          // Two long words no list knows, each a person's once (a title before one, "said" after the
          // other), a slip of the hand apart, are one person's name written two ways: the later is
          // flagged, and the message says either may be wrong ("Chief Minister Lalduhoma" …
          // "Lalduhoama said").
          if (slip && !rareSource && !oftenSource && rareGiven === undefined && rare.length >= 8 && often.length >= 8 && rareUses[0].person && full.person && !reg.curatedKeys.has(a) && !reg.curatedKeys.has(b) && !reg.ordinaryWords.has(a) && !reg.ordinaryWords.has(b)) {
            const [laterUse, later, other] = rareUses[0].start > full.start ? [rareUses[0], rare, often] : [full, often, rare];
            out.push(inconsistent(laterUse, later, other, 1, true));
            flaggedBoth.add(often);
            break;
          }
          // (Not a word the curated knowledge spells so: "Arctic" once beside "Artic", a surname of the lists.)
          // (A person the curated knowledge knows by that one name vouches for it as a list's name does: "Lalduhoma".)
          if (!slip || rareSource || rare.length < 6 || (reg.known.wordSource(often) !== 'name' && !mononym) || rareGiven !== undefined || reg.curatedKeys.has(a)) continue;
          out.push(inconsistent(rareUses[0], rare, often, 1));
          break;
        }
        // Attested by one full name only: the odd one must be the bare surname written after it
        // (or the same full name again), the full name one the lists do not already vouch for
        // as another person. (The same given name twice is the same person: "Roger Goodell" … "Roger Goodel".)
        if ((rareGiven !== undefined && rareGiven !== full.given) || rareUses[0].followed || rareUses[0].start < full.start) continue;
        if (isTitleWord(full.given)) continue;
        // "Walker", "Welker": two real names are two people — unless the article shows one: the same
        // given name before both ("Karsten Munk Knudsen" … "Karsten Munk Knudson"), or the odd one a
        // bare surname the article never introduces, used as a person's ("Svoboda, who won silver"),
        // one consonant off as a slip is (a key beside, a letter of the same sound: "Swoboda"/"Svoboda").
        // (A vowel for a vowel is as often two real spellings of the name, "Fávero"/"Fávaro": not on its own.)
        const sameGiven = rareGiven !== undefined && rareGiven === full.given;
        // (A vowel is a slip where the bare surname follows the full name in the same paragraph and speaks
        // there: "Nabila Popal, senior research director at IDC, said …" … "Popel said". Which of the two is
        // right stays open unless the lists say.)
        // (Or in a later paragraph, a long name, eight letters or more: "Dave Dickenson, who has coached …" …
        // "Dickinson told reporters" — news copy introduces the people it quotes; a short name a vowel
        // apart, "Favero"/"Favaro", is as often the family's two spellings.)
        const nextMention = rareGiven === undefined && rareUses[0].lone === true && rareUses[0].speaks === true && (rareUses[0].para === full.para || rare.length >= 8) && vowelSwap(a, b);
        if (substitution && (givens.size > 1 || (rareSource && oftenSource && !sameGiven && !bareSlip && !nextMention))) continue;
        // Which is right? A full name the lists know says so, or a word the name lists or the
        // census know against one no list knows ("Aschbacher"/"Aschbacker", "Bulldogs"/"Bulldgos");
        // else nothing does, and both are flagged.
        // (The census lists anglicised American names: it cannot judge an accented one, "Kristjánsson".)
        const censusJudges = /^[A-Za-z' -]+$/.test(rare + often);
        const rareKnown = rareSource === 'name' || (rareSource === 'census' && censusJudges) || reg.knownKeys.has(a);
        const oftenKnown = oftenSource === 'name' || (oftenSource === 'census' && censusJudges);
        // (A short common surname one letter from the full name's is as likely another person: "Ann Welker" … "Walker".)
        if (substitution && rareKnown && !oftenKnown && rare.length < 8) continue;
        if (reg.known.hasName([full.given, rare]) || (rareKnown && !oftenKnown)) {
          out.push(inconsistent(full, often, rare, 1));
          break;
        }
        if (!reg.known.hasName([full.given, often]) && !(oftenKnown && !rareKnown)) {
          // "Walker" after "Paul Walke" is as likely a name of its own: bare and known, it needs more than a tie.
          // (Unless it speaks as the person introduced before it: "Johannes Vogel, has argued …" … "Vogl said".)
          if (rareGiven === undefined && rareSource === 'name' && rare.length < 7 && !(rareUses[0].speaks === true && rareUses[0].lone === true && full.start < rareUses[0].start)) continue;
          // Nothing tells which is right: the odd one written after the full name is taken for the
          // slip (news copy introduces a person with care, then slips in a later mention), and it
          // alone is flagged; the message says either may be wrong.
          out.push(inconsistent(rareUses[0], rare, often, 1, true));
          flaggedBoth.add(often);
          break;
        }
        out.push(inconsistent(rareUses[0], rare, often, 1));
        break;
      }
      // One letter changed is as often another person ("Hansen", "Hanson"): only where the
      // article shows one person — one given name at most, and some given name, or the usual
      // spelling three times or more, or a long word no list knows ("Leopardstowm").
      if (substitution) {
        // (Or a bare surname slipping by a consonant from the one given name's: "Yonhy Lescano" … "Lezcano said".)
        // (Or no person at all: a thing's name written twice, once with a vowel changed, the odd spelling
        // one no list knows — "the Rogun Dam … Rogun … Rogon will export power". Two people a vowel apart
        // have given names or speak; two places or works a vowel apart are rarer than the slip.)
        const noPerson = givens.size === 0 && !rareSource && oftenUses.length >= 2 && vowelSwap(a, b) && ![...rareUses, ...oftenUses].some((x) => x.person || x.given !== undefined || x.meta);
        const onePerson = givens.size <= 1 && (realGivens.length === 1 || oftenUses.length >= 3 || (a.length >= 8 && !rareSource) || (givens.size === 1 && bareSlip && introducedBefore) || noPerson);
        if (!onePerson || reg.known.hasName([often, rare])) continue;
      }
      out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
      break;
    }
  }
  for (const f of particleClashes(ctx)) out.push(f);
  for (const f of capitalClashes(ctx)) out.push(f);
  for (const f of pairClashes(ctx)) out.push(f);
  for (const f of givenNameClashes(ctx, uses)) out.push(f);
  for (const f of doubledOnceClashes(ctx, uses, names, flaggedBoth)) out.push(f);
  return out;
}

/**
 * True when `rare` (key `a`), written once as a bare surname, is a slip of the hand (two letters
 * swapped, a doubled letter single or the reverse) of `often` (key `b`), the surname of the one
 * curated person the article names in full before it, and stands as that person's: speaking, bare
 * or in the possessive. (A real name of its own is no defence here: "Nagel" for Gary Nagle.)
 */
function vouchedSurnameSlip(ctx: CheckContext, a: string, b: string, rare: Use, oftenUses: readonly Use[], strayFamous: boolean): boolean {
  // (A curated name's word only where it names someone the article never introduces: Joachim Nagel.)
  if (rare.given !== undefined || rare.lone !== true || (ctx.registry.curatedKeys.has(a) && !strayFamous)) return false;
  if (!isTransposition(a, b) && collapseDoubles(a) !== collapseDoubles(b)) return false;
  const givens = new Set(oftenUses.map((x) => x.given).filter((g) => g !== undefined));
  if (givens.size !== 1 || !oftenUses.some((x) => x.known === true && x.given !== undefined && x.start < rare.start)) return false;
  return rare.speaks === true || rare.bare === true || possessiveAfter(ctx, rare);
}

/** True when the use is written in the possessive ("Nagel's"). */
function possessiveAfter(ctx: CheckContext, use: Use): boolean {
  return /^['’]s\b/.test(ctx.text.slice(use.end, use.end + 3));
}

/**
 * Two long words no list knows, each written once, one with a doubled letter the other writes
 * single, neither a person's nor in the front matter: "at Strandvallen" … "Strandvalen does not
 * meet UEFA's requirements". Which is right stays open: the later one is flagged, and the message
 * says either may be wrong. (Words used twice or more, or known to the lists, are compared above.)
 */
function doubledOnceClashes(ctx: CheckContext, uses: ReadonlyMap<string, Use[]>, names: readonly string[], flagged: ReadonlySet<string>): Finding[] {
  const reg = ctx.registry;
  const byShape = new Map<string, string>();
  const out: Finding[] = [];
  for (const t of names) {
    const u = uses.get(t)!;
    if (t.length < 8 || u.length !== 1 || flagged.has(t)) continue;
    const [use] = u;
    if (use.meta || use.person || use.given !== undefined || !use.midSentence || reg.isAccepted(t)) continue;
    const key = t.toLowerCase();
    if (reg.known.wordSource(t) || reg.knownKeys.has(key) || reg.ordinaryWords.has(key)) continue;
    const shape = collapseDoubles(key);
    const other = byShape.get(shape);
    if (other === undefined) {
      byShape.set(shape, t);
      continue;
    }
    if (other.toLowerCase() === key) continue;
    const [first, later] = uses.get(other)![0].start < use.start ? [other, t] : [t, other];
    out.push(inconsistent(uses.get(later)![0], later, first, 1, true));
  }
  return out;
}

function inconsistent(u: { start: number; end: number; lowerArticle?: boolean }, key: string, otherKey: string, n: number, tie = false): Finding {
  // (Keys of names with an Arabic article are capitalised: the text and the fix keep the case as written.)
  const written = u.lowerArticle ? key[0].toLowerCase() + key.slice(1) : key;
  const other = u.lowerArticle && ARABIC_ARTICLES.has(otherKey.split('-')[0].toLowerCase()) ? otherKey[0].toLowerCase() + otherKey.slice(1) : otherKey;
  return {
    start: u.start,
    end: u.start + written.length,
    code: 'inconsistent-name',
    severity: 'warning',
    message: tie
      ? `“${written}” is written “${other}” elsewhere in this article: one of the two is misspelled.`
      : `“${written}” is written “${other}” ${n === 1 ? 'elsewhere' : `${n} times elsewhere`} in this article.`,
    suggestions: [other],
    text: written,
  };
}

/**
 * The given name right before atom i: a capitalised word in the same sentence that is not a
 * title, a particle, a possessive ("Magdeburg's Wiegert") or a known place or body.
 */
function givenNameBefore(block: Block, i: number, ctx: CheckContext): string | undefined {
  // A middle initial between them is part of the name: "Karen B. Olson" has the given name Karen.
  const initial = i > 1 ? block.atoms[i - 1] : undefined;
  if (initial && /^\p{Lu}$/u.test(initial.text) && initial.gap === ' ' && blockSlice(block, ctx, initial.end, 2) === '. ' && block.atoms[i - 2].capitalized && block.atoms[i - 2].text.length > 1) i--;
  // So is a particle in lower case: "Philipp von Hirschheydt" has the given name Philipp.
  // (Or in capitals, inside the name: "Catherine De Bolle".)
  else if (initial && PARTICLES.has(initial.key) && (initial.text === initial.key || initial.text === initial.key[0].toUpperCase() + initial.key.slice(1)) && block.atoms[i].gap === ' ' && initial.gap === ' ' && !initial.sentenceStart && block.atoms[i - 2].capitalized) i--;
  const a = block.atoms[i];
  const prev = i > 0 && (a.gap === ' ' || a === initial) && !a.sentenceStart ? block.atoms[i - 1] : undefined;
  if (!prev || !prev.capitalized || prev.base !== prev.text || isTitleWord(prev.key) || isHonorific(prev.key) || isConnector(prev.key)) return undefined;
  // "Whether Dupond starts …": a sentence's first word is a given name only if the lists know it as a name.
  // (Or, the pair described after a comma, a word no list knows: "Nabila Popal, senior research director at IDC, said".)
  const described = /^,\s+\p{Ll}/u.test(blockSlice(block, ctx, a.end, 4));
  if (prev.sentenceStart && ((!ctx.registry.known.wordSource(prev.base) && !(described && !ctx.registry.ordinaryWords.has(prev.key))) || FUNCTION_WORDS.has(prev.key))) return undefined;
  // "the Met Breuer": after an article the word is a name's first word, not a given name.
  const before = i > 1 && prev.gap === ' ' ? block.atoms[i - 2] : undefined;
  if (before && (before.key === 'the' || before.key === 'a' || before.key === 'an')) return undefined;
  const m = block.mentionAt[i - 1];
  if (m && m.form.entity.kind !== 'person') return undefined;
  if (ctx.registry.countryParts.has(prev.key)) return undefined;
  return prev.key;
}

/** Words of land and water that end places' names and are nobody's surname. */
const FEATURE_WORDS = new Set(['island', 'islands', 'isle', 'peninsula', 'river', 'creek', 'valley', 'harbour', 'harbor', 'strait', 'straits', 'gulf', 'falls', 'canyon', 'glacier', 'lagoon', 'reef', 'plateau', 'estuary', 'fjord', 'atoll', 'archipelago', 'mountains', 'range', 'gorge']);

/** Arabic articles written joined to a name by a hyphen ("al-Sheikh", "el-Sisi", "ad-Dawla"). */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'ud', 'ul']);

/**
 * True when a hyphenated name slipped against a curated person's is compared here, not by the
 * near-miss check: a double-barrelled name ("Sciver-Brunt"), or one with an Arabic article that check
 * does not read past (a capital "Al-" opening a sentence; a name after it that is no surname of its
 * own, "al-Shiekh" for al-Sheikh). "al-Burhen" said is the near-miss check's: Burhan stands alone.
 */
function comparedHere(rare: string, often: string, use: Use, reg: CheckContext['registry']): boolean {
  const bare = withoutArticle(rare);
  if (bare === rare) return rare.includes('-');
  if (bare.includes('-')) return true;
  return !(use.lowerArticle && reg.nameTokens.get(withoutArticle(often).toLowerCase())?.standalone === true);
}

/** A name without the Arabic article joined to its front ("Al-Burhan" → "Burhan"). */
function withoutArticle(name: string): string {
  const dash = name.indexOf('-');
  return dash > 0 && ARABIC_ARTICLES.has(name.slice(0, dash).toLowerCase()) ? name.slice(dash + 1) : name;
}
const PARTICLES = new Set(['de', 'di', 'da', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'do']);

/**
 * One surname with two particles ("Luca de Meo" six times, "Luca di Meo" once): the particle
 * used less is a slip. The flag covers the given name too where one is written.
 */
interface ParticleUse {
  surname: string;
  particle: string;
  start: number;
  end: number;
  text: string;
  particleText: string;
}

function scanParticles(block: Block, ctx: CheckContext): ParticleUse[] {
  const out: ParticleUse[] = [];
  const { atoms } = block;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const p = atoms[i];
    const s = atoms[i + 1];
    // (A known person's surname counts too: "Luca de Meo" six times, "Luca di Meo" once.)
    if (!PARTICLES.has(p.key) || s.gap !== ' ' || !s.capitalized || s.base.length < 3 || (block.mentionAt[i + 1] && block.mentionAt[i + 1]!.form.entity.kind !== 'person')) continue;
    // "De Meo" at a sentence's start is the same particle; a capitalised particle mid-sentence after a name is too.
    const prev = i > 0 && p.gap === ' ' && !p.sentenceStart && atoms[i - 1].capitalized && atoms[i - 1].base === atoms[i - 1].text ? atoms[i - 1] : undefined;
    const from = prev ? prev.start : p.start;
    const to = s.start + s.base.length;
    out.push({ surname: foldKey(s.key), particle: p.key, start: from, end: to, text: blockSlice(block, ctx, from, to - from), particleText: p.text });
  }
  return out;
}

function particleClashes(ctx: CheckContext): Finding[] {
  const bySurname = new Map<string, ParticleUse[]>();
  for (const block of ctx.blocks) {
    for (const u of scanOf(block, ctx).particles) {
      const list = bySurname.get(u.surname) ?? [];
      list.push({ ...u, start: u.start + block.start, end: u.end + block.start });
      bySurname.set(u.surname, list);
    }
  }
  const out: Finding[] = [];
  for (const list of bySurname.values()) {
    const counts = new Map<string, number>();
    for (const x of list) counts.set(x.particle, (counts.get(x.particle) ?? 0) + 1);
    if (counts.size !== 2) continue;
    const [[p1, n1], [p2, n2]] = [...counts];
    if (n1 === n2) continue;
    const [winner, nWin] = n1 > n2 ? [p1, n1] : [p2, n2];
    if (Math.min(n1, n2) > 1 || nWin < 2) continue;
    for (const x of list) {
      if (x.particle === winner) continue;
      const at = x.text.lastIndexOf(x.particleText + ' ');
      const fix = x.text.slice(0, at) + (x.particleText[0] === x.particleText[0].toUpperCase() ? winner[0].toUpperCase() + winner.slice(1) : winner) + x.text.slice(at + x.particleText.length);
      out.push({
        start: x.start,
        end: x.end,
        code: 'inconsistent-name',
        severity: 'warning',
        message: `“${x.text}” is written with “${winner}” ${nWin} times elsewhere in this article.`,
        suggestions: [fix],
        text: x.text,
      });
    }
  }
  return out;
}

/**
 * Names in capitals ("ADOR" eight times, "ADORE" once): a letter added or dropped in one of
 * them is a slip, unless that spelling is a body of its own.
 */
function scanCapitals(block: Block): BlockScan['capitals'] {
  const out: BlockScan['capitals'] = [];
  for (const a of block.atoms) {
    if (!a.capitalized || a.base.length < 3 || a.base !== a.base.toUpperCase() || /\d/.test(a.base) || !/^\p{Lu}+$/u.test(a.base)) continue;
    out.push({ word: a.base, start: a.start, end: a.start + a.base.length });
  }
  return out;
}

function capitalClashes(ctx: CheckContext): Finding[] {
  const seen = new Map<string, Array<{ start: number; end: number }>>();
  for (const block of ctx.blocks) {
    for (const c of scanOf(block, ctx).capitals) {
      const list = seen.get(c.word) ?? [];
      list.push({ start: c.start + block.start, end: c.end + block.start });
      seen.set(c.word, list);
    }
  }
  const out: Finding[] = [];
  const frequent = [...seen].filter(([, u]) => u.length >= 3);
  if (frequent.length === 0) return out;
  for (const [rare, rareUses] of seen) {
    if (rareUses.length !== 1 || rare.length < 4 || ctx.registry.acronyms.has(rare) || ctx.registry.isAccepted(rare)) continue;
    // A spelling of its own ("CNBC" beside "NBC"), or a word quoted to be talked about ("COVI" of COVID).
    if (ctx.registry.known.wordSource(rare) === 'name' || ctx.registry.knownKeys.has(rare.toLowerCase()) || quoted(ctx.text, rareUses[0])) continue;
    for (const [often, oftenUses] of frequent) {
      if (Math.abs(often.length - rare.length) !== 1 || often[0] !== rare[0]) continue;
      // A plural ("SPACs" is not in capitals, but "NGOS" would be) is no slip.
      if (rare === often + 'S' || often === rare + 'S') continue;
      if (editDistance(rare, often, 1) > 1) continue;
      out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
      break;
    }
  }
  return out;
}

/**
 * Two-word names with one word a doubled or dropped letter apart ("Luna Rossa" twice, "Luna
 * Rosa" once; "Mato Grosso" and "Matto Grosso"): the pair used less is a slip.
 */
interface PairUse {
  start: number;
  end: number;
  words: [string, string];
  alone: boolean;
}

function scanPairs(block: Block): Array<[string, PairUse]> {
  const out: Array<[string, PairUse]> = [];
  const { atoms } = block;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (!a.capitalized || !b.capitalized || b.gap !== ' ' || a.base !== a.text || a.base.length < 3 || b.base.length < 3) continue;
    // A third capitalised word on either side makes it part of a longer name (a sentence's first
    // word only if it is no function word: "But Nitesh Kumar …").
    const before = i > 0 && a.gap === ' ' && !a.sentenceStart && atoms[i - 1].capitalized && !(atoms[i - 1].sentenceStart && FUNCTION_WORDS.has(atoms[i - 1].key));
    const after = atoms[i + 2] && atoms[i + 2].gap === ' ' && atoms[i + 2].capitalized;
    out.push([`${a.base} ${b.base}`, { start: a.start, end: b.start + b.base.length, words: [a.base, b.base], alone: !before && !after }]);
  }
  return out;
}

function pairClashes(ctx: CheckContext): Finding[] {
  type PairUses = PairUse[];
  const pairs = new Map<string, PairUses>();
  for (const block of ctx.blocks) {
    for (const [text, u] of scanOf(block, ctx).pairs) {
      const list = pairs.get(text) ?? [];
      list.push({ ...u, start: u.start + block.start, end: u.end + block.start });
      pairs.set(text, list);
    }
  }
  const out: Finding[] = [];
  const reg = ctx.registry;
  // Pairs written twice or more, by each of their words: a rare pair is compared with those sharing a word.
  const byWord = new Map<string, Array<[string, PairUses]>>();
  for (const [text, list] of pairs) {
    if (list.length < 2) continue;
    for (const w of list[0].words) byWord.set(w, [...(byWord.get(w) ?? []), [text, list]]);
  }
  for (const [rare, rareUses] of pairs) {
    // (The usual spelling may be part of a longer name, "Luna Rossa Prada Pirelli"; the odd one stands alone.)
    if (rareUses.length !== 1 || !rareUses[0].alone || reg.isAccepted(rare)) continue;
    const near = [...(byWord.get(rareUses[0].words[0]) ?? []), ...(byWord.get(rareUses[0].words[1]) ?? [])];
    if (near.length === 0 || reg.known.hasName(rareUses[0].words)) continue;
    for (const [often, oftenUses] of near) {
      if (often === rare) continue;
      const [r1, r2] = rareUses[0].words;
      const [o1, o2] = oftenUses[0].words;
      const k = r1 === o1 ? 1 : r2 === o2 ? 0 : -1;
      if (k < 0) continue;
      const x = k === 0 ? r1 : r2;
      const y = k === 0 ? o1 : o2;
      if (x.length < 4 || y.length < 4 || x[0] !== y[0]) continue;
      // A doubled letter written single or the other way round ("Rosa"/"Rossa", "Matto"/"Mato"), or, beside
      // a pair written three times or more, two letters swapped or a vowel changed inside the word
      // ("Nitesh Kumar" once, "Nitish Kumar" three times; not a last letter: "Maria"/"Mario" are two people).
      const xl = x.toLowerCase();
      const yl = y.toLowerCase();
      if (xl === yl) continue;
      const doubled = collapseDoubles(xl) === collapseDoubles(yl);
      const slipped = oftenUses.length >= 3 && (isTransposition(xl, yl) || (vowelSwap(xl, yl) && xl[xl.length - 1] === yl[yl.length - 1]));
      if (!doubled && !slipped) continue;
      out.push(inconsistent(rareUses[0], rare, often, oftenUses.length));
      break;
    }
  }
  return out;
}

/**
 * One surname with two given names a slip of the hand apart ("Ugo Humbert" … "Hugo Humbert";
 * a letter added, dropped or doubled, two swapped), where the article shows one person: the
 * surname is written four times or more and no third given name goes with it. Two people of a
 * family have other names, or the same one as a man's and a woman's ("Daniel"/"Daniela",
 * "Mario"/"Maria": a last letter is never a slip here), and a pair the lists know is left alone.
 * (Any two-word name is read so: "Haghia Sophia" beside "Hagia Sophia" three times.)
 * The full name written more often wins, or at a tie the first (copy introduces a person with
 * care, then slips in a later mention).
 */
function givenNameClashes(ctx: CheckContext, uses: ReadonlyMap<string, Use[]>): Finding[] {
  const bySurname = new Map<string, Array<{ given: string; start: number; end: number }>>();
  for (const block of ctx.blocks) {
    for (const [, u] of scanOf(block, ctx).pairs) {
      if (!u.alone) continue;
      const [given, surname] = u.words;
      (bySurname.get(surname) ?? bySurname.set(surname, []).get(surname)!).push({ given, start: u.start + block.start, end: u.start + block.start + given.length });
    }
  }
  const out: Finding[] = [];
  const reg = ctx.registry;
  for (const [surname, list] of bySurname) {
    const givens = [...new Set(list.map((x) => x.given))];
    if (givens.length !== 2 || (uses.get(surname)?.length ?? 0) < 4) continue;
    const [g1, g2] = givens.map((g) => g.toLowerCase());
    const one = (g1.length !== g2.length && editDistance(g1, g2, 1) <= 1) || isTransposition(g1, g2) || collapseDoubles(g1) === collapseDoubles(g2);
    if (!one || g1 === g2 || g1.length < 3 || g2.length < 3 || g1[g1.length - 1] !== g2[g2.length - 1]) continue;
    if (givens.every((g) => reg.known.hasName([g, surname])) || givens.some((g) => reg.isAccepted(`${g} ${surname}`))) continue;
    const count = (g: string) => list.filter((x) => x.given === g).length;
    const [right, wrong] = count(givens[1]) > count(givens[0]) || reg.known.hasName([givens[1], surname]) ? [givens[1], givens[0]] : [givens[0], givens[1]];
    if (reg.known.hasName([wrong, surname])) continue;
    // (A quotation keeps its source's spelling: "Ayasofya [Haghia Sophia] will no longer…".)
    for (const x of list) if (x.given === wrong && !quoteAround(ctx.text, x.start, x.end)) out.push(inconsistent(x, wrong, right, count(right), count(right) === count(wrong)));
  }
  return out;
}

/**
 * The shorter word is the longer (seven letters or more) with its last letter dropped, a consonant
 * that makes no ending (not s, n, h, y, t, or a vowel: "Petrov"/"Petrova", "Robert"/"Roberts",
 * "Schmid"/"Schmidt" are two names): "Kalundbor"/"Kalundborg", "Hambur"/"Hamburg".
 */
function lastConsonantDropped(a: string, b: string): boolean {
  const [long, short] = a.length === b.length + 1 ? [a, b] : b.length === a.length + 1 ? [b, a] : ['', ''];
  return long.length >= 7 && long.startsWith(short) && /[bcdfgjklmpqrvwxz]/.test(long[long.length - 1]) && !/[aeiouy]/.test(short[short.length - 1]);
}

/** American and British spellings of a word's ending, each pair written one way. */
/**
 * True when the use stands after "the" (in lower case: inside a sentence) and before a word in
 * lower case that is no person's: it names a thing (a restaurant, a building, a sale), not a person
 * ("the Okonkow family", "the Sholz government" still name the person; "The Bulldgos never" opens
 * a sentence with a team).
 */
function namesThing(ctx: CheckContext, use: Use): boolean {
  if (use.start < 0) return false;
  const after = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(use.end, use.end + 20));
  return after !== null && !PERSONAL_NOUNS.has(after[1]) && /\bthe\s+$/.test(ctx.text.slice(Math.max(0, use.start - 5), use.start));
}

/** Words after "the X" that make X a person's name still: "the Okonkow family", "the Sholz government". */
const PERSONAL_NOUNS: ReadonlySet<string> = new Set(['family', 'families', 'government', 'administration', 'campaign', 'cabinet', 'era', 'years', 'household', 'brothers', 'sisters', 'camp', 'presidency', 'estate', 'dynasty', 'clan', 'couple', 'twins', 'case', 'trial', 'affair', 'doctrine', 'plan']);

/** True when two (lower-case) words are a word in -man and its plural in -men. */
function manOrMen(a: string, b: string): boolean {
  return a.length === b.length && a.length > 4 && a.slice(0, -3) === b.slice(0, -3) && /^m[ae]n$/.test(a.slice(-3)) && /^m[ae]n$/.test(b.slice(-3));
}

/** The first letter without its marks, in lower case: "Åkesson" and "Akesson" are compared. */
function initial(t: string): string {
  return foldKey(t[0]);
}

const MARKED = /[^\x00-\x7f]/;

/** `plain` is `marked` with every diacritic dropped ("Stanivukovic" for Stanivuković), and `marked` has some. */
function marksLost(plain: string, marked: string): boolean {
  if (!MARKED.test(plain)) return MARKED.test(marked);
  // Some marks kept, others lost ("Závodsky" for Závodský): each letter as marked, or its plain letter.
  const p = plain.normalize('NFC');
  const m = marked.normalize('NFC');
  if (p.length !== m.length) return false;
  let lost = false;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === m[i]) continue;
    if (MARKED.test(p[i]) || !MARKED.test(m[i])) return false;
    lost = true;
  }
  return lost;
}

/** Same-length words whose differing letters are plain ASCII ("Højlund"/"Højland", not "Açores"/"Azores"). */
function asciiDifference(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !/^[a-z]{2}$/.test(a[i] + b[i])) return false;
  return true;
}

/** True when the span stands alone between quotation marks. */

function quoted(text: string, u: { start: number; end: number }): boolean {
  return /["“‘']/.test(text[u.start - 1] ?? '') && /["”’']/.test(text[u.end] ?? '');
}

const ARTICLES = new Set(['the', 'a', 'an']);
const COMPASS = new Set(['north', 'south', 'east', 'west']);
/** A credit rating ("BBB-minus", "Baa-plus", "AA-minus"): the grades of one scale, not names. */
const CREDIT_RATING = /^(?:A{1,3}|B{1,3}|C{1,3}|Aa|Baa|Ba|Caa|Ca)[123]?(?:-(?:minus|plus))?$/;
/** A speech verb right after a name ("Nandi-Ndaitwa told", "… said"). */
const SPEECH_NEXT = /^\s+(?:said|says|told|tells|added|adds|insisted|argued|warned|wrote|explained)\b/;
/** A comma-bounded aside, then a speech verb: what follows a person's name ("…, campaigning in Arequipa, said"). */
const SPEAKS_AFTER_ASIDE = /^,[^.,;:!?"“”()]{2,70},\s+(?:said|says|told|added|insisted|argued|warned)\b/;
/** Words that open a sentence without being part of a name after them. */
const FUNCTION_WORDS = new Set(['but', 'and', 'or', 'so', 'yet', 'the', 'a', 'an', 'when', 'while', 'if', 'as', 'then', 'now', 'after', 'before', 'since', 'although', 'though', 'because', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'to', 'of', 'still', 'also', 'however', 'meanwhile', 'only', 'even', 'until', 'once']);

/**
 * The same name with its last sound spelled another way, as names from South Asia are anglicised
 * ("Karkee"/"Karki", "Banerjee"/"Banerji", "Mukherjee"/"Mukherjy"): -ee for -i or -y.
 */
function respelt(a: string, b: string): boolean {
  const [ee, other] = a.endsWith('ee') ? [a, b] : b.endsWith('ee') ? [b, a] : ['', ''];
  if (!ee || ee.length < 5) return false;
  const stem = ee.slice(0, -2);
  return other === stem + 'i' || other === stem + 'y';
}

/** A name's letters as they sound where a k is written c, ck, k, q or qu and doubles are one ("pascale", "pasquale" → "paskale"). */
function soundKey(s: string): string {
  return collapseDoubles(s.replace(/qu(?=[aeio])/g, 'k').replace(/ck/g, 'k').replace(/c(?=[aou]|$)/g, 'k').replace(/q/g, 'k'));
}

/** Consonants written for each other by ear (Swoboda/Svoboda, Ramos/Ramoz, Jakob/Jacob, Schmidt/Schmitt). */
const SOUND_ALIKE = new Set(['vw', 'wv', 'sz', 'zs', 'ck', 'kc', 'kq', 'qk', 'iy', 'yi', 'dt', 'td']);

/** One consonant changed as a hand or an ear slips: a key beside it, or a letter of the same sound. */
function consonantSlip(a: string, b: string): boolean {
  const d = singleChange(a, b);
  return d >= 0 && !(/[aeiou]/.test(a[d]) && /[aeiou]/.test(b[d])) && (keysTouch(a[d], b[d]) || SOUND_ALIKE.has(a[d] + b[d]));
}

/** One vowel changed for another, nothing else ("Leech"/"Leach"). */
function vowelSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (d >= 0) return false;
    d = i;
  }
  return d >= 0 && /[aeiou]/.test(a[d]) && /[aeiou]/.test(b[d]);
}

