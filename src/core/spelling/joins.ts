// Words that are only part of a hyphenated whole: the dictionaries check the
// pieces of "come-uppance", "out-moded" or "ski-joring" one by one and find
// "uppance" unknown, though the word written without its hyphen is in them; a
// word broken across a line ("ex- penditures") is the same. After a number, a
// unit with "-er" ("a 43-yarder", "a 10-footer") is sports and trade usage.
// The engine asks (it has the dictionaries); the filter drops what it finds.

/** True when `word` is in the dictionaries as written. */
export type Has = (word: string) => boolean;

/** A unit noun after a number, with "-er" or "-ers" ("155-yarder", "10-footers"). */
const UNIT_SUFFIX = /^(\p{Ll}{3,})(?:er|ers)$/u;

/**
 * The dictionary word that `word` at [offset, offset + word.length) of `text` is part of,
 * joined across its hyphen (or a line-break hyphen and space), or undefined. Only a whole word
 * of the dictionary counts, so a slip beside a hyphen ("right-toknow") stays a flag.
 */
export function hyphenJoined(text: string, offset: number, word: string, has: Has): string | undefined {
  const w = word.toLowerCase();
  const before = /(\p{L}+|\p{N}+)-\s?$/u.exec(text.slice(Math.max(0, offset - 30), offset));
  if (before) {
    if (/^\p{N}+$/u.test(before[1])) {
      // "43-yarder": the unit ("yard") must be a word; "43-yardr" stays a flag.
      const unit = UNIT_SUFFIX.exec(w);
      if (unit && (has(unit[1]) || has(`${unit[1]}e`))) return w;
    } else {
      const joined = `${before[1].toLowerCase()}${w}`;
      if (has(joined)) return joined;
    }
  }
  const after = /^-(\p{L}+)/u.exec(text.slice(offset + word.length, offset + word.length + 30));
  if (after) {
    const joined = `${w}${after[1].toLowerCase()}`;
    if (has(joined)) return joined;
  }
  return undefined;
}
