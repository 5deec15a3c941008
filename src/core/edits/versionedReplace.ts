// Replacements planned on one version of a text and applied to a later one: a
// quick-fix chosen after the writer typed on must still replace the flagged
// word, or nothing, never whatever now sits at the old offsets.

/** A replacement as offered: where, what was there, and which occurrence of that text it was. */
export interface PlannedReplacement {
  start: number;
  end: number;
  /** The text at [start, end) when the fix was offered. */
  expected: string;
  replacement: string;
  /** 0-based index of this occurrence of `expected` in the text, and how many there were. */
  occurrence: number;
  total: number;
}

export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}

/** Plans replacing text[start, end) by `replacement`, remembering enough to find it again. */
export function planReplacement(text: string, start: number, end: number, replacement: string): PlannedReplacement {
  const expected = text.slice(start, end);
  const at = occurrences(text, expected);
  return { start, end, expected, replacement, occurrence: Math.max(0, at.indexOf(start)), total: at.length };
}

/**
 * The replacements to make in `current`. Each planned one is found again: the same
 * occurrence when the text holds the flagged word as many times as before (edits elsewhere
 * moved it), else the old range when it still holds the flagged word. Undefined when any
 * cannot be found, or two would overlap: then nothing is replaced.
 */
export function revalidateReplacements(current: string, planned: readonly PlannedReplacement[]): Replacement[] | undefined {
  const out: Replacement[] = [];
  const cache = new Map<string, number[]>();
  for (const p of planned) {
    if (p.expected === '') return undefined;
    let at = cache.get(p.expected);
    if (!at) cache.set(p.expected, (at = occurrences(current, p.expected)));
    let start: number | undefined;
    if (at.length === p.total && p.occurrence < at.length) start = at[p.occurrence];
    else if (current.slice(p.start, p.end) === p.expected) start = p.start;
    if (start === undefined) return undefined;
    out.push({ start, end: start + p.expected.length, replacement: p.replacement });
  }
  out.sort((a, b) => a.start - b.start);
  for (let i = 1; i < out.length; i++) if (out[i].start < out[i - 1].end) return undefined;
  return out;
}

/** Start offsets of the non-overlapping occurrences of `needle`, in order. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
