// Shapes shared by the spelling check and its adapters. The check itself is
// pure (src/core/spelling/spellingChecker.ts); the dictionaries and the team's
// cspell configuration live behind SpellingEngine, which an adapter implements
// with cspell-lib (src/node/spelling/cspellEngine.ts, run in a worker thread
// inside VS Code).
import type { Severity } from '../entities/types';

/** The diagnostic code of every spelling finding (name findings keep their own codes). */
export const SPELLING_CODE = 'copydesk.spelling';
export type SpellingCode = typeof SPELLING_CODE;

/** One flagged word. Same shape as a name Finding, so every adapter can show both. */
export interface SpellingFinding {
  /** [start, end) UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  code: SpellingCode;
  severity: Severity;
  message: string;
  /** Replacements for [start, end), best first, in the case of the written word. */
  suggestions: string[];
  /** The word as written. */
  text: string;
  /** True while the suggestions are still to be asked for (the editor asks after publishing). */
  pending?: boolean;
}

/** A word the dictionaries do not know (or forbid), as the engine reports it. */
export interface RawSpellingIssue {
  /** Offset into the text given to the engine. */
  offset: number;
  text: string;
  /** True for forbidden words: the team's `flagWords` and known common misspellings. */
  forbidden: boolean;
  /** Fixes the dictionaries prefer for this word (a common misspelling's correction), best first. */
  preferred?: string[];
  /** True when the word is two dictionary words written together ("leadup", "userbase"). */
  compound?: boolean;
  /** The dictionary words a compound is built from ("put", "back"; "worm" for "wormable"). */
  parts?: string[];
  /** The dictionary word this one is part of across a hyphen ("comeuppance" for "come-uppance"; see hyphenJoined). */
  joined?: string;
  /**
   * True when a technical dictionary (scientific terms) holds the word: it is no flag unless a
   * dictionary word is one edit away. Such dictionaries only ever clear a flag.
   */
  technical?: boolean;
  /** The dictionary's American form of a British "-our" derivation it lacks ("vaporised" for "vapourised"). */
  variantOf?: string;
}

export interface SpellingRequest {
  /** Document URI (file: URIs let the engine find the team's cspell configuration). */
  uri: string;
  /** The text to check: prose only, everything else blanked, same offsets as the document. */
  text: string;
  languageId: string;
  /** `copydesk.spelling.language`; undefined: the cspell configuration's `language`, else en-US. */
  language?: string;
  /** False in untrusted workspaces: no workspace configuration is read. */
  readConfig: boolean;
}

export interface SpellingCheckResult {
  issues: RawSpellingIssue[];
  /** Set when the cspell configuration excludes the document (ignorePaths, `enabled: false`). */
  skipped?: string;
  /** Problems with the configuration (a dictionary that did not load), for the user. */
  errors?: string[];
}

/** The dictionaries, with the team's configuration applied, however they are provided. */
export interface SpellingEngine {
  check(request: SpellingRequest): Promise<SpellingCheckResult>;
  /** Suggestions for each word, best first (any case; the checker matches the writer's case). Slow: 50–500 ms a word. */
  suggest(uri: string, words: string[], language?: string): Promise<string[][]>;
  /** Dictionary words one edit from each word (see oneEditNeighbours). Fast: about a millisecond a word. */
  neighbours(uri: string, words: string[], language?: string): Promise<Neighbours[]>;
}

/** Dictionary words one edit from a word, and its hyphenated dictionary form if it has one. */
export interface Neighbours {
  neighbours: string[];
  hyphenated?: string;
}

/** What the name knowledge says about a single word. */
export interface NameVocabulary {
  /** True when `word` (as written, possessive allowed) is a word of a name the checker knows. */
  isNameWord(word: string): boolean;
}

/** A span another check already flags (a name finding): spelling stays silent there. */
export interface FlaggedSpan {
  start: number;
  end: number;
}
