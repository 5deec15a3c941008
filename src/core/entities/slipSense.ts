// Near-miss findings no slip of the hand explains, dropped whichever check raised them (real
// newswire is full of these shapes, and each was taken for a famous name's misspelling):
// - a coined name with a capital inside a word ("RepublicBank") is a brand's own spelling, not a
//   slip of a name without one ("Republicans");
// - a known acronym written in title case ("The Opec President") is that body, not a slip of a
//   name a letter away ("The Open");
// - a place is not a slip of its own people's name: the written words begin the suggestion,
//   which only adds a demonym's ending ("the Channel Island of Jersey" is no "Channel Islander");
// - a name with its umlauts written out as German does without them ("Duesseldorf", "Koeln") is
//   that name, not a slip of it;
// - a body's name with "-er" is a person ("Brazilian Central Banker" is no "Central Bank"), and
//   a plural head in a list names several bodies ("the Departments of Agriculture and State",
//   "the African and Asian Development Banks");
// - an island group named in the singular before a noun ("Cayman Island bank accounts");
// - a word before a place's noun ("Iran's Kharg island"), there or anywhere in the article, is a place's own, and one the article
//   joins to an Arabic article somewhere ("Ahmed Humaid al-Tayer" … "Tayer said", "Sadeq
//   al-Mahdi") a person's: not a slip of someone else's name;
// - a word before a firm's noun ("Sanwa Bank", "Orenda Industries", "Sanwa Research Institute") is that firm's name, not
//   a slip of a person's or a town's;
// - a word before a company's legal ending ("Pagex Inc", "Griggs and Santow Inc"), there or
//   anywhere in the article, is that company's coined name, not a slip of a person or a place.
import { umlautSpelling } from './checks/nearMiss';
import type { EntityRegistry } from './registry';
import type { EntityRecord, Finding } from './types';

const ARTICLE = /^(the|a|an)$/i;
const DEMONYM_ENDING = /^(?:er|ers|ian|ians|ese|ish|ite|ites)$/;
// (Capitalised too, as part of the place's name: "Kharg Island".)
const PLACE_NOUN_AFTER = /^ (?:island|islands|province|port|river|valley|region|county|district|peninsula|airport|terminal|oilfield|field|strait|bay|gulf)\b/i;
// (Up to two capitalised words may come between: "Sanwa Research Institute", "Dome Petroleum Holdings".)
const FIRM_NOUN_AFTER = /^(?: \p{Lu}\p{Ll}+){0,2} (?:Bank|Group|Holdings|Airlines|Airways|Motors|Securities|Trust|Industries|Petroleum|Mining|Steel|Insurance|Shipping|Chemicals?|Electric|Electronics|Pharmaceuticals?|Resources|Investments|Institute)\b/u;
const ARABIC_ARTICLE_BESIDE = /^ (?:al|el)-/i;
const LEGAL_ENDING = /^,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|GmbH|LLC|LLP|Bhd|Oyj|ASA)\b/;

export function senselessSlip(f: Finding, text: string, registry: EntityRegistry): boolean {
  if (f.code !== 'near-miss' || f.suggestions.length === 0) return false;
  const written = f.text.replace(/['’]s?$/, '');
  const fix = f.suggestions[0].replace(/['’]s?$/, '');
  if (/\p{Ll}\p{Lu}/u.test(written) && !/\p{Ll}\p{Lu}/u.test(fix)) return true;
  if (umlautSpelling(written.toLowerCase(), fix.toLowerCase())) return true;
  const words = written.split(/\s+/).filter((w) => !ARTICLE.test(w));
  if (words.length === 1 && words[0].length >= 3 && registry.acronyms.has(words[0].toUpperCase()) && !registry.acronyms.has(fix.replace(/^the\s+/i, '').toUpperCase())) return true;
  if (fix.length > written.length && fix.startsWith(written) && DEMONYM_ENDING.test(fix.slice(written.length))) return true;
  const last = /(\S+?)(?:er|ers)$/u.exec(written);
  if (last && written.includes(' ') && fix.split(' ').includes(last[1]) && !fix.split(' ').includes(last[0])) return true;
  if (pluralInList(written, fix, text, f.start, f.end)) return true;
  if (/ Island$/.test(written) && fix === `${written}s` && /^ \p{Ll}/u.test(text.slice(f.end, f.end + 2))) return true;
  const kind = f.entityId !== undefined ? registry.entities.get(f.entityId)?.kind : undefined;
  if (kind === 'person' && (PLACE_NOUN_AFTER.test(text.slice(f.end, f.end + 14)) || placeElsewhere(text, written))) return true;
  if ((kind === 'person' || kind === 'place') && FIRM_NOUN_AFTER.test(text.slice(f.end, f.end + 50))) return true;
  // (Unless the entity itself writes the fix after the article: "al-Burhen" for al-Burhan.)
  if (!/^(?:al|el)-/i.test(fix) && !withArticleInName(f.entityId !== undefined ? registry.entities.get(f.entityId) : undefined, fix) && withArabicArticle(text, written)) return true;
  if (LEGAL_ENDING.test(text.slice(f.end, f.end + 8)) || companyElsewhere(text, written)) {
    if (kind !== 'organization') return true;
  }
  return false;
}

/**
 * Answers about one word anywhere in one text, remembered for the text's findings: an article
 * with thousands of findings of one word asks once, not once per finding (which would cost the
 * text's length each time).
 */
let memoText: string | undefined;
const memo = new Map<string, boolean>();
function remembered(text: string, key: string, answer: () => boolean): boolean {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  let hit = memo.get(key);
  if (hit === undefined) memo.set(key, (hit = answer()));
  return hit;
}

/** The word is written before a company's legal ending somewhere in the text ("Pagex Inc" … "Pagex said"). */
/** The article writes the word before a place's noun somewhere ("Kharg island" … "south of Kharg"): a place's name. */
function placeElsewhere(text: string, word: string): boolean {
  return remembered(text, `p ${word}`, () => someOccurrence(text, word, (at) => PLACE_NOUN_AFTER.test(text.slice(at + word.length, at + word.length + 14))));
}

function companyElsewhere(text: string, word: string): boolean {
  return remembered(text, `c ${word}`, () => someOccurrence(text, word, (at) => LEGAL_ENDING.test(text.slice(at + word.length, at + word.length + 8))));
}
/**
 * `written` is `fix` with its first or last word in the plural, in a list of several bodies:
 * "and" within the words around it ("the Departments of Agriculture and Transportation").
 */
function pluralInList(written: string, fix: string, text: string, start: number, end: number): boolean {
  const w = written.split(' ');
  const x = fix.replace(/^(?:United States|U\.S\.) /, '').split(' ');
  if (w.length !== x.length || w.length < 2) return false;
  const first = w[0] === `${x[0]}s` && w.slice(1).join(' ') === x.slice(1).join(' ');
  const last = w[w.length - 1] === `${x[x.length - 1]}s` && w.slice(0, -1).join(' ') === x.slice(0, -1).join(' ');
  if (first) return / and /.test(text.slice(end, end + 40));
  if (last) return /(?:,| and) /.test(text.slice(Math.max(0, start - 40), start));
  return false;
}

/** One of the entity's names writes `word` after "al-" or "el-" ("Abdel Fattah al-Burhan" for "Burhan"). */
function withArticleInName(entity: EntityRecord | undefined, word: string): boolean {
  if (!entity) return false;
  const w = word.toLowerCase();
  return [entity.name, ...(entity.aliases ?? []), ...(entity.short ?? [])].some((n) => n.toLowerCase().split(/\s+/).some((part) => part === `al-${w}` || part === `el-${w}`));
}

/** Somewhere in the text the word follows "al-"/"el-" or comes before one ("al-Tayer", "Sadeq al-Mahdi"). */
function withArabicArticle(text: string, word: string): boolean {
  return remembered(
    text,
    `a ${word}`,
    () => someOccurrence(text, word, (at) => ARABIC_ARTICLE_BESIDE.test(text.slice(at + word.length, at + word.length + 4)) || /(?:^|[^\p{L}])(?:al|el)-$/iu.test(text.slice(Math.max(0, at - 4), at))),
  );
}

/** Some occurrence of the word (a name's letters only) in the text passes `test` (given its offset). */
function someOccurrence(text: string, word: string, test: (at: number) => boolean): boolean {
  if (!/^[\p{L}\p{M}'’-]+$/u.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) if (test(at)) return true;
  return false;
}
