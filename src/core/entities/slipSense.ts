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
// - a word before a company's legal ending ("Pagex Inc", "Griggs and Santow Inc"), there or
//   anywhere in the article, is that company's coined name, not a slip of a person or a place.
import { umlautSpelling } from './checks/nearMiss';
import type { EntityRegistry } from './registry';
import type { Finding } from './types';

const ARTICLE = /^(the|a|an)$/i;
const DEMONYM_ENDING = /^(?:er|ers|ian|ians|ese|ish|ite|ites)$/;
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
  if (LEGAL_ENDING.test(text.slice(f.end, f.end + 8)) || companyElsewhere(text, written)) {
    const kind = f.entityId !== undefined ? registry.entities.get(f.entityId)?.kind : undefined;
    if (kind !== 'organization') return true;
  }
  return false;
}

/** The word is written before a company's legal ending somewhere in the text ("Pagex Inc" … "Pagex said"). */
function companyElsewhere(text: string, word: string): boolean {
  if (!/^[\p{L}\p{M}'’-]+$/u.test(word)) return false;
  let at = text.indexOf(word);
  while (at >= 0) {
    if (LEGAL_ENDING.test(text.slice(at + word.length, at + word.length + 8))) return true;
    at = text.indexOf(word, at + word.length);
  }
  return false;
}
