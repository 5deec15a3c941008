// Runs every name check over an article and returns findings sorted by
// position, one per span (the most specific check wins an overlap). Blocks
// are cached by their text, so re-checking after a one-word edit only
// re-reads the paragraph that changed.
import { analyseArticle, type AnalysedArticle } from '../article/analysedArticle';
import { scanAtoms, type Atom } from '../text/atoms';
import { findMentions, withPossessive, type Block, type CheckContext, type Mention, type PendingFinding } from './context';
import type { EntityRegistry, FormRole, NameForm } from './registry';
import { isHonorific, namedWithOtherGiven, personNamesIn, wordPairsIn } from './evidence';
import { isTitleWord } from './titles';
import { sharesStem } from './checks/nearMiss';
import { foldKey } from './fold';
import type { EntityKind, EntityRecord, Finding, FindingCode, Severity } from './types';
import { findKnownWrongForms } from './checks/knownWrongForms';
import { findNearMisses } from './checks/nearMiss';
import { findInconsistentNames } from './checks/consistency';
import { findAcronymMismatches } from './checks/acronymMismatch';
import { findImpossibleCompounds } from './checks/impossibleCompound';
import { findConfusables, type ConfusableRule } from './checks/confusables';
import { findAppositionNationalities, findNationalityMismatches } from './checks/nationalityMismatch';
import { findConfusableCountries, type CountryPartners } from './checks/confusableCountries';
import { findUnknownNameVariants } from './checks/unknownNameVariants';
import { findFactContradictions, NO_FACTS, type EntityFacts } from './checks/factContradictions';
import { findTranslatedNames } from './checks/translatedNames';
import { articleDate, findOtherBodyOffices, findStaleTitles, findWrongOffices } from './checks/staleTitles';
import { findOfficePlaceSlips } from './checks/officePlaces';
import { formalSuggestion } from './formalForms';
import { senselessSlip } from './slipSense';

/** One known name as written in an article. */
export interface NameMention {
  /** [start, end) UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** How the text names the entity: its name, a short form, an acronym, a known wrong form… */
  role: FormRole;
}

export interface CheckOptions {
  /** Severity for every finding (adapters map it to their own levels). */
  severity?: Severity;
  /** Texts to leave alone in this document ("ignore in this file"). */
  ignore?: ReadonlySet<string>;
  /** How much of an article to check at most; MAX_CHECKED_CHARS unless given (tests use less). */
  maxCheckedChars?: number;
}

/** Checks earlier in this list win when two findings overlap. */
const PRIORITY: FindingCode[] = ['known-wrong-form', 'acronym-mismatch', 'impossible-compound', 'inconsistent-name', 'near-miss', 'confusable-name'];

/** Articles past this size are checked in their first part only (the adapters also enforce a size limit). */
export const MAX_CHECKED_CHARS = 8_000_000;

/** What one check of an article found. */
export interface NameCheckResult {
  findings: Finding[];
  /**
   * Set when the article is longer than MAX_CHECKED_CHARS: only its first `checkedChars`
   * characters were checked. Adapters show `message`; nothing is truncated silently.
   */
  truncated?: { checkedChars: number; totalChars: number; message: string };
}

interface CachedBlock {
  atoms: Atom[];
  mentions: Mention[];
  mentionAt: Array<Mention | undefined>;
  /** Findings of the checks that only look inside one block, relative to the block's start. */
  local: PendingFinding[];
}

export class NameChecker {
  private cache = new Map<string, CachedBlock>();

  constructor(
    readonly registry: EntityRegistry,
    private readonly confusables: readonly ConfusableRule[] = [],
    private readonly countryPartners: CountryPartners = new Map(),
    private readonly facts: EntityFacts = NO_FACTS,
  ) {}

  /** A checker over the same knowledge with its own block cache: background work then never evicts the editor's. */
  fork(): NameChecker {
    return new NameChecker(this.registry, this.confusables, this.countryPartners, this.facts);
  }

  /** Checks a text (a convenience for the CLI and tests; adapters pass their shared analysis to `checkArticle`). */
  check(text: string, options: CheckOptions = {}): Finding[] {
    return this.checkArticle(analyseArticle(text), options).findings;
  }

  /** Checks an analysed article. */
  checkArticle(article: AnalysedArticle, options: CheckOptions = {}): NameCheckResult {
    let truncated: NameCheckResult['truncated'];
    const limit = options.maxCheckedChars ?? MAX_CHECKED_CHARS;
    if (article.text.length > limit) {
      truncated = {
        checkedChars: limit,
        totalChars: article.text.length,
        message: `Only the first ${limit.toLocaleString('en-US')} of ${article.text.length.toLocaleString('en-US')} characters were checked for names.`,
      };
      article = analyseArticle(article.text.slice(0, limit));
    }
    const { text } = article;
    const prose = article.prose;
    const blocks: Block[] = [];
    const all: PendingFinding[] = [];
    const nextCache = new Map<string, CachedBlock>();
    prose.blocks.forEach(([start, end], i) => {
      const original = text.slice(start, end);
      let cached = this.cache.get(original) ?? nextCache.get(original);
      if (!cached) cached = this.analyseBlock(original, prose.masked.slice(start, end), article.atomsOf(i));
      nextCache.set(original, cached);
      blocks.push({ start, end, atoms: cached.atoms, mentions: cached.mentions, mentionAt: cached.mentionAt });
      for (const f of cached.local) all.push({ ...f, start: f.start + start, end: f.end + start });
    });
    this.cache = nextCache;
    this.lastBlocks = { article, blocks };
    // Checks that compare blocks with each other run on every check; they only walk the mentions.
    const metadata = this.metadataMentions(text.slice(0, article.bodyStart));
    const ctx: CheckContext = { text, masked: prose.masked, blocks, registry: this.registry, metadata, bodyStart: article.bodyStart, romanisedCountries: this.romanisedCountries(), vowelRomanisedCountries: this.vowelRomanisedCountries(), places: this.facts.places };
    // NOTE: loops, not push(...spread): an article can have more findings than a call has arguments.
    const date = articleDate(article.frontMatter.frontMatter?.data);
    for (const found of [findImpossibleCompounds(ctx), findInconsistentNames(ctx), findUnknownNameVariants(ctx), findConfusableCountries(ctx, this.countryPartners, this.facts.places), findConfusables(ctx, this.confusables, true), findAppositionNationalities(ctx, this.countryPartners), findFactContradictions(ctx, this.facts), findStaleTitles(ctx, date), findWrongOffices(ctx, date), findOfficePlaceSlips(ctx)]) for (const f of found) all.push(f);
    // A person named with another body's title, where another check already flags what the title
    // is of ("European Council President Ursula von der Leyen": the body is the slip), is left to it
    // — unless that finding only judged the title's body by the person's own office ("Etihad Airways
    // chief executive Tony Douglas", who runs Riyadh Air): where the knowledge knows who holds the
    // title the copy names, the person is the likelier slip, and the body's finding gives way.
    for (const f of findOtherBodyOffices(ctx, date)) {
      const near = (g: PendingFinding) =>
        (g.end <= f.start && f.start - g.end <= 30 && !/[.;:\n]/.test(text.slice(g.end, f.start))) || (g.start >= f.end && g.start - f.end <= 40 && !/[.;:\n]/.test(text.slice(f.end, g.start)));
      const beside = all.filter(near);
      if (beside.some((g) => !g.yieldsToPerson)) continue;
      for (const g of beside) all.splice(all.indexOf(g), 1);
      all.push(f);
    }
    const confirmed = confirmPending(all, blocks, this.registry, metadata, article.frontMatter.frontMatter?.data).filter((f) => !senselessSlip(f, text, this.registry)).map((f) => formalised(f, this.registry));
    // Names the newsroom accepted are never flagged, whichever check found them.
    const accepted = this.registry.accepted.size ? confirmed.filter((f) => !this.registry.isAccepted(f.text.replace(/['’]s$/, ''))) : confirmed;
    for (const f of repeatedSlips(accepted, blocks, text)) accepted.push(f);
    return truncated ? { findings: resolveOverlaps(accepted, options), truncated } : { findings: resolveOverlaps(accepted, options) };
  }

  private metadata: { text: string; block: Block } | undefined;
  private readonly countrySets = new Map<'romanised' | 'vowelRomanised', ReadonlySet<string>>();

  /** The country entities whose names are romanisations (see CheckContext.romanisedCountries), once. */
  private romanisedCountries(): ReadonlySet<string> | undefined {
    return this.countriesListed('romanised');
  }

  /** The country entities whose romanisations write one vowel for another (see CheckContext.vowelRomanisedCountries), once. */
  private vowelRomanisedCountries(): ReadonlySet<string> | undefined {
    return this.countriesListed('vowelRomanised');
  }

  /** A list of country codes in the places facts, as the countries' entity ids; built once per list. */
  private countriesListed(list: 'romanised' | 'vowelRomanised'): ReadonlySet<string> | undefined {
    const file = this.facts.places?.file;
    const codes = file?.[list];
    if (!file || !codes) return undefined; // no places facts (yet): nothing cached
    let ids = this.countrySets.get(list);
    if (!ids) this.countrySets.set(list, (ids = new Set(codes.map((cc) => file.countries[cc]?.[0]).filter((id): id is string => !!id))));
    return ids;
  }

  /**
   * The known names of the front matter (title, tags): the editor's own spelling, evidence for
   * a pending finding ("Series A" in the body of an article tagged "Serie A"), never flagged.
   */
  private metadataMentions(front: string): Block[] {
    if (!front) return [];
    if (this.metadata?.text !== front) {
      const names = metadataNames(front);
      const atoms = scanAtoms(names);
      this.metadata = { text: front, block: { start: 0, end: names.length, atoms, ...findMentions(atoms, this.registry) } };
    }
    return [this.metadata.block];
  }

  /** True when `article` is the one this checker checked last (its mentions are at hand). */
  hasChecked(article: AnalysedArticle): boolean {
    return this.lastBlocks?.article === article;
  }

  /** The blocks of the last check, so `entitiesIn` reuses them for the same analysis. */
  private lastBlocks: { article: AnalysedArticle; blocks: Block[] } | undefined;

  /** Atoms, known names and the findings that depend on this block alone (cached by its text). */
  private analyseBlock(original: string, masked: string, atoms: Atom[]): CachedBlock {
    const found = findMentions(atoms, this.registry);
    const block: Block = { start: 0, end: original.length, atoms, ...found };
    const ctx: CheckContext = { text: original, masked, blocks: [block], registry: this.registry, romanisedCountries: this.romanisedCountries(), vowelRomanisedCountries: this.vowelRomanisedCountries(), places: this.facts.places };
    const local: PendingFinding[] = [];
    for (const found of [findKnownWrongForms(ctx), findAcronymMismatches(ctx), findNearMisses(ctx), findConfusables(ctx, this.confusables), findNationalityMismatches(ctx, this.countryPartners), findTranslatedNames(ctx)]) {
      for (const f of found) local.push(f);
    }
    return { atoms, ...found, local };
  }

  /**
   * Every known name in an article with its span and entity, in order (known wrong forms
   * included, with role 'wrong'): what hovers and the entity tree show. The mentions of the
   * last check are reused when it was of the same analysis.
   */
  mentions(article: AnalysedArticle | string): NameMention[] {
    if (typeof article === 'string') article = analyseArticle(article);
    const { text } = article;
    const out: NameMention[] = [];
    const forms: NameForm[] = [];
    const add = (mentions: readonly Mention[], start: number) => {
      for (const m of mentions) {
        out.push({ start: m.start + start, end: m.end + start, text: text.slice(m.start + start, m.end + start), entityId: m.form.entity.id, role: m.form.role });
        forms.push(m.form);
      }
    };
    if (this.lastBlocks?.article === article) for (const b of this.lastBlocks.blocks) add(b.mentions, b.start);
    else article.prose.blocks.forEach(([start], i) => add(findMentions(article.atomsOf(i), this.registry).mentions, start));
    this.placeNamesakes(forms).forEach((e, k) => (out[k].entityId = e.id));
    return out;
  }

  /** Entity ids named in an article (for ranking related articles): the mentions of its last check when there was one. */
  entitiesIn(article: AnalysedArticle | string): string[] {
    if (typeof article === 'string') article = analyseArticle(article);
    const forms: NameForm[] = [];
    const add = (mentions: readonly Mention[]) => {
      for (const m of mentions) if (m.form.role !== 'wrong') forms.push(m.form);
    };
    if (this.lastBlocks?.article === article) for (const b of this.lastBlocks.blocks) add(b.mentions);
    else for (let i = 0; i < article.prose.blocks.length; i++) add(findMentions(article.atomsOf(i), this.registry).mentions);
    return [...new Set(this.placeNamesakes(forms).map((e) => e.id))];
  }

  private namesakeMemo = new WeakMap<NameForm, EntityRecord[] | null>();

  /** Bodies of other countries bearing a form's name, once per form. */
  private namesakesOf(form: NameForm): EntityRecord[] | undefined {
    let hit = this.namesakeMemo.get(form);
    if (hit === undefined) this.namesakeMemo.set(form, (hit = sharedBy(this.registry, form) ?? null));
    return hit ?? undefined;
  }

  /**
   * A name that bodies of many countries bear ("the National Assembly", "the Senate") names the one
   * of the country the article names most (by its places, bodies and people too), not whichever the
   * knowledge lists first: "the National Assembly" of a story about Benin is Benin's; of a story about
   * Slovenia, the body the knowledge names "National Assembly of Slovenia".
   */
  private placeNamesakes(forms: readonly NameForm[]): EntityRecord[] {
    const reg = this.registry;
    const chosen = forms.map((f) => f.entity);
    // Only bodies of one country, named by words that name no country.
    const open = forms.map((f) => f.entity.kind === 'organization' && f.entity.country !== undefined && f.role !== 'acronym' && f.role !== 'wrong');
    if (!open.some(Boolean)) return chosen;
    const namesakes = forms.map((f, k) => (open[k] ? this.namesakesOf(f) : undefined));
    const named = new Map<string, number>();
    forms.forEach((f, k) => {
      if (namesakes[k] || f.role === 'wrong') return;
      const e = f.entity;
      const country = e.kind === 'country' ? e.id : e.country;
      if (country) named.set(country, (named.get(country) ?? 0) + 1);
    });
    let lead: string | undefined;
    let leadCount = 0;
    for (const [c, n] of named) if (n > leadCount) [lead, leadCount] = [c, n];
    const leadKeys = lead !== undefined ? scanAtoms(reg.entities.get(lead)?.name ?? '').map((a) => a.key) : [];
    forms.forEach((f, k) => {
      if (!open[k]) return;
      const own = f.entity;
      if ((named.get(own.country!) ?? 0) > 0) return;
      let best = own;
      let most = 0;
      for (const e of namesakes[k] ?? []) {
        const n = named.get(e.country!) ?? 0;
        if (n > most) [best, most] = [e, n];
      }
      // (Or the body of the country the article names most, its name the words and "of" that country.)
      if (best === own && leadKeys.length) {
        for (const tail of [['of', ...leadKeys], ['of', 'the', ...leadKeys]]) {
          const hit = reg.formsWithKeys([...f.keys, ...tail]).find((x) => x.role !== 'wrong' && x.entity.kind === own.kind && x.entity.country === lead);
          if (hit) {
            best = hit.entity;
            break;
          }
        }
      }
      chosen[k] = best;
    });
    return chosen;
  }

  /**
   * Every correct mention of a known entity, with how strongly it names the entity
   * (for See also reasons, which must only claim a shared name both texts really use):
   * - `full`: the entity's name, an alias or spelling variant (for a person: at least two
   *   words), or an acronym;
   * - `anchored`: a short form ("Lavrov") in a text that also has a full form of the same entity;
   * - `short`: a short form alone ("May", "Friday", "Williams"): could be anyone;
   * - `derived`: an adjective, demonym or combining form ("American").
   * `inLongerName` marks a one-word mention joined to a neighbouring capitalised word
   * that is not a sentence opener: "Jersey" in "New Jersey", "Washington" in "Washington Post".
   */
  mentionsIn(article: AnalysedArticle | string): EntityMention[] {
    if (typeof article === 'string') article = analyseArticle(article);
    const text = article.text;
    const out: EntityMention[] = [];
    /** Per mention in `out`, its form. */
    const forms: NameForm[] = [];
    const fullIds = new Set<string>();
    const last = this.lastBlocks?.article === article ? this.lastBlocks.blocks : undefined;
    // (A truncated check has fewer blocks than the prose map: then find the mentions afresh.)
    const checked = last && last.length === article.prose.blocks.length ? last : undefined;
    for (let i = 0; i < article.prose.blocks.length; i++) {
      const blockStart = article.prose.blocks[i][0];
      // Reuse the mentions of the last check when it was of this same analysis.
      const atoms = checked ? checked[i].atoms : article.atomsOf(i);
      const mentions = checked ? checked[i].mentions : findMentions(atoms, this.registry).mentions;
      for (const m of mentions) {
        const { form } = m;
        if (form.role === 'wrong') continue;
        const person = form.entity.kind === 'person';
        const strength: EntityMention['strength'] =
          form.role === 'adjective' || form.role === 'demonym' || form.role === 'combining'
            ? 'derived'
            : form.role === 'short' || (person && form.keys.length < 2 && form.role !== 'acronym')
              ? 'short'
              : 'full';
        if (strength === 'full') fullIds.add(form.entity.id);
        const before = atoms[m.first - 1];
        const after = atoms[m.last + 1];
        const joinedBefore = !!before && before.capitalized && atoms[m.first].gap !== 'break' && !before.sentenceStart;
        const joinedAfter = !!after && after.capitalized && after.gap !== 'break';
        out.push({
          id: form.entity.id,
          kind: form.entity.kind,
          start: blockStart + m.start,
          end: blockStart + m.end,
          text: text.slice(blockStart + m.start, blockStart + m.end),
          strength,
          inLongerName: m.first === m.last && (joinedBefore || joinedAfter),
        });
        forms.push(form);
      }
    }
    this.placeNamesakes(forms).forEach((e, k) => {
      out[k].id = e.id;
      out[k].kind = e.kind;
    });
    for (const m of out) if (m.strength === 'short' && fullIds.has(m.id)) m.strength = 'anchored';
    return out;
  }
}

/** The entities of other countries a form's words name too ("National Assembly": Benin's, Hungary's, …); undefined when none. */
function sharedBy(registry: EntityRegistry, form: NameForm): EntityRecord[] | undefined {
  const others: EntityRecord[] = [];
  for (const f of registry.formsWithKeys(form.keys)) {
    const e = f.entity;
    if (f.role === 'wrong' || e === form.entity || e.kind !== form.entity.kind || e.country === undefined || e.country === form.entity.country || others.includes(e)) continue;
    others.push(e);
  }
  return others.length ? others : undefined;
}

export interface EntityMention {
  id: string;
  kind: EntityKind;
  /** [start, end) UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  strength: 'full' | 'anchored' | 'short' | 'derived';
  inLongerName: boolean;
}

/** Front-matter fields that list names; the title is left out (it repeats the headline, slips and all). */
const NAME_FIELDS = /^(?:tags|keywords|people|places|organi[sz]ations|topics|subjects|categories)\s*:/i;

/** Checks whose finding says the words are a slip of one name, wherever the article writes them so. */
const SLIP_CODES: ReadonlySet<FindingCode> = new Set(['near-miss', 'inconsistent-name']);

/**
 * A slip found once is the same slip where the article writes it again: "Nikesh Aurora, the chief
 * executive of Palo Alto Networks, … Aurora said" flags both, each with the fix, as a speller flags
 * every occurrence of a misspelt word (the checks judge a name where the evidence is, often its
 * first, full mention). Only whole words as the finding has them, standing as it stood: alone, or
 * after the same word (the given name) or a title, never inside another name ("Ana Aurora", "Aurora
 * Borealis"), and not where a check already flags them.
 */
function repeatedSlips(findings: readonly Finding[], blocks: readonly Block[], text: string): Finding[] {
  const slips = new Map<string, { f: Finding; fix: string; words: string[]; before?: string; after?: string }>();
  const taken: Array<[number, number]> = findings.map((f) => [f.start, f.end]);
  for (const f of findings) {
    if (!SLIP_CODES.has(f.code) || f.suggestions.length === 0) continue;
    const base = f.text.replace(/['’]s$/, '');
    const words = scanAtoms(base).map((a) => a.base);
    if (words.length === 0 || words.length > 4 || slips.has(base)) continue;
    // The words beside the flagged span as the finding's own occurrence has them.
    const block = blocks.find((b) => b.start <= f.start && f.end <= b.end);
    if (!block) continue;
    const at = block.atoms.findIndex((a) => block.start + a.start === f.start);
    if (at < 0) continue;
    const prev = at > 0 && block.atoms[at].gap === ' ' ? block.atoms[at - 1] : undefined;
    const next = block.atoms[at + words.length]?.gap === ' ' ? block.atoms[at + words.length] : undefined;
    // (The fix without the possessive the finding's own occurrence had: each occurrence gets its own.)
    const fix = f.text === base ? f.suggestions[0] : f.suggestions[0].replace(/['’]s?$/, '');
    slips.set(base, { f, fix, words, before: prev?.capitalized ? prev.base : undefined, after: next?.capitalized ? next.base : undefined });
  }
  if (slips.size === 0) return [];
  const byFirst = new Map<string, Array<typeof slips extends Map<string, infer S> ? S : never>>();
  for (const s of slips.values()) (byFirst.get(s.words[0]) ?? byFirst.set(s.words[0], []).get(s.words[0])!).push(s);
  const out: Finding[] = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => s < end && start < e);
  for (const block of blocks) {
    const atoms = block.atoms;
    for (let k = 0; k < atoms.length; k++) {
      const candidates = byFirst.get(atoms[k].base);
      if (!candidates) continue;
      for (const { f, fix, words, before, after } of candidates) {
        const n = words.length;
        if (k + n > atoms.length || !words.every((w, j) => atoms[k + j].base === w && (j === 0 || atoms[k + j].gap !== 'break'))) continue;
        // Only the last word may carry a possessive.
        if (words.slice(0, -1).some((_, j) => atoms[k + j].text !== atoms[k + j].base)) continue;
        const start = block.start + atoms[k].start;
        const end = block.start + atoms[k + n - 1].end;
        if (!free(start, end)) continue;
        // Standing as the slip stood: no other capitalised word joined to it on either side.
        const prev = k > 0 && atoms[k].gap === ' ' && !atoms[k].sentenceStart ? atoms[k - 1] : undefined;
        if (prev?.capitalized && prev.base !== before && !isTitleWord(prev.key) && !isHonorific(prev.key)) continue;
        const next = atoms[k + n]?.gap === ' ' || atoms[k + n]?.gap === '-' ? atoms[k + n] : undefined;
        if (next?.capitalized && next.base !== after) continue;
        const last = atoms[k + n - 1];
        out.push({ ...f, start, end, text: text.slice(start, end), suggestions: [withPossessive(last.text, last.base, fix), ...f.suggestions.slice(1)] });
        taken.push([start, end]);
      }
    }
  }
  return out;
}

/** The lines of the front matter that list names (a field and its indented list items), one name per line. */
function metadataNames(front: string): string {
  const out: string[] = [];
  let inField = false;
  for (const line of front.split('\n')) {
    if (/^\S/.test(line)) inField = NAME_FIELDS.test(line);
    if (!inField) continue;
    // One name per line, so that words of two tags never read as one name.
    for (const part of line.replace(NAME_FIELDS, '').split(/[,[\]]/)) if (part.trim()) out.push(part.replace(/^\s*-\s*/, '').trim());
  }
  return out.join('\n');
}

/** Ids of the entities the article names. */
/** Countries the article names, itself or by a place or body in it. */
function namedCountries(blocks: Block[], registry: EntityRegistry, besides?: string, outside?: { start: number; end: number }): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    for (const m of b.mentions) {
      const e = m.form.entity;
      if (e.id === besides) continue;
      // (One word many people's names share is no sign of any one of them, nor of their country: "Abu
      // Khaled", a Syrian taxi driver, names no Malaysian minister called Khaled.)
      if (e.kind === 'person' && m.first === m.last && !registry.nameTokens.get(b.atoms[m.first].key)?.standalone) continue;
      // (Another body's name inside the flagged words is no evidence about them: "Democratic Party" in
      // "Progressive Democratic Party". A place in them is: "London Mercantile Exchange".)
      if (outside && e.kind !== 'country' && e.kind !== 'place' && b.start + m.start >= outside.start && b.start + m.end <= outside.end) continue;
      if (e.kind === 'country') out.add(e.id);
      else if (e.country) out.add(e.country);
    }
  }
  return out;
}

/**
 * The mentions that name each country (the country, or a place, body or person of it), with their
 * offsets: whether a country is named outside a finding's own words is then asked per finding
 * without a walk over every mention (see namedCountries, whose rules these follow).
 */
function countryMentions(blocks: Block[], registry: EntityRegistry): Map<string, CountryMentions> {
  const out = new Map<string, CountryMentions>();
  for (const b of blocks) {
    for (const m of b.mentions) {
      const e = m.form.entity;
      if (e.kind === 'person' && m.first === m.last && !registry.nameTokens.get(b.atoms[m.first].key)?.standalone) continue;
      const c = e.kind === 'country' ? e.id : e.country;
      if (!c) continue;
      const span = { start: b.start + m.start, end: b.start + m.end };
      const place = e.kind === 'country' || e.kind === 'place';
      const known = out.get(c);
      if (!known) out.set(c, { place, first: span, last: span });
      else {
        known.place ||= place;
        known.last = span;
      }
    }
  }
  return out;
}

/** A country's mentions: whether one is the country or a place of it, and the first and the last (in document order). */
interface CountryMentions {
  place: boolean;
  first: { start: number; end: number };
  last: { start: number; end: number };
}

/** How often the blocks name each country: by name or adjective, or a place or body in it. */
function countryCounts(blocks: Block[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks)
    for (const m of b.mentions) {
      const e = m.form.entity;
      const id = e.kind === 'country' ? e.id : e.country;
      if (id) out.set(id, (out.get(id) ?? 0) + 1);
    }
  return out;
}

/** True when the country is named at least twice as often as any other. */
function leads(counts: Map<string, number>, country: string): boolean {
  const own = counts.get(country) ?? 0;
  return [...counts].every(([id, n]) => id === country || n * 2 <= own);
}

/** True when a country other than `country` is named twice or more, and at least twice as often as it. */
function anotherLeads(counts: Map<string, number>, country: string): boolean {
  const own = counts.get(country) ?? 0;
  return [...counts].some(([id, n]) => id !== country && n >= 2 && n >= own * 2);
}

/** The entities the blocks name (`inFull`: by a name of two words or more). */
function namedEntities(blocks: Block[], inFull = false): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) for (const m of b.mentions) if (!inFull || m.last > m.first) out.add(m.form.entity.id);
  return out;
}

/** The fields of a PendingFinding that make it conditional on the rest of the article. */
const CONDITIONS = ['requires', 'unlessPerson', 'unlessOtherGiven', 'unlessLower', 'unlessRepeated', 'repeats', 'requiresEntity', 'requiresNamedInFull', 'requiresCountry', 'unlessCountriesNamed', 'countryLeads', 'unlessOtherLeads', 'unlessOtherCountries', 'unlessFarCountries', 'requiresTopic', 'requiresAffiliate', 'requiresWord'] as const;

function conditional(f: PendingFinding): boolean {
  return CONDITIONS.some((k) => f[k] !== undefined);
}

/** The finding without its conditions (once they are met). */
function unconditional(f: PendingFinding): Finding {
  const out: PendingFinding = { ...f };
  for (const k of CONDITIONS) delete out[k];
  return out;
}

/** Keeps a pending finding only where the article names its entity with the required word. */
function confirmPending(findings: PendingFinding[], blocks: Block[], registry: EntityRegistry, metadata: Block[] = [], front: Record<string, unknown> = {}): Finding[] {
  if (!findings.some(conditional)) return findings;
  // Entity → the words it is named with; built only for the entities a pending finding asks about.
  const asked = new Map<string, Set<string>>();
  for (const f of findings) if (f.requires && !asked.has(f.requires.entityId)) asked.set(f.requires.entityId, new Set());
  for (const b of [...blocks, ...metadata]) {
    for (const m of b.mentions) {
      const keys = asked.get(m.form.entity.id);
      // (Folded too: a slip is read against the name's plain letters, "Pzena" against Peña's "pena".)
      if (keys) for (const k of m.form.keys) keys.add(k).add(foldKey(k));
    }
  }
  // Evidence from the whole article, gathered only when a finding asks for it.
  let people: Set<string> | undefined;
  let pairs: Map<string, number> | undefined;
  let named: Set<string> | undefined;
  let namedWithMetadata: Set<string> | undefined;
  let namedInFull: Set<string> | undefined;
  let countries: Set<string> | undefined;
  let byCountry: Map<string, CountryMentions> | undefined;
  let metadataCountries: Set<string> | undefined;
  let counts: Map<string, number> | undefined;
  let topics: string[] | undefined;
  let words: Set<string> | undefined;
  let phrases: Set<string> | undefined;
  let lowerWords: Set<string> | undefined;
  // One wrong text, one verdict: where a title or the person named nearby confirms one
  // occurrence as a slip ("Chancellor Olaf Sholz"), a repetition elsewhere in the article is
  // the same slip again, not evidence of a namesake.
  const verdict = (f: PendingFinding) => `${f.code}|${f.entityId ?? ''}|${f.text}`;
  const confirmedTexts = new Set<string>();
  for (const f of findings) if (!conditional(f)) confirmedTexts.add(verdict(f));
  // The article names some country (a place or body in one), the finding's own entity aside, and
  // never `country`: another country's body with the same letters. `far`: every country it names
  // is of another world region, and another body's name inside the flagged words counts for none.
  const namesOnlyOthers = (f: PendingFinding, country: string, far: boolean): boolean => {
    const others = namedCountries(blocks, registry, f.entityId, far ? f : undefined);
    for (const c of namedCountries(metadata, registry, f.entityId)) others.add(c);
    if (others.size === 0 || others.has(country)) return false;
    if (!far) return true;
    const region = registry.entities.get(country)?.region;
    return region !== undefined && [...others].every((c) => registry.entities.get(c)?.region !== region);
  };
  const stands = (f: PendingFinding): boolean => {
    if (f.requires && !asked.get(f.requires.entityId)!.has(f.requires.key)) return false;
    if (f.requiresEntity && !(namedWithMetadata ??= namedEntities([...blocks, ...metadata])).has(f.requiresEntity)) return false;
    if (f.requiresNamedInFull && !(namedInFull ??= namedEntities(blocks, true)).has(f.requiresNamedInFull)) return false;
    if (f.requiresCountry && !(countries ??= namedCountries([...blocks, ...metadata], registry)).has(f.requiresCountry)) return false;
    // (The flagged words themselves name no country: "National Alliance" is also Latvia's party.)
    // (Asked only where the article names one of them at all: a walk over every mention per finding
    // would cost a long article dearly.)
    if (f.unlessCountriesNamed && f.unlessCountriesNamed.some((c) => (countries ??= namedCountries([...blocks, ...metadata], registry)).has(c))) {
      byCountry ??= countryMentions(blocks, registry);
      metadataCountries ??= namedCountries(metadata, registry);
      // (A country or place of it anywhere counts; a body or person only outside the finding's own
      // words — in document order, so the first and the last of them say whether any lies outside.)
      const outside = (c: string) => {
        const named = byCountry!.get(c);
        if (!named) return false;
        if (named.place) return true;
        const { first, last } = named;
        return first.start < f.start || first.end > f.end || last.start < f.start || last.end > f.end;
      };
      if (f.unlessCountriesNamed.some((c) => metadataCountries!.has(c) || outside(c))) return false;
    }
    if (f.unlessOtherCountries && namesOnlyOthers(f, f.unlessOtherCountries, false)) return false;
    if (f.unlessFarCountries && namesOnlyOthers(f, f.unlessFarCountries, true)) return false;
    if (f.requiresCountry && f.countryLeads && !leads((counts ??= countryCounts([...blocks, ...metadata])), f.requiresCountry)) return false;
    if (f.requiresCountry && f.unlessOtherLeads && anotherLeads((counts ??= countryCounts([...blocks, ...metadata])), f.requiresCountry)) return false;
    if (f.requiresWord && !(words ??= new Set(blocks.flatMap((b) => b.atoms.map((x) => x.base)))).has(f.requiresWord)) return false;
    if (f.requiresTopic || f.requiresAffiliate) {
      const onTopic = !!f.requiresTopic && (topics ??= frontMatterWords(front)).some((w) => f.requiresTopic!.some((t) => t === w || sharesStem(t, w)));
      const affiliated = !!f.requiresAffiliate && f.requiresAffiliate.some((a) => (a.startsWith('id:') ? (namedWithMetadata ??= namedEntities([...blocks, ...metadata])).has(a.slice(3)) : (phrases ??= writtenPhrases([...blocks, ...metadata])).has(a.slice(2))));
      if (!onTopic && !affiliated) return false;
    }
    if (f.unlessPerson && (people ??= personNamesIn(blocks, registry)).has(f.unlessPerson)) return false;
    if (f.unlessLower && (lowerWords ??= new Set(blocks.flatMap((b) => b.atoms.filter((x) => !x.capitalized).map((x) => x.key)))).has(f.unlessLower)) return false;
    if (f.unlessOtherGiven && !confirmedTexts.has(verdict(f)) && namedWithOtherGiven(blocks, registry, f.unlessOtherGiven.word, f.unlessOtherGiven.given)) return false;
    if (
      f.unlessRepeated &&
      !confirmedTexts.has(verdict(f)) &&
      ((pairs ??= wordPairsIn(blocks)).get(f.unlessRepeated) ?? 0) >= (f.repeats ?? 2) &&
      !(named ??= namedEntities(blocks)).has(f.entityId ?? '')
    )
      return false;
    return true;
  };
  // So is a slip whose conditions are met where it stands: a repetition of it is the same slip
  // ("Chancellor Sholz … Sholz said … Sholz added", however often the word is written). (The
  // verdict of a finding that does not ask for confirmed texts cannot change: it is kept.)
  const decided = new Map<PendingFinding, boolean>();
  for (const f of findings) {
    if (!conditional(f) || f.unlessRepeated) continue;
    const ok = stands(f);
    if (ok) confirmedTexts.add(verdict(f));
    if (!f.unlessOtherGiven) decided.set(f, ok);
  }
  return findings.filter((f) => decided.get(f) ?? stands(f)).map((f) => (conditional(f) ? unconditional(f) : f));
}

/** Every run of capitalised words the article writes, and each of its starts ("Warp Films", "Films"… as written). */
function writtenPhrases(blocks: Block[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++) for (let j = i + 1; j <= run.length; j++) out.add(run.slice(i, j).join(' '));
      run = [];
    };
    for (const a of b.atoms) {
      if (a.gap === 'break' || !a.capitalized || run.length >= 6) flush();
      if (a.capitalized) run.push(a.base);
    }
    flush();
  }
  return out;
}

/** The lower-case words of the front matter (title, section, tags) the editor filed the article under. */
function frontMatterWords(front: Record<string, unknown>): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(front)) {
    if (!TOPIC_FIELDS.test(key)) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') words.push(...(v.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
  }
  return words;
}

const TOPIC_FIELDS = /^(?:title|section|tags|category|categories|keywords)$/i;

/** Longest span a finding covers: names are short, so containers are looked for this far back only. */
const LONGEST_NAME = 400;

/** Drops findings inside a longer one whose first fix contains theirs (linear: only nearby findings are compared). */
export function dropCovered(findings: Finding[]): Finding[] {
  const byStart = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const drop = new Set<Finding>();
  for (let i = 0; i < byStart.length; i++) {
    const f = byStart[i];
    const fix = f.suggestions[0];
    if (fix === undefined) continue;
    for (let j = i - 1; j >= 0 && byStart[j].start >= f.start - LONGEST_NAME; j--) {
      const g = byStart[j];
      if (g.end >= f.end && g.end - g.start > f.end - f.start && (g.suggestions[0] ?? '').includes(fix)) {
        drop.add(f);
        break;
      }
    }
  }
  return drop.size ? findings.filter((f) => !drop.has(f)) : findings;
}

function resolveOverlaps(findings: Finding[], options: CheckOptions): Finding[] {
  const rank = (f: Finding) => PRIORITY.indexOf(f.code);
  // A finding inside a longer one that makes the same fix and more ("Oaklahoma" → Oklahoma inside
  // "Oaklahoma City" → Oklahoma City) gives way to it, whatever their checks' order.
  if (findings.length > 1) findings = dropCovered(findings);
  const sorted = [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: Finding[] = [];
  // Characters already claimed by a kept finding: linear in the flagged text, whatever the count.
  const taken = new Set<number>();
  for (const f of sorted) {
    if (options.ignore?.has(f.text)) continue;
    let free = true;
    for (let i = f.start; i < f.end && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = f.start; i < f.end; i++) taken.add(i);
    kept.push(options.severity ? { ...f, severity: options.severity } : f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The finding with its first fix in the body's formal form where it offered a loose alias (see formalForms). */
function formalised(f: Finding, registry: EntityRegistry): Finding {
  const first = f.suggestions[0];
  if (first === undefined || !first.includes(' ')) return f;
  const formal = formalSuggestion(registry, first);
  return formal === first ? f : { ...f, suggestions: [formal, ...f.suggestions.slice(1).filter((s) => s !== formal)] };
}
