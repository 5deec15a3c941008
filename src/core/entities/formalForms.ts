// News copy names a body in looser forms that are still its name ("Organization of Petroleum
// Exporting Countries" without its "the", "Group of 5" for the Group of Five, "Agriculture
// Department" for the Department of Agriculture): the knowledge holds them as aliases so they are
// never flagged. A fix is another matter: it offers the body's formal form, not the loose one
// nearest the slip ("Organization of Petrol Exporting Countries" → "Organization of the
// Petroleum Exporting Countries").
import type { EntityRegistry } from './registry';

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
