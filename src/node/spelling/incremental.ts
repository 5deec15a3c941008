// The recheck after a keystroke, one paragraph at a time. cspell-lib checks a
// document line by line; what it finds on a line depends only on the line's
// text, the ranges of the document it is told to check (the whole-document
// include/ignore patterns) and the dictionaries (the configuration plus the
// document's own `cspell:` directives). So the unknown words of a paragraph
// (a run of non-blank lines) are kept, keyed by its text and the checked
// ranges inside it, and a new version re-checks only the paragraphs whose text
// or ranges changed; the rest are moved to their new offsets. Any change to a
// directive anywhere drops the whole cache. The result is what a full
// DocumentValidator.checkDocument() gives (see the property test in
// test/unit/spellingIncremental.unit.test.ts), at the cost of the changed paragraph.
import type { DocumentValidator, ValidationIssue } from 'cspell-lib' with { 'resolution-mode': 'import' };
import type { RawSpellingIssue } from '../../core/spelling/types';

// NOTE: cspell-lib's own patterns for in-document settings (Settings/InDocSettings.js,
// regExInFileSettings): every match, in order, is all the text the directives are read from.
const DIRECTIVE_PATTERNS = [/\b(?:spell-?checker|c?spell)::?(.*)/gi, /\b(LocalWords:?.*)/g];
// NOTE: cspell-lib's defaults (textValidation/defaultConstants.js) when the settings have none.
const DEFAULT_MAX_PROBLEMS = 200;
const DEFAULT_MAX_DUPLICATES = 5;

/** The text of every cspell directive in `text`, in order: equal signatures, equal in-document settings. */
export function directiveSignature(text: string): string {
  let signature = '';
  for (const pattern of DIRECTIVE_PATTERNS) for (const m of text.matchAll(pattern)) signature += `${m[0]}\u0000`;
  return signature;
}

interface CachedBlock {
  /** Checked ranges inside the block, relative to its start: [start, end, start, end, …]. */
  ranges: number[];
  /** Unknown words, offsets relative to the block's start. */
  issues: RawSpellingIssue[];
}

/** What the last check did (for tests and the bench). */
export interface BlockStats {
  blocks: number;
  rechecked: number;
}

/** The paragraphs of one document's last version with their unknown words. */
export class BlockCache {
  private signature: string | undefined;
  private blocks = new Map<string, CachedBlock[]>();
  last: BlockStats = { blocks: 0, rechecked: 0 };

  /**
   * The unknown words of the validator's current text, in cspell's order, with cspell's
   * limits (maxNumberOfProblems, maxDuplicateProblems) applied as checkDocument applies them.
   * @param toRaw turns one of cspell's issues into Copydesk's (offset as given).
   */
  issues(validator: DocumentValidator, toRaw: (issue: ValidationIssue) => RawSpellingIssue): RawSpellingIssue[] {
    const text = validator.document.text;
    const signature = directiveSignature(text);
    if (signature !== this.signature) {
      this.blocks.clear();
      this.signature = signature;
    }
    const ranges = validator.getCheckedTextRanges();
    // Only this version's paragraphs are kept: the cache never outgrows the document.
    const next = new Map<string, CachedBlock[]>();
    const found: RawSpellingIssue[] = [];
    const stats: BlockStats = { blocks: 0, rechecked: 0 };
    let r = 0;
    let lines: Array<{ text: string; offset: number }> = [];
    const flush = () => {
      if (!lines.length) return;
      const start = lines[0].offset;
      const last = lines[lines.length - 1];
      const end = last.offset + last.text.length;
      while (r < ranges.length && ranges[r].endPos <= start) r++;
      const inside: number[] = [];
      for (let i = r; i < ranges.length && ranges[i].startPos < end; i++) {
        if (ranges[i].endPos > start) inside.push(Math.max(ranges[i].startPos, start) - start, Math.min(ranges[i].endPos, end) - start);
      }
      const key = text.slice(start, end);
      let block = this.blocks.get(key)?.find((b) => sameRanges(b.ranges, inside));
      if (!block) {
        const issues: RawSpellingIssue[] = [];
        // As checkDocument's default parser hands cspell the document: one line (newline included) at a time.
        for (const line of lines) {
          for (const issue of validator.check({ text: line.text, range: [line.offset, line.offset + line.text.length] })) {
            const raw = toRaw(issue);
            issues.push({ ...raw, offset: raw.offset - start });
          }
        }
        block = { ranges: inside, issues };
        stats.rechecked++;
      }
      stats.blocks++;
      const same = next.get(key);
      if (!same) next.set(key, [block]);
      else if (!same.includes(block)) same.push(block);
      for (const issue of block.issues) found.push({ ...issue, offset: issue.offset + start });
      lines = [];
    };
    for (const line of validator.document.getLines()) {
      // A blank line (or one whose every character is masked) has no words: it ends a paragraph.
      if (/\S/.test(line.text)) lines.push({ text: line.text, offset: line.offset });
      else flush();
    }
    flush();
    this.blocks = next;
    this.last = stats;
    return limit(found, validator);
  }
}

function sameRanges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** cspell's limits, counted in document order as checkDocument counts them, then sorted by offset as it sorts. */
function limit(issues: RawSpellingIssue[], validator: DocumentValidator): RawSpellingIssue[] {
  const options = validator._getPreparations()?.validateOptions;
  const maxProblems = options?.maxNumberOfProblems ?? DEFAULT_MAX_PROBLEMS;
  const maxDuplicates = options?.maxDuplicateProblems ?? DEFAULT_MAX_DUPLICATES;
  const seen = new Map<string, number>();
  const kept: RawSpellingIssue[] = [];
  for (const issue of issues) {
    const n = (seen.get(issue.text) ?? 0) + 1;
    seen.set(issue.text, n);
    if (n > maxDuplicates) continue;
    kept.push(issue);
    if (kept.length >= maxProblems) break;
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
