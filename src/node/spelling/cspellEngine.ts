// The spelling engine on cspell-lib (9.x): English dictionaries that ship with
// Copydesk, plus the team's cspell configuration found from the document's
// location exactly as Code Spell Checker finds it (cspell-lib's own config
// search: `language`, `words`, `ignoreWords`, `flagWords`, `dictionaries`,
// `dictionaryDefinitions`, `ignoreRegExpList`, `ignorePaths`, `overrides`, and
// in-document `cspell:` directives). One DocumentValidator per document and
// language: a recheck after a keystroke only swaps the text and re-checks the
// paragraphs it changed (incremental.ts).
// NOTE: cspell-lib is ESM-only; esbuild bundles it into the CommonJS bundles, and it is
// imported lazily so that loading this module costs nothing until the first check.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { CSpellUserSettings, DocumentValidator, ValidationIssue } from 'cspell-lib' with { 'resolution-mode': 'import' };
import { hyphenJoined } from '../../core/spelling/joins';
import { oneEditNeighbours } from '../../core/spelling/neighbours';
import { BlockCache, type BlockStats } from './incremental';
import type { Neighbours, RawSpellingIssue, SpellingCheckResult, SpellingEngine, SpellingRequest } from '../../core/spelling/types';

/**
 * The dictionaries Copydesk ships (node_modules beside the bundle; see .vscodeignore):
 * US and British English, cspell's list of common misspellings (forbidden words with
 * their fixes), and company and technology names that news copy mentions.
 */
export const SHIPPED_DICTIONARY_PACKAGES = ['@cspell/dict-en_us', '@cspell/dict-en-gb-mit', '@cspell/dict-en-common-misspellings', '@cspell/dict-companies', '@cspell/dict-software-terms'];

/**
 * Technical words (cspell's scientific-terms dictionary, MIT) that only ever clear a flag, never
 * make one: a word they hold is marked `technical` and stays a flag only when a dictionary word
 * is one edit away (see the filter). Shipped reduced to the words that can matter (its lower-case
 * words the shipped dictionaries lack; scripts/build-technical-terms.mjs), in cspell's trie
 * format. The trie takes about a second to load, so by default it is loaded after the first
 * check has answered (off the critical path of the first diagnostics), and words are marked from
 * the check after that.
 */
export const TERMS_FILE = join('data', 'generated', 'technical-terms.trie.gz');

/** Copydesk's base settings: cspell's defaults narrowed to prose in English. */
function baseSettings(): CSpellUserSettings {
  return {
    // NOTE: with no language chosen (setting or cspell file), US and British spellings are
    // both right: a wire story in either is not a page of typos. Choosing one flags the other.
    language: 'en,en-GB',
    import: SHIPPED_DICTIONARY_PACKAGES.map((p) => `${p}/cspell-ext.json`),
    // NOTE: not the software terms' coding compounds ("*Migration*", "*Auth*"): any word that
    // ends in one is taken as a word, so prose's "imigration" was no typo.
    dictionaries: ['companies', 'softwareTerms', '!coding-compound-terms'],
    // NOTE: not cspell's bundled defaults (sixty dictionaries of programming terms, most of
    // which Copydesk does not ship): prose in English needs the ones above.
    loadDefaultConfiguration: false,
    // cspell's own in-document directives (cspell:disable … cspell:enable, cspell:ignore) and addresses.
    ignoreRegExpList: ['SpellCheckerDisable', 'SpellCheckerIgnoreInDocSetting', 'Urls', 'Email'],
    // Every occurrence is reported: the name-aware filter decides, and repeats stay visible.
    maxDuplicateProblems: 100_000,
    maxNumberOfProblems: 100_000,
  };
}

/** Languages as cspell names them ("en-GB"), from what people write in settings ("en_gb", "british"). */
export function normaliseLanguage(language: string | undefined): string | undefined {
  const l = language?.trim();
  if (!l) return undefined;
  if (/^(british|en[-_]?gb|en[-_]?uk)$/i.test(l)) return 'en-GB';
  if (/^(american|en[-_]?us)$/i.test(l)) return 'en-US';
  return l.replace('_', '-');
}

// NOTE: not the two-letter prefixes (re-, de-, co-, un-): one slip of the keys often turns a
// word into one of those plus another word ("repored" = re + pored).
const PREFIXES = ['anti', 'counter', 'mega', 'micro', 'mid', 'multi', 'non', 'out', 'over', 'post', 'pre', 'semi', 'sub', 'super', 'under'];
const SHORT_PREFIXES = ['co', 'de', 're', 'un'];
/**
 * Suffixes that make a new word of any word: the one who does it, can be done, without it; and
 * the inflections dictionaries lack for rarer words ("tuxedoed", "junketeering", "clairaudiently").
 */
const SUFFIXES = ['ers', 'er', 'ability', 'able', 'less', 'ing', 'ed', 'ly', 'isations', 'izations', 'isation', 'ization', 'ised', 'ized', 'ising', 'izing', 'ise', 'ize', 'ists', 'isms', 'ist', 'ism', 'ary'];
/**
 * Short words that close a compound after a verb ("leadup", "goofups", "buildout", "flyover"):
 * a second part of fewer than four letters is otherwise too easily a slip's tail.
 */
const PARTICLES = new Set(['up', 'ups', 'out', 'outs', 'off', 'offs', 'down', 'downs', 'over', 'overs', 'back', 'backs']);
/** Families of learned words: "-graphy" of a "-graph" ("coronagraphy"), "-scopy" of a "-scope". */
const FAMILIES: ReadonlyArray<[RegExp, (w: string) => string]> = [
  [/graphy$/, (w) => w.slice(0, -1)],
  [/scopy$/, (w) => `${w.slice(0, -1)}e`],
];
/** Inflections need a longer stem: on a short one they make slips of common words ("runing"). */
const INFLECTIONS = new Set(['ing', 'ed', 'ly']);

/**
 * The dictionary words a lower-case word is built from, or undefined: two words, the second
 * of four letters or more ("leadup", "userbase", "putback"), a common prefix on a word ("defunding", "midcourt"), a word with a
 * productive suffix ("hoster", "wormable"), or the plural of a word the dictionary has only in
 * the singular ("beheadings", "tapings"). The parts let the article vouch for the coinage.
 */
export function compoundParts(word: string, has: (w: string) => boolean): string[] | undefined {
  // NOTE: no word of over 60 letters is read: each split costs a lookup of its length (hostile input).
  if (word.length < 6 || word.length > 60 || !/^[a-z]+$/.test(word)) return undefined;
  const two = twoWords(word, has);
  if (two) return two;
  // The plural of two words written together ("playthroughs"): the dictionary has neither.
  if (word.endsWith('s') && !word.endsWith('ss')) {
    const singular = twoWords(word.slice(0, -1), has);
    if (singular) return singular;
  }
  for (const [ending, base] of FAMILIES) if (ending.test(word) && has(base(word))) return [base(word)];
  for (const p of PREFIXES) if (word.startsWith(p) && word.length - p.length >= 4 && has(word.slice(p.length))) return [word.slice(p.length)];
  // The two-letter prefixes on a longer word ("undrafted", "reinked"): the article must vouch for
  // the word, or a slip must be a plausible one (see the checker), since "repored" is re + pored.
  for (const p of SHORT_PREFIXES) if (word.startsWith(p) && word.length - p.length >= 5 && has(word.slice(p.length))) return [word.slice(p.length)];
  for (const x of SUFFIXES) {
    const stem = word.slice(0, -x.length);
    if (!word.endsWith(x)) continue;
    // NOTE: "-er" after a short stem makes slips of common words ("fromer"): five letters at least.
    const min = INFLECTIONS.has(x) ? 6 : x.startsWith('er') ? 5 : 4;
    // The stem as written, or with its final e ("reuse" + "rs") or doubled consonant ("fab" + "b" + "less") undone.
    // An inflection takes the stem only as written: "averse" + "d" is a slip for "averse".
    const stems = INFLECTIONS.has(x) ? [stem] : [stem, stem + 'e', /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
    for (const s of stems) if (s.length >= min && has(s)) return [s];
  }
  // NOTE: not a tripled letter ("acrosss" is a slip, not the plural of "across").
  if (word.endsWith('s') && !word.endsWith('sss')) {
    if (has(word.slice(0, -1))) return [word.slice(0, -1)];
    if (/(?:s|x|z|ch|sh)es$/.test(word) && has(word.slice(0, -2))) return [word.slice(0, -2)];
  }
  return undefined;
}

/** Two dictionary words written together, or undefined (see compoundParts). */
function twoWords(word: string, has: (w: string) => boolean): string[] | undefined {
  for (let i = 3; i <= word.length - 2; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    // A three-letter word may lead ("put" + "back"), not trail: "arrest" + "ted" is a slip.
    // A particle may ("lead" + "up").
    if ((b.length >= 4 || (PARTICLES.has(b) && a.length >= 4)) && has(a) && has(b)) return [a, b];
  }
  return undefined;
}

/**
 * Endings before which a British "-our" word keeps its u ("vapourised", "colourful",
 * "honourable", "humourist"). Not "-ous" and the like, which drop it in British spelling too:
 * "humourous" and "vigourous" are misspellings.
 */
const OUR_ENDINGS = /^(?:s|ed|ing|er|ers|ful|fully|less|able|ably|ise|ised|ises|ising|iser|isers|isation|isations|ize|ized|izes|izing|izer|izers|ization|izations|ist|ists|ite|ites|ism|isms)$/;

/**
 * The American form of a British "-our" derivation the dictionaries lack ("vapourised" →
 * "vaporised": both "vapour" and "vaporised" are words), or undefined.
 */
export function britishVariantOf(word: string, has: (w: string) => boolean): string | undefined {
  const w = /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
  if (!/^[a-z]+$/.test(w)) return undefined;
  for (let i = w.indexOf('our', 2); i >= 0; i = w.indexOf('our', i + 1)) {
    const rest = w.slice(i + 3);
    if (!OUR_ENDINGS.test(rest)) continue;
    const american = `${w.slice(0, i)}or${rest}`;
    if (has(w.slice(0, i + 3)) && has(american)) return american;
  }
  return undefined;
}

/** True for a lower-case word built from dictionary parts (see compoundParts). */
export function isCompound(word: string, has: (w: string) => boolean): boolean {
  return compoundParts(word, has) !== undefined;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface Held {
  validator: DocumentValidator;
  key: string;
  text: string;
  /** The unknown words of each paragraph of the last version checked. */
  blocks: BlockCache;
}

export interface CspellEngineOptions {
  /** False: every check is a full checkDocument() (the reference the incremental check is tested against). */
  incremental?: boolean;
  /**
   * The time cspell may spend on one word's suggestions, in ms (default: the team's
   * `suggestionsTimeout`, else 500). cspell cuts the list short when time runs out, so two
   * engines compared on a loaded machine set it high to get the same lists.
   */
  suggestionsTimeout?: number;
  /**
   * When the technical words (TERMS_FILE) are loaded: 'later' (default) after
   * the first check has answered, so that check does not wait for them; 'first' before the first
   * check answers (the CLI and the evaluation: the same findings on every run); 'never'.
   */
  terms?: 'later' | 'first' | 'never';
  /** The technical words' trie (default: TERMS_FILE under the root's parent, else under the root). */
  termsPath?: string;
}

/** The packed technical words the .vsix ships instead of TERMS_FILE (scripts/pack-data.mjs). */
export const PACKED_TERMS_FILE = join('data', 'packed', 'generated', 'technical-terms.trie.br');

/**
 * The packed technical words unpacked once to a file cspell-lib can read (the temporary folder,
 * named by the packed file's size and time: a new version unpacks anew), or undefined when there
 * is no packed file or it cannot be unpacked (the technical words are then left out).
 */
export function unpackedTerms(root: string): string | undefined {
  try {
    const packed = [join(root, '..', PACKED_TERMS_FILE), join(root, PACKED_TERMS_FILE)].find((p) => existsSync(p));
    if (!packed) return undefined;
    const stat = statSync(packed);
    const out = join(tmpdir(), `copydesk-technical-terms-${stat.size}-${Math.round(stat.mtimeMs)}.trie`);
    if (!existsSync(out)) {
      // (Written under another name and renamed: a second process reading meanwhile never sees half a file.)
      const part = `${out}.${process.pid}.part`;
      writeFileSync(part, brotliDecompressSync(readFileSync(packed)));
      renameSync(part, out);
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Something that answers whether it holds a word (a loaded cspell dictionary). */
interface WordSet {
  has(word: string, options?: { ignoreCase?: boolean }): boolean;
}

type CspellLib = typeof import('cspell-lib', { with: { 'resolution-mode': 'import' } });
let loading: Promise<CspellLib> | undefined;
/** cspell-lib, imported on first use. */
export function loadCspell(): Promise<CspellLib> {
  loading ??= import('cspell-lib');
  return loading;
}

export class CspellEngine implements SpellingEngine {
  private readonly validators = new Map<string, Held>();
  private readonly settings = baseSettings();
  private termDictionary?: WordSet;
  private termsLoading?: Promise<void>;

  /**
   * @param root where the dictionaries are resolved from, as Node resolves packages: the bundle's
   * folder (dist/node_modules, copied by esbuild.js), else a node_modules above it.
   */
  constructor(
    private readonly root: string,
    private readonly options: CspellEngineOptions = {},
  ) {}

  async check(request: SpellingRequest): Promise<SpellingCheckResult> {
    const held = await this.heldForRequest(request);
    const validator = held.validator;
    const prep = validator._getPreparations();
    if (!prep?.shouldCheck || validator.skipValidation) {
      return { issues: [], skipped: 'Excluded by the cspell configuration (ignorePaths, overrides or enabled: false).' };
    }
    const has = (w: string) => prep.dictionary.has(w, { ignoreCase: false });
    const toRaw = (issue: ValidationIssue): RawSpellingIssue => {
      const preferred = issue.suggestionsEx?.filter((s) => s.isPreferred).map((s) => s.word);
      // A word with a preferred fix is a known misspelling (cspell's common-misspellings list).
      const forbidden = !!issue.isFlagged || !!preferred?.length;
      // A capitalised word (a sentence's first, a name) is judged by its letters in lower case.
      const letters = /^\p{Lu}\p{Ll}+$/u.test(issue.text) ? issue.text.toLowerCase() : issue.text;
      const parts = forbidden ? undefined : compoundParts(letters, has);
      const variantOf = forbidden ? undefined : britishVariantOf(issue.text, has);
      return { offset: issue.offset, text: issue.text, forbidden, ...(preferred?.length ? { preferred } : {}), ...(parts ? { compound: true, parts } : {}), ...(variantOf ? { variantOf } : {}) };
    };
    // NOTE: a parser from the configuration (cspell `parser`) hands cspell other pieces than
    // lines: those documents are checked whole.
    const incremental = this.options.incremental !== false && typeof prep.finalSettings.parserFn !== 'object';
    const issues = incremental
      ? held.blocks.issues(validator, toRaw)
      : validator
          .checkDocument()
          // Directive problems (an unknown `cspell:` word) are cspell's business, not the article's.
          .filter((issue) => issue.issueType !== 1)
          .map(toRaw);
    // A piece of a hyphenated word ("come-uppance", "43-yarder") is judged as the whole word.
    // (New objects: the paragraph cache keeps its own.)
    const terms = await this.termsNow();
    const judged = issues.map((issue) => {
      const joined = issue.forbidden ? undefined : hyphenJoined(request.text, issue.offset, issue.text, has);
      const technical = !issue.forbidden && !!terms?.has(issue.text, { ignoreCase: true });
      return joined || technical ? { ...issue, ...(joined ? { joined } : {}), ...(technical ? { technical } : {}) } : issue;
    });
    const errors = [...validator.errors.map((e) => e.message), ...(validator.getConfigErrors() ?? []).map((e) => `${e.filename}: ${e.error.message}`)];
    return errors.length ? { issues: judged, errors } : { issues: judged };
  }

  /**
   * The technical dictionaries, when they are loaded. With terms 'later', the first call starts
   * loading them once the current check has answered and returns undefined until they are in.
   */
  private async termsNow(): Promise<WordSet | undefined> {
    const when = this.options.terms ?? 'later';
    if (this.termDictionary || when === 'never') return this.termDictionary;
    if (when === 'first') {
      await this.loadTerms();
      return this.termDictionary;
    }
    // NOTE: a timer, not now: the check that asked answers first, then the trie (about a second) loads.
    if (!this.termsLoading) setTimeout(() => void this.loadTerms(), 0);
    return undefined;
  }

  /** Loads the technical words (once); a missing file leaves them out. */
  loadTerms(): Promise<void> {
    this.termsLoading ??= (async () => {
      const m = await loadCspell();
      // The bundle's folder (dist) sits beside data/; tests and tools may pass the repository root.
      const path = this.options.termsPath ?? [join(this.root, '..', TERMS_FILE), join(this.root, TERMS_FILE)].find((p) => existsSync(p)) ?? unpackedTerms(this.root);
      if (!path) return;
      const dictionaryDefinitions = [{ name: 'copydesk-technical-terms', path }];
      this.termDictionary = await m.getDictionary({ dictionaryDefinitions, dictionaries: ['copydesk-technical-terms'] });
    })().catch(() => undefined);
    return this.termsLoading;
  }

  async suggest(uri: string, words: string[], language?: string): Promise<string[][]> {
    const prep = this.heldFor(uri, language)?.validator._getPreparations();
    if (!prep) return words.map(() => []);
    const settings = prep.docSettings;
    return words.map((word) =>
      prep.dictionary
        .suggest(word, {
          numSuggestions: 8,
          includeTies: false,
          ignoreCase: !(settings.caseSensitive ?? false),
          timeout: this.options.suggestionsTimeout ?? settings.suggestionsTimeout ?? 500,
          numChanges: settings.suggestionNumChanges,
        })
        .filter((s) => !prep.dictionary.isForbidden(s.word))
        // In the dictionary's own case: "Desiree" is a name, "dissolve" an ordinary word; each
        // word of a split on its own, so a split that opens with a name ("Arian space" for
        // "Arianespace") is no slip of the keys (nearWord: names are no slips of ordinary words).
        .map((s) => s.word.split(' ').map((w) => (prep.dictionary.has(w, { ignoreCase: false }) || !prep.dictionary.has(capitalise(w), { ignoreCase: false }) ? w : capitalise(w))).join(' ')),
    );
  }

  async neighbours(uri: string, words: string[], language?: string): Promise<Neighbours[]> {
    const prep = this.heldFor(uri, language)?.validator._getPreparations();
    if (!prep) return words.map(() => ({ neighbours: [] }));
    const dict = prep.dictionary;
    // One case-blind lookup per candidate (the cost), then, for the few found, the dictionary's
    // own case, as suggest() gives it: "Desiree" is a name, "dissolve" a word.
    const lookup = (w: string) => {
      if (!dict.has(w, { ignoreCase: true })) return undefined;
      if (dict.has(w, { ignoreCase: false })) return dict.isForbidden(w) ? undefined : w;
      const c = capitalise(w);
      return dict.has(c, { ignoreCase: false }) && !dict.isForbidden(c) ? c : undefined;
    };
    return words.map((word) => oneEditNeighbours(word, lookup));
  }

  /**
   * Imports cspell-lib and loads the shipped dictionaries (cspell keeps them cached), so the
   * first real check only reads the team's configuration and checks.
   */
  async warm(): Promise<void> {
    const uri = 'file:///copydesk-warm.md';
    await this.check({ uri, text: 'Warm', languageId: 'markdown', readConfig: false });
    this.forget(uri);
  }

  /** Forget every validator and cspell's caches: a configuration file changed. */
  reset(): void {
    this.validators.clear();
    void loadCspell().then((m) => m.clearCaches());
  }

  /** Drop a closed document's validator. */
  forget(uri: string): void {
    this.validators.delete(uri);
  }

  /** The validator that checked `uri` in `language` (its dictionaries answer suggestions and lookups). */
  // NOTE: one validator per document: the language of its last check is the one asked about.
  private heldFor(uri: string, _language: string | undefined): Held | undefined {
    return this.validators.get(uri);
  }

  /** What the last check of `uri` re-checked (paragraphs in all, paragraphs re-checked). */
  lastStats(uri: string): BlockStats | undefined {
    return this.validators.get(uri)?.blocks.last;
  }

  private async heldForRequest(request: SpellingRequest): Promise<Held> {
    const language = normaliseLanguage(request.language);
    const key = `${request.uri}|${request.languageId}|${request.readConfig}|${language ?? ''}`;
    const held = this.validators.get(request.uri);
    if (held && held.key === key) {
      if (held.text !== request.text) {
        await held.validator.updateDocumentText(request.text);
        held.text = request.text;
      }
      return held;
    }
    const { createTextDocument, DocumentValidator } = await loadCspell();
    const doc = createTextDocument({ uri: request.uri, content: request.text, languageId: request.languageId });
    const settings: CSpellUserSettings = language ? { ...this.settings, language } : this.settings;
    const options = { generateSuggestions: false, noConfigSearch: !request.readConfig, resolveImportsRelativeTo: join(this.root, 'copydesk-base.cspell.json') };
    let validator = new DocumentValidator(doc, options, settings);
    await validator.prepare();
    // NOTE: cspell lets the configuration file's `language` win over the settings it is given;
    // copydesk.spelling.language, when set, wins instead (the file's other settings still apply).
    const prep = validator._getPreparations();
    if (language && prep && prep.docSettings.language !== language) {
      const shouldCheck = prep.shouldCheck;
      // The file's `language` and its overrides' languages give way to the setting.
      const overrides = prep.config.overrides?.map(({ language: _drop, ...rest }) => rest);
      validator = new DocumentValidator(doc, { generateSuggestions: false, noConfigSearch: true }, { ...prep.config, language, ...(overrides ? { overrides } : {}) });
      await validator.prepare();
      // ignorePaths came from the file, which this second validator does not read again.
      if (!shouldCheck) validator.skipValidation = true;
    }
    const fresh: Held = { validator, key, text: request.text, blocks: new BlockCache() };
    this.validators.set(request.uri, fresh);
    return fresh;
  }
}
