// Folding of names for lookups: accents, special Latin letters and apostrophes. One place, so
// the registry, the packed known-names file and its build agree.

/** Folds case, accents and special Latin letters: "Erdoğan" → "erdogan", "Łukasz" → "lukasz"; typographic apostrophes and the ʻokina become '. */
export function foldKey(key: string): string {
  // Most keys are ASCII and already lower case (every atom's key is): decided in one pass, no regex.
  let upper = false;
  let ascii = true;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? key.toLowerCase() : key;
  return (
    key
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/đ/g, 'd')
      .replace(/ß/g, 'ss')
      // The ʻokina and typographic apostrophes are the same letter as ' in a name (Nukuʻalofa, Nuku'alofa).
      .replace(/[ʻʼ’‘`]/g, "'")
  );
}

/** Case and combining marks only, special letters and apostrophes kept: "Belém" → "belem". What the spelling lexicon's build folds by. */
export function foldMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A name of several words folded word by word (foldWord), split where `separators` match: "Port-au-Prince" → "port au prince" with /[\s-]+/. */
export function foldPhrase(text: string, separators: RegExp = /\s+/): string {
  return text.split(separators).map(foldWord).join(' ');
}

/** foldKey without apostrophes at all: "Nukuʻalofa" → "nukualofa". Same as the build of the known-names file. */
export function foldWord(word: string): string {
  return foldKey(word).replace(/['`]/g, '');
}
