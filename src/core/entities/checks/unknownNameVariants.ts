// Names the knowledge base does not know can still be inconsistent inside one
// article: "Jae-myung" three times and "Jae-myeong" once, "Okonkwo" and
// "Okonkow". The spelling used more often wins; the odd one out is flagged.
// Accents, plurals and vowel swaps between different people are left alone.
import { editDistance } from '../editDistance';
import { collapseDoubles, foldKey } from '../registry';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { isTitleWord } from '../titles';

interface Use {
  text: string;
  start: number;
  end: number;
  midSentence: boolean;
  /** The capitalised word before it (a given name, perhaps). */
  given?: string;
  /** A capitalised word follows: then this word is a given name or part of a longer name. */
  followed: boolean;
}

export function findUnknownNameVariants(ctx: CheckContext): Finding[] {
  const uses = new Map<string, Use[]>();
  const lowerWords = new Set<string>();
  for (const block of ctx.blocks) {
    const { atoms } = block;
    for (let i = 0; i < atoms.length; i++) {
      const a = atoms[i];
      if (!a.capitalized) {
        lowerWords.add(a.key);
        continue;
      }
      // Names the curated knowledge holds are checked elsewhere; the lists' names are compared here too.
      const m = block.mentionAt[i];
      if ((m && !ctx.registry.isListed(m.form.entity)) || (i > 0 && atoms[i].gap === '-')) continue;
      // A hyphenated name is one unit ("Jae-myung").
      let j = i;
      while (j + 1 < atoms.length && atoms[j + 1].gap === '-' && atoms[j].base === atoms[j].text) j++;
      const start = block.start + a.start;
      const end = block.start + atoms[j].end;
      const text = ctx.text.slice(start, end).replace(/['’]s$/, '');
      if (text.length < 5 || /\d/.test(text) || text === text.toUpperCase()) continue;
      const list = uses.get(text);
      const prev = i > 0 && a.gap === ' ' && !a.sentenceStart ? atoms[i - 1] : undefined;
      const given = prev && prev.capitalized && j === i ? prev.key : undefined;
      const after = atoms[j + 1];
      const followed = !!after && after.gap === ' ' && after.capitalized && !/['’]s$/.test(atoms[j].text);
      const use = { text, start, end: start + text.length, midSentence: !a.sentenceStart, given, followed };
      if (list) list.push(use);
      else uses.set(text, [use]);
      i = j;
    }
  }
  const out: Finding[] = [];
  const reg = ctx.registry;
  // English words are not names; words only name lists vouch for still are ("Boland").
  const english = (k: string) => reg.ordinaryWords.has(k) && !reg.namesOnlyWords.has(k);
  const names = [...uses.keys()].filter((t) => !lowerWords.has(t.toLowerCase()) && !reg.curatedKeys.has(t.toLowerCase()) && !english(t.toLowerCase()));
  // Spellings used at least twice, by first letter: the rare one is compared only with those.
  const common = new Map<string, string[]>();
  for (const t of names) {
    const u = uses.get(t)!;
    // Used twice, or once as a whole name the lists know ("Andrea Berta").
    // Or once in full with a given name, against which only a bare surname later is compared
    // (news style names a person in full, then by surname: "Jakob Ingebrigtsen" … "Ingebrigsten").
    const attested = u.length >= 2 || u.some((x) => x.given !== undefined);
    if (!attested || !u.some((x) => x.midSentence)) continue;
    const list = common.get(t[0]);
    if (list) list.push(t);
    else common.set(t[0], [t]);
  }
  for (const rare of names) {
    const rareUses = uses.get(rare)!;
    // At a sentence's start a short capitalised word may be anything; a long one is a name.
    if (rareUses.length !== 1 || (!rareUses[0].midSentence && rare.length < 6) || reg.isAccepted(rare)) continue;
    const rareGiven = rareUses[0].given;
    if (rareGiven !== undefined && reg.known.hasName([rareGiven, rare])) continue; // a real person's name
    for (const often of common.get(rare[0]) ?? []) {
      if (Math.abs(often.length - rare.length) > 2 || foldKey(often) === foldKey(rare)) continue;
      const oftenUses = uses.get(often)!;
      if (oftenUses.length === 1) {
        // Attested by one full name only: the odd one must be the bare surname written after it
        // (or the same full name again),
        // and the full name one the lists do not already vouch for as another person.
        const [full] = oftenUses;
        // (The same given name twice is the same person: "Roger Goodell" … "Roger Goodel".)
        if ((rareGiven !== undefined && rareGiven !== full.given) || rareUses[0].followed || rareUses[0].start < full.start || full.given === undefined) continue;
        if (rare.length < 6 || isTitleWord(full.given) || reg.known.wordSource(rare)) continue; // "Walker" is a name of its own
      }
      const a = rare.toLowerCase();
      const b = often.toLowerCase();
      // "Koreans", "Petrov"/"Petrova" — but a doubled last letter is a slip ("Goodel"/"Goodell").
      if ((a.startsWith(b) || b.startsWith(a)) && collapseDoubles(a) !== collapseDoubles(b)) continue;
      // Slips of the hand (swapped, dropped, added or doubled letters), not substitutions: two
      // different words a letter apart ("Prize", "Prime"; "Hansen", "Hanson") are both real.
      let close = (a.length !== b.length && editDistance(a, b, 1) <= 1) || isTransposition(a, b) || collapseDoubles(a) === collapseDoubles(b);
      // One letter changed is as often another person ("Hansen", "Hanson"): only when the
      // article shows one person — the usual spelling with a given name, the odd one bare or
      // with that same given name ("Kevan Parekh" … "Parikh").
      if (!close && a.length === b.length && a.length >= 5 && editDistance(a, b, 1) <= 1) {
        const givens = new Set(uses.get(often)!.map((x) => x.given).filter((g): g is string => g !== undefined));
        close = givens.size === 1 && (rareGiven === undefined || givens.has(rareGiven)) && !reg.known.hasName([often, rare]);
      }
      if (!close) continue;
      const u = rareUses[0];
      const n = uses.get(often)!.length;
      out.push({
        start: u.start,
        end: u.end,
        code: 'inconsistent-name',
        severity: 'warning',
        message: `“${rare}” is written “${often}” ${n} times elsewhere in this article.`,
        suggestions: [often],
        text: rare,
      });
      break;
    }
  }
  return out;
}

/** The same letters with one adjacent pair swapped ("Okonkow" / "Okonkwo"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
  return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
}
