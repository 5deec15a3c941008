// Quotations in running text: where one opens and closes around a span, within its paragraph.
// Pure text: shared by the spelling filter (speech, old documents) and the name checks (a
// quotation keeps its source's spelling).

/** Marks that close a quotation. */
const CLOSING = '”"';

/**
 * The offsets of the opening and closing quotation marks of the quotation holding [start, end)
 * within its paragraph, or undefined. Straight quotes alternate: an odd count before the word opens one.
 */
export function quoteAround(text: string, start: number, end: number): [number, number] | undefined {
  const para = text.lastIndexOf('\n\n', start);
  const from = para < 0 ? 0 : para + 2;
  let open: number | undefined;
  for (let i = from; i < start; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”') open = undefined;
    else if (c === '"') open = open === undefined ? i : undefined;
  }
  if (open === undefined) return undefined;
  const stop = text.indexOf('\n\n', end);
  const to = stop < 0 ? text.length : stop;
  for (let i = end; i < to; i++) if (CLOSING.includes(text[i])) return [open, i];
  return undefined;
}
