// Suggestions in the writer's case: cspell ranks "lavrov" and "Lavrov" alike
// and returns dictionary case, so the checker matches the written word itself.

/** `suggestion` in the case pattern of `written`: ALL CAPS, Capitalised, or as the dictionary has it. */
export function matchSuggestionCase(written: string, suggestion: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(suggestion)) return suggestion[0].toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/** Suggestions in the writer's case, best first, without repeats or the written word itself. */
export function casedSuggestions(written: string, suggestions: readonly string[], max = 5): string[] {
  const out: string[] = [];
  for (const s of suggestions) {
    const cased = matchSuggestionCase(written, s);
    if (cased !== written && !out.includes(cased)) out.push(cased);
    if (out.length >= max) break;
  }
  return out;
}
