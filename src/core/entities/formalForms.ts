// News copy names a body in looser forms that are still its name ("Organization of Petroleum
// Exporting Countries" without its "the", "Group of 5" for the Group of Five, "Agriculture
// Department" for the Department of Agriculture): the knowledge holds them as aliases so they are
// never flagged. A fix is another matter: it offers the body's formal form, not the loose one
// nearest the slip ("Organization of Petrol Exporting Countries" → "Organization of the
// Petroleum Exporting Countries").
import type { EntityRegistry } from './registry';
import { formKeys } from '../text/atoms';

const NUMBER_WORDS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20' };

/** The key two forms share when one is a loose form of the other. */
export function looseKey(form: string): string {
  return form
    .toLowerCase()
    .replace(/ of the /g, ' of ')
    .replace(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b/g, (w) => NUMBER_WORDS[w])
    .replace(/^(?:u\.s\. |united states )?(.+) department$/, 'department of $1')
    .replace(/^(?:u\.s\. |united states )department of /, 'department of ');
}

/**
 * The formal form to offer for `suggestion` when it is a loose alias of a known body: the body's
 * name or alias with the same loose key, the fullest first (the one with its "the", its number in
 * words, its "Department of"). Possessives are kept; anything else is returned as it is.
 */
export function formalSuggestion(registry: EntityRegistry, suggestion: string): string {
  const base = suggestion.replace(/['’]s?$/, '');
  const possessive = suggestion.slice(base.length);
  const space = base.indexOf(' ');
  if (space < 0) return suggestion;
  const forms = registry.phrasesByFirst.get(base.slice(0, space).toLowerCase());
  const form = forms?.find((f) => f.form === base && f.role === 'alias');
  if (!form) return suggestion;
  const key = looseKey(base);
  const e = form.entity;
  const fuller = [e.name, ...(e.aliases ?? [])].filter((c) => c.length > base.length && looseKey(c) === key);
  if (fuller.length === 0) return suggestion;
  // The same spelling of -isation/-ization as the loose form, where the body has both.
  const british = /isation/.test(base);
  fuller.sort((a, b) => Number(/isation/.test(b) === british) - Number(/isation/.test(a) === british) || b.length - a.length);
  return fuller[0] + possessive;
}

/**
 * True when the written keys are a known "Ministry of X" or "Department of X" with its subject
 * first ("emergency situations ministry"): English news writes a ministry so, and it is the name.
 */
export function subjectFirstForm(formal: readonly string[], written: readonly string[]): boolean {
  const head = formal[0];
  if ((head !== 'ministry' && head !== 'department') || formal[1] !== 'of') return false;
  const rest = formal.slice(formal[2] === 'the' ? 3 : 2);
  return written.length === rest.length + 1 && written[written.length - 1] === head && rest.every((k, i) => written[i] === k);
}

/**
 * A name's words (as the registry keys them) as a bag, a country's form — name, short form,
 * adjective, demonym — read as the country, "of" and "the" left out; and whether a country was read.
 */
function bagWithCountries(reg: EntityRegistry, text: string): { bag: string; country: boolean } {
  const words = formKeys(text);
  const out: string[] = [];
  let country = false;
  for (let i = 0; i < words.length; i++) {
    // (The registry's forms starting with the word, longest first: "united states" before "united".)
    const f = (reg.phrasesByFirst.get(words[i]) ?? []).find((x) => x.entity.kind === 'country' && x.role !== 'wrong' && x.keys.every((k, j) => words[i + j] === k));
    if (f) {
      out.push(f.entity.id);
      country = true;
      i += f.keys.length - 1;
    } else if (words[i] !== 'of' && words[i] !== 'the') out.push(words[i]);
  }
  return { bag: out.sort().join(' '), country };
}

/**
 * True when the words are one of the entity's names with its country written the other way:
 * "Parliament of Iraq" and "the Iraqi Parliament", "Turkmen Mejlis" and "Mejlis of Turkmenistan".
 * English names a country's body by its kind either way, with the country's name after "of" or its
 * adjective before; no translation slip, no words out of order.
 */
export function sameButCountryForm(reg: EntityRegistry, written: string, entityId: string | undefined): boolean {
  const e = entityId ? reg.entities.get(entityId) : undefined;
  if (!e) return false;
  const w = bagWithCountries(reg, written);
  // (Only a country's body named by its kind alone, "Parliament", "Mejlis": a longer name is the
  // body's own, its words in another order a slip — "National Bank of Switzerland" for the Swiss National Bank.)
  if (!w.country || w.bag.split(' ').length !== 2) return false;
  return [e.name, ...(e.aliases ?? [])].some((f) => bagWithCountries(reg, f).bag === w.bag);
}

/** A name written in another language: letters with marks, or its linking words ("Tribunal Arbitral du Sport"). */
const NATIVE_FORM = /[^\x00-\x7f]|\s(?:du|des|de|del|della|der|di|do|da|dos|das|von|och|og|und|et|y|e)\s/i;

/**
 * The fix for English words that render one of a body's names: the body's own name where the
 * form they were matched to is a native one ("Arbitral Tribunal of Sport" is the Court of
 * Arbitration for Sport, not "Tribunal Arbitral du Sport"), else that form.
 */
export function englishFix(form: string, name: string): string {
  return form !== name && NATIVE_FORM.test(form) && !NATIVE_FORM.test(name) ? name : form;
}
