// The spelling check of one document version: the prose text goes to the
// engine (cspell-lib with the team's configuration), the unknown words come
// back, the name-aware filter keeps the real flags, and the kept words get
// suggestions in the writer's case. Pure orchestration: the engine is an
// interface, so this runs the same in VS Code (worker thread), the CLI and tests.
import { analyseArticle, type AnalysedArticle } from '../article/analysedArticle';
import type { Severity } from '../entities/types';
import { editDistance } from '../entities/editDistance';
import { casedSuggestions } from './casing';
import { isTypingSlip } from './neighbours';
import { isTransposition } from '../text/keyboard';

export { isTypingSlip } from './neighbours';
import { filterIssues, type DropReason, type KeptIssue } from './filter';
import type { SpellingLexicon } from './lexicon';
import { spellingText } from './prose';
import { SPELLING_CODE, type FlaggedSpan, type NameVocabulary, type Neighbours, type RawSpellingIssue, type SpellingEngine, type SpellingFinding } from './types';

/** Month and weekday names: ordinary words, written capitalised. */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export interface SpellingCheckOptions {
  uri: string;
  languageId?: string;
  /** `copydesk.spelling.language`, when set. */
  language?: string;
  severity?: Severity;
  /** Name findings of the same version: spelling never flags their spans. */
  flagged?: readonly FlaggedSpan[];
  ignore?: ReadonlySet<string>;
  /** False in untrusted workspaces. */
  readConfig?: boolean;
  /**
   * 'eager' (default): every finding comes with its suggestions. 'lazy': suggestions not at hand
   * are left for complete(), so diagnostics need not wait for cspell's slow suggest().
   */
  suggestions?: 'eager' | 'lazy';
  /** Hears every dropped issue and why (evaluation). */
  onDrop?: (issue: RawSpellingIssue, why: DropReason) => void;
}

export interface SpellingResult {
  findings: SpellingFinding[];
  skipped?: string;
  errors?: string[];
}

/** Most suggestions a quick-fix list shows. */
export const MAX_SUGGESTIONS = 5;

export class SpellingChecker {
  /** Suggestions by language and word: a recheck after a keystroke asks only for new words. */
  private readonly suggestionCache = new Map<string, string[]>();
  /** One-edit neighbours by language and word, likewise. */
  private readonly neighbourCache = new Map<string, Neighbours>();

  constructor(
    private readonly engine: SpellingEngine,
    private readonly names: NameVocabulary,
    /** Word lists beyond the dictionaries (attested words, loanwords, common words); optional. */
    private readonly lexicon?: SpellingLexicon,
  ) {}

  /** Checks a text (a convenience for tests and one-off callers; adapters pass their shared analysis). */
  check(text: string, options: SpellingCheckOptions): Promise<SpellingResult> {
    return this.checkArticle(analyseArticle(text), options);
  }

  /** Checks one analysed version of an article: the same prose map and atoms the name checks read. */
  async checkArticle(article: AnalysedArticle, options: SpellingCheckOptions): Promise<SpellingResult> {
    const text = article.text;
    const prose = article.prose;
    const result = await this.engine.check({
      uri: options.uri,
      text: spellingText(text, prose),
      languageId: options.languageId ?? 'markdown',
      language: options.language,
      readConfig: options.readConfig ?? true,
    });
    if (result.skipped) return { findings: [], skipped: result.skipped, errors: result.errors };
    const kept = filterIssues(result.issues, { text, prose, names: this.names, flagged: options.flagged, ignore: options.ignore, atomsOf: (i) => article.atomsOf(i), lexicon: this.lexicon }, options.onDrop);
    const near = await this.slipsOf(options.uri, kept, options.language, options.onDrop);
    const lazy = options.suggestions === 'lazy';
    // Lazily: only what is at hand (a known misspelling's fix, a word seen before); the rest
    // are asked for after the diagnostics are out (complete()).
    const suggestions = lazy ? this.cachedSuggestions(near, options.language) : await this.suggestionsFor(options.uri, near, options.language);
    const findings = near.map((issue) => this.finding(issue, suggestions, options.severity ?? 'information'));
    return { findings, errors: result.errors };
  }

  /**
   * The findings with their suggestions filled in (those `checkArticle` left pending with
   * `suggestions: 'lazy'`), best first; findings that have them are returned as they are.
   */
  async complete(uri: string, findings: readonly SpellingFinding[], language?: string): Promise<SpellingFinding[]> {
    const pending = findings.filter((f) => f.pending).map((f): KeptIssue => ({ offset: f.start, text: f.text, forbidden: false }));
    if (!pending.length) return [...findings];
    const suggestions = await this.suggestionsFor(uri, pending, language);
    return findings.map((f) => (f.pending ? this.finding({ offset: f.start, text: f.text, forbidden: false }, suggestions, f.severity) : f));
  }

  private finding(issue: KeptIssue, suggestions: ReadonlyMap<string, string[]>, severity: Severity): SpellingFinding {
    const listed = suggestions.get(issue.text.toLowerCase());
    const fixes = casedSuggestions(issue.text, [...(issue.preferred ?? []), ...(listed ?? [])], MAX_SUGGESTIONS);
    const pending = !issue.preferred?.length && !listed;
    return {
      start: issue.offset,
      end: issue.offset + issue.text.length,
      code: SPELLING_CODE,
      severity,
      message: messageFor(issue, fixes),
      suggestions: fixes,
      text: issue.text,
      ...(pending ? { pending } : {}),
    };
  }

  /**
   * The kept issues that are slips of the keys: known misspellings, and unknown words a
   * dictionary word is near (see nearWord). Decided from the one-edit neighbours (fast); only a
   * word with none, where two edits or a split may still count, waits for suggestions.
   */
  private async slipsOf(uri: string, kept: readonly KeptIssue[], language: string | undefined, onDrop: SpellingCheckOptions['onDrop']): Promise<KeptIssue[]> {
    const neighbours = await this.neighboursFor(uri, kept, language);
    // true: a slip; false: not one; undefined: dropped already (a hyphenated compound).
    const verdicts = new Map<KeptIssue, boolean | undefined>();
    const undecided: KeptIssue[] = [];
    for (const issue of kept) {
      if (issue.forbidden || issue.preferred?.length) {
        verdicts.set(issue, true);
        continue;
      }
      const nb = neighbours.get(issue.text.toLowerCase()) ?? { neighbours: [] };
      // A closed compound whose dictionary form has a hyphen ("cofounder", "thinktank") is a variant.
      if (nb.hyphenated) {
        onDrop?.(issue, 'compound');
        verdicts.set(issue, undefined);
        continue;
      }
      const capitalised = /^\p{Lu}/u.test(issue.text);
      const short = issue.text.replace(/['’]s$/, '').length <= 5;
      // Only ordinary (lower-case) words count as slips. A capitalised word far from all of them
      // is a name; a lower-case word whose only near words are names ("mahua" by "Maha",
      // "konga" by "Koga") is a loanword or a term, not a slip of the keys.
      // Months and weekdays are ordinary words the dictionaries hold capitalised ("septebmer").
      const slips = nb.neighbours.filter((n) => /^\p{Ll}/u.test(n) || CALENDAR_WORD.test(n));
      // A derived word's own stem ("perchlorate" for "perchlorates") is no sign of a slip.
      // A word built from dictionary words is a slip only when a typist's slip explains it.
      // A compound the article vouches for is a slip only of a word the article itself uses, or of
      // a common word with a letter doubled ("should" + "der" is "shoulder" with its d doubled;
      // "wormable" and "reusers" stay coinages, a key from "workable" and "reuses").
      // A frequent foreign word on its own is a loanword unless a dictionary word is one edit away
      // ("beneficient" by "beneficent"); "contadini", two edits from "contain", is no slip.
      if (issue.doubt === 'loanword') verdicts.set(issue, slips.some((n) => !isStemOf(n, issue.text)));
      // A long word inside another language's passage is a typo only as a slip of the keys that
      // keeps its length (a key beside the right one, two letters swapped) of an English word or of
      // a name: a letter dropped or added is how languages differ ("governo", "governor").
      else if (issue.doubt === 'foreign-passage') verdicts.set(issue, nb.neighbours.some((n) => n.length === issue.text.length && !isStemOf(n, issue.text) && (slips.includes(n) ? isTypingSlip(issue.text, n) : this.slipOfName(issue, n, false))));
      // A word a technical dictionary holds ("allelochemicals") is a slip only when a typist's
      // slip of a dictionary word explains it: those dictionaries only ever clear a flag.
      // ("deamidation" is one letter from "deamination", but no finger strikes n for d.)
      else if (issue.doubt === 'technical') verdicts.set(issue, slips.some((n) => !isStemOf(n, issue.text) && isTypingSlip(issue.text, n)));
      // (A word alone in quotes is also a slip of a name the article writes: the "superfnud" tax of the Superfund.)
      else if (issue.doubt) verdicts.set(issue, this.slipDespiteDoubt(issue, slips) || nb.neighbours.some((n) => this.slipOfName(issue, n, short)));
      // A capitalised word is a name unless a typist's slip of an ordinary word explains it
      // ("Remaning", "Elsewehere"; not "Evercore" beside "evermore").
      // A short word is near many words by chance ("bonda" by "bond", "mukt" by "must"): it too
      // must be a typist's slip of one ("intpo" for "into"), or it is a loanword or dialect.
      else if (capitalised || short ? slips.some((n) => isTypingSlip(issue.text, n)) : slips.length) verdicts.set(issue, true);
      // A lower-case typist's slip of a name the article writes ("jofdan" in a story on Jordan), or,
      // for a longer word, of a name the checker knows well (copy with its capitals lost: "ecudaor").
      else if (!capitalised && nb.neighbours.some((n) => this.slipOfName(issue, n, short))) verdicts.set(issue, true);
      // Two edits (a lower-case word) or a long run-together word: cspell's suggestions decide.
      else if ((!capitalised && !short) || issue.text.length >= 10) undecided.push(issue);
      else verdicts.set(issue, false);
    }
    if (undecided.length) {
      const suggestions = await this.suggestionsFor(uri, undecided, language);
      for (const issue of undecided) {
        const list = suggestions.get(issue.text.toLowerCase()) ?? [];
        // A split cspell offers ("share-older") says compound only when no typist's slip of a
        // single word explains the word better ("shareholder").
        const split = list.some((s) => s.includes('-') && s.replace(/-/g, '').toLowerCase() === issue.text.toLowerCase());
        if (split && !list.some((s) => /^\p{Ll}+$/u.test(s) && isTypingSlip(issue.text, s))) {
          onDrop?.(issue, 'compound');
          verdicts.set(issue, undefined);
        } else if (nearWord(issue.text, list)) verdicts.set(issue, true);
        else {
          // Two everyday words written together with a slip in them ("new mark eurobonnds"): the
          // dictionaries lack the coinage, so cspell offers nothing near; the repaired coinage is the fix.
          const coinage = /^\p{Ll}/u.test(issue.text) ? this.lexicon?.slipOfCoinage(issue.text) : undefined;
          if (coinage) this.suggestionCache.set(`${language ?? ''}|${issue.text.toLowerCase()}`, [...new Set([coinage.replace('-', ''), ...list])]);
          verdicts.set(issue, !!coinage);
        }
      }
    }
    return kept.filter((issue) => {
      const verdict = verdicts.get(issue);
      if (verdict === false) onDrop?.(issue, issue.doubt ?? 'no-near-word');
      return verdict === true;
    });
  }

  /**
   * True when a word the filter had a reason to doubt (see KeptIssue.doubt) is a typist's slip of
   * a dictionary word all the same, not its stem; for a compound the article vouches for, a slip
   * of a word the article uses, or of a common word with a letter doubled or two swapped.
   */
  private slipDespiteDoubt(issue: KeptIssue, slips: readonly string[]): boolean {
    return slips.some((n) => !isStemOf(n, issue.text) && isTypingSlip(issue.text, n) && (!issue.articleUses || issue.articleUses(n) || (!!this.lexicon?.isCommon(n) && (hasLetterDoubled(issue.text, n) || isTransposition(issue.text.toLowerCase(), n.toLowerCase())))));
  }

  /** True when the lower-case `issue` is a typist's slip of `name`, a name the article writes or (for a longer word) one the checker knows. */
  private slipOfName(issue: KeptIssue, name: string, short: boolean): boolean {
    if (!issue.articleName || !/^\p{Lu}/u.test(name) || !isTypingSlip(issue.text, name)) return false;
    return issue.articleName(name) || (!short && this.names.isNameWord(name));
  }

  private neighboursFor(uri: string, issues: readonly KeptIssue[], language: string | undefined): Promise<Map<string, Neighbours>> {
    const words = issues.filter((i) => !i.forbidden && !i.preferred?.length).map((i) => i.text.toLowerCase());
    return cachedBatch(this.neighbourCache, language, words, (missing) => this.engine.neighbours(uri, missing, language), () => ({ neighbours: [] }));
  }

  private cachedSuggestions(issues: readonly KeptIssue[], language: string | undefined): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const issue of issues) {
      const cached = this.suggestionCache.get(`${language ?? ''}|${issue.text.toLowerCase()}`);
      if (cached) out.set(issue.text.toLowerCase(), cached);
    }
    return out;
  }

  /** Forget cached suggestions (the configuration or language changed). */
  reset(): void {
    this.suggestionCache.clear();
    this.neighbourCache.clear();
  }

  private suggestionsFor(uri: string, issues: readonly KeptIssue[], language: string | undefined): Promise<Map<string, string[]>> {
    const words = issues.filter((i) => !i.preferred?.length).map((i) => i.text.toLowerCase());
    return cachedBatch(this.suggestionCache, language, words, (missing) => this.engine.suggest(uri, missing, language), () => []);
  }
}

/** True when `typed` is `word` with one of its letters doubled ("shouldder"). */
function hasLetterDoubled(typed: string, word: string): boolean {
  const t = typed.toLowerCase();
  if (t.length !== word.length + 1) return false;
  for (let i = 0; i + 1 < t.length; i++) if (t[i] === t[i + 1] && t.slice(0, i) + t.slice(i + 1) === word.toLowerCase()) return true;
  return false;
}

/**
 * The engine's answer for each word (lower case), from `cache` where it has one; the words it
 * lacks are asked for in one batch and remembered (the cache is emptied past 5,000 entries).
 */
async function cachedBatch<T>(cache: Map<string, T>, language: string | undefined, words: readonly string[], fetch: (missing: string[]) => Promise<ReadonlyArray<T | undefined>>, none: () => T): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  const missing = new Set<string>();
  for (const word of words) {
    const cached = cache.get(`${language ?? ''}|${word}`);
    if (cached) out.set(word, cached);
    else missing.add(word);
  }
  if (missing.size) {
    const asked = [...missing];
    const found = await fetch(asked);
    if (cache.size > 5000) cache.clear();
    asked.forEach((word, i) => {
      const answer = found[i] ?? none();
      cache.set(`${language ?? ''}|${word}`, answer);
      out.set(word, answer);
    });
  }
  return out;
}

/**
 * True when a dictionary word is close enough for `word` to be a slip of the keys: two edits
 * for a lower-case word; one edit, to an ordinary (lower-case) word, for a capitalised one,
 * since a capitalised word far from every ordinary word is a name the knowledge lacks.
 */
export function nearWord(word: string, suggestions: readonly string[], edits = 2): boolean {
  const w = word.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(word);
  const max = capitalised ? 1 : edits;
  return suggestions.slice(0, 5).some((s) => {
    // Names are no slips of an ordinary word (see slipsOf).
    if (!/^\p{Ll}/u.test(s)) return false;
    // A split suggestion counts as the letters it has ("clunker offers" is one slip from
    // "clunteroffers"), but not when it is the word itself split: "user base" for "userbase"
    // says the word is two words written together, which is no slip of the keys.
    const letters = s.toLowerCase().replace(/\s+/g, '');
    if (letters === w) return false;
    // Only long run-together words get that benefit, one slip away: short ones split anywhere.
    if (letters !== s.toLowerCase()) return w.length >= 10 && editDistance(w, letters, 1) <= 1;
    return editDistance(w, letters, max) <= max;
  });
}

function isStemOf(stem: string, word: string): boolean {
  const s = stem.toLowerCase().replace(/['’]s$/, '');
  const w = word.toLowerCase();
  // The compound itself, split ("user base" for "userbase").
  if (s.replace(/\s+/g, '') === w) return true;
  // The plural the dictionary has of a compound it lacks in the singular ("powerplants").
  if (s === `${w}s` || s === `${w}es`) return true;
  return w !== s && (w.startsWith(s) || w.endsWith(s)) && Math.abs(w.length - s.length) <= 5;
}

function messageFor(issue: RawSpellingIssue, fixes: readonly string[]): string {
  const fix = fixes[0] ? `; did you mean “${fixes[0]}”?` : '.';
  if (issue.preferred?.length) return `“${issue.text}” is a common misspelling${fix}`;
  if (issue.forbidden) return `“${issue.text}” is on the team's list of words to avoid (cspell flagWords)${fix}`;
  return `Unknown word “${issue.text}”${fix}`;
}
