// The in-memory index over the knowledge base (built-in data plus the
// newsroom's house list) that every check queries: phrases by first word,
// known name tokens with a symmetric-delete index for near-misses, acronyms,
// country parts for compounds, and given-name/surname pairs.
import { formKeys, scanAtoms } from '../text/atoms';
import { editDistance } from './editDistance';
import { KnownNames, withinOneEdit } from './knownNames';
import { foldKey } from './fold';
import { compactLists } from './compact';
import { deletionIndex, HashIndex, nearByDeletion } from './hashIndex';
import type { RecordTable } from './registryIndex';
import type { EntityKind, EntityRecord } from './types';

export type FormRole = 'name' | 'alias' | 'short' | 'acronym' | 'variant' | 'adjective' | 'demonym' | 'combining' | 'wrong';

/**
 * A name form of an entity. Its keys are the form's words as the atom scanner keys them; a form
 * read from the prebuilt index works them out on first use (of its 49,000 forms a check looks at
 * a few hundred, and their keys were a fifth of the index to parse), a form the registry indexes
 * itself is given them. One class for both, so the checks' reads of `form.keys` stay monomorphic.
 */
export class NameForm {
  constructor(
    readonly entity: EntityRecord,
    readonly form: string,
    readonly role: FormRole,
    /**
     * Spelling family for consistency: '' for the canonical spelling and its
     * aliases; for a variant, the tokens it does not share with the canonical
     * forms ("sergey", "zelensky").
     */
    readonly family: string,
    private wordKeys?: string[],
  ) {}

  get keys(): string[] {
    return (this.wordKeys ??= keysOfForm(this.form));
  }
}

export interface HouseList {
  /** Names that are right in this newsroom: never flagged. */
  accept: string[];
  /** House-preferred forms: `form` wins over every form in `over`. */
  preferred: Array<{ form: string; over: string[] }>;
  /** Entities the newsroom adds or extends (matched to built-ins by id or name). */
  entities: EntityRecord[];
}

export interface NameToken {
  /** Spelling as in the name ("Scholz"). */
  display: string;
  forms: NameForm[];
  /**
   * True when the word identifies its entity on its own (a surname, a country
   * or city word that few names share): only then is a lone near-miss flagged.
   * Given names and words shared by many names ("Republic", "South") need context.
   */
  standalone: boolean;
}

/** Words swapped for one another inside names of the given kinds (data/rules/word-swaps.json). */
export interface WordSwapGroup {
  words: string[];
  appliesTo: EntityKind[];
  /** Only for the translated-name check, which asks for more evidence than one swapped word. */
  translationOnly?: boolean;
  /** Words that say what kind of body a name is (agency, office, board): a swap of one of them says little alone. */
  bodyKind?: boolean;
  /**
   * A swap of them counts only where every other word of the name is written: a meeting's own
   * name ("United Nations Climate Change Conference") is a shorter name beside a body's longer one.
   */
  wholeName?: boolean;
  /**
   * Words English copy itself uses for one another in such names (a national sports body's
   * Federation or Association): a swap of them alone is no error. Not a swap group of its own.
   */
  usual?: boolean;
  /** A continent or world region, then its adjectives ("africa", "african"): read as one place. Not a swap group. */
  region?: boolean;
  /**
   * A word of bodies' native names, then its English renderings ("volks", "people's", "folk"):
   * a glossary for reading a native name word for word (checks/translatedNames.ts). Not a swap group.
   */
  native?: boolean;
}

export const EMPTY_HOUSE_LIST: HouseList = { accept: [], preferred: [], entities: [] };

const SIMPLE_FORM = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'y', 'e', 'to', 'at', 'ul', 'ud', 'ur', 'bint', 'abu']);

/** Every field of an entity record (types.ts), as the prebuilt index stores them. */
const ENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'name', 'aliases', 'short', 'acronyms', 'variants', 'wrong', 'adjectives', 'demonyms', 'combiningForms', 'capital', 'country', 'region', 'description', 'sources']);

export function isConnector(key: string): boolean {
  return CONNECTORS.has(key);
}

export const KIND_RANK: Record<string, number> = { country: 0, person: 1, organization: 2, place: 3, event: 4, other: 5 };

/** The prefix of an entity id of each kind ("person:lu-weiding", "org:uci"). */
const ID_PREFIX: Record<EntityKind, string> = { country: 'country', person: 'person', organization: 'org', place: 'place', event: 'event', other: 'other' };

/** An id as the registry index writes it (without its kind's prefix, where it has that one), whole. */
function withIdPrefix(written: string, kind: EntityKind): string {
  return written.includes(':') ? written : `${ID_PREFIX[kind]}:${written}`;
}

/** The source an entity cites for the English Wikipedia article of its name (as scripts/build-entities.mjs writes it). */
function wikipediaOf(name: string): string {
  return `Wikipedia: ${name}`;
}

/** formsWithKeys' answers, per registry's map of forms by first word (see formsWithKeys). */
const formsMemo = new WeakMap<ReadonlyMap<string, NameForm[]>, Map<string, NameForm[]>>();

export class EntityRegistry {
  readonly entities = new Map<string, EntityRecord>();
  /** Phrases (correct and wrong) by their first key, longest first. */
  readonly phrasesByFirst = new Map<string, NameForm[]>();
  /** Keys of every correct name token. */
  readonly knownKeys = new Set<string>();
  /** Keys of curated name tokens only (the article-internal consistency check ignores the lists' names). */
  readonly curatedKeys = new Set<string>();
  /** knownKeys with accents folded ("erdogan" for Erdoğan); built on first use. */
  private folded?: Set<string>;
  get foldedKeys(): ReadonlySet<string> {
    if (!this.folded) {
      this.folded = new Set();
      for (const k of this.knownKeys) this.folded.add(foldKey(k));
    }
    return this.folded;
  }
  /** Curated name tokens written with marks, by their folded key ("ivezic" → ivezić); built on first use. */
  private markedByFold?: Map<string, string[]>;
  markedSpellings(folded: string): readonly string[] {
    if (!this.markedByFold) {
      this.markedByFold = new Map();
      for (const k of this.curatedKeys) {
        const f = foldKey(k);
        if (f === k || !this.nameTokens.has(k)) continue;
        const list = this.markedByFold.get(f);
        if (list) list.push(k);
        else this.markedByFold.set(f, [k]);
      }
    }
    return this.markedByFold.get(folded) ?? [];
  }
  /** Name tokens worth near-miss matching: key → display spelling and the forms containing it. */
  readonly nameTokens = new Map<string, NameToken>();
  /** Symmetric-delete index over the curated name tokens near-misses are matched against (built on first use). */
  private deletionIndex: HashIndex | undefined = undefined;
  /** Name tokens of listed entities only, by first letter and length ("m7" → mbappes…). */
  private readonly listedBuckets = new Map<string, string[]>();
  private readonly nearCache = new Map<string, string[]>();
  /** First words of forms that may match an atom written in lower case (wrong forms, "el-Sisi", "al-Sisi"). */
  readonly lowerFirstKeys = new Set<string>();
  /** Second words of multi-word names: a misspelled first word is only looked for before one of these. */
  readonly secondKeys = new Set<string>();
  /** Name tokens by their spelling with doubled letters collapsed ("guteres" for Guterres); built on first use. */
  private collapsedIndex: HashIndex | undefined = undefined;
  /** Acronym (normalised: no dots, hyphens or spaces) → entities that use it. */
  readonly acronyms = new Map<string, EntityRecord[]>();
  /** Country name parts usable in compounds (key) → country and the kind of form. */
  readonly countryParts = new Map<string, { country: EntityRecord; role: FormRole }>();
  /** Multi-word person names by their first and last key, for given-name/surname checks. */
  /** Words of multi-word person names, by accent-folded key. */
  readonly personWords = new Map<string, Array<{ form: NameForm; k: number }>>();
  /** Lower-case ordinary words one edit away from a name token (from cspell's dictionaries). */
  readonly ordinaryWords: Set<string>;
  /** Ordinary words that only name lists vouch for: no shield against a country's misspelling ("Isreal"). */
  readonly namesOnlyWords: Set<string>;
  /** Accepted names (lower-case keys joined by spaces). */
  readonly accepted = new Set<string>();
  /** Word → the swap groups it belongs to. */
  readonly swapGroups = new Map<string, WordSwapGroup[]>();
  /**
   * Native word of bodies' names (accent-folded) → its English renderings (WordSwapGroup.native);
   * an empty list for a native word that only links others ("de", "der", "och").
   */
  readonly nativeWords = new Map<string, string[]>();

  /**
   * The word-swap groups this registry was built from, as its maps keep them (for a registry
   * built anew where word-swaps.json is not at hand: the .vsix carries it only inside the registry
   * index). Each word's groups come back in their order; the glossary one group per native word.
   */
  wordSwapGroupsKept(): WordSwapGroup[] {
    // Each group once (the index decodes the same group for each of its words), in an order that
    // keeps every word's list in its own: a topological order of the lists' successive pairs.
    const byKey = new Map<string, number>();
    const groups: WordSwapGroup[] = [];
    const next: Array<Set<number>> = [];
    const before: number[] = [];
    const idOf = (g: WordSwapGroup): number => {
      const key = JSON.stringify(g);
      let id = byKey.get(key);
      if (id === undefined) {
        id = groups.length;
        byKey.set(key, id);
        groups.push(g);
        next.push(new Set());
        before.push(0);
      }
      return id;
    };
    const edge = (from: number, to: number): void => {
      if (from === to || next[from].has(to)) return;
      next[from].add(to);
      before[to]++;
    };
    // (And the groups that first wrote each word in the words' own order, so that a registry built
    // from them meets the words in the same order: the index it encodes is this one's.)
    let firstBefore: number | undefined;
    for (const list of this.swapGroups.values()) {
      const ids = list.map(idOf);
      for (let i = 1; i < ids.length; i++) edge(ids[i - 1], ids[i]);
      if (firstBefore !== undefined) edge(firstBefore, ids[0]);
      firstBefore = ids[0];
    }
    // (The smallest ready one first: a few hundred groups, so a scan, not a heap.)
    const out: WordSwapGroup[] = [];
    const ready = new Set<number>();
    before.forEach((n, id) => n === 0 && ready.add(id));
    while (ready.size > 0) {
      const id = Math.min(...ready);
      ready.delete(id);
      out.push(groups[id]);
      for (const m of next[id]) if (--before[m] === 0) ready.add(m);
    }
    for (const [word, senses] of this.nativeWords) out.push({ words: [word, ...senses], appliesTo: [], native: true });
    return out;
  }

  /** How many known people have this (accent-folded) word as their first name. */
  givenNameHolders(key: string): number {
    const ids = new Set<string>();
    // Curated people only: the lists' thousands of Friedrichs would make every given name shared.
    for (const { form, k } of this.personWords.get(foldKey(key)) ?? []) if (k === 0 && !this.listedIds.has(form.entity.id)) ids.add(form.entity.id);
    return ids.size;
  }

  /**
   * How many known people, curated or listed, have this (accent-folded) word as the last word of
   * their name: a surname many share ("Patel", "Khan") anchors no one person.
   */
  surnameHolders(key: string): number {
    const ids = new Set<string>();
    for (const { form, k } of this.personWords.get(foldKey(key)) ?? []) if (k === form.keys.length - 1 && k > 0) ids.add(form.entity.id);
    return ids.size;
  }

  /** True when `written` may stand for `wanted` inside a name of `kind` by a known swap ("Safety" for "Security"). */
  isWordSwap(written: string, wanted: string, kind: EntityKind): boolean {
    return (this.swapGroups.get(written) ?? []).some((g) => !g.translationOnly && g.appliesTo.includes(kind) && g.words.includes(wanted));
  }

  /** Ids of entities that come from the open name lists rather than curated data. */
  readonly listedIds = new Set<string>();

  /** True for an entity known only from the open name lists (see data/README.md). */
  isListed(entity: EntityRecord): boolean {
    return this.listedIds.has(entity.id);
  }

  /** entity id → house-preferred form. */
  readonly preferred = new Map<string, string>();

  constructor(
    entities: readonly EntityRecord[],
    ordinaryWords: Iterable<string> = [],
    house: HouseList = EMPTY_HOUSE_LIST,
    namesOnly: Iterable<string> = [],
    wordSwaps: readonly WordSwapGroup[] = [],
    /** Every name the open lists know: a word or name found there is a real name, not a slip. */
    readonly known: KnownNames = KnownNames.empty(),
    /** Entities from the open name lists (popular, not curated): they attract near-misses more cautiously. */
    listed: readonly EntityRecord[] = [],
  ) {
    this.ordinaryWords = new Set(ordinaryWords);
    for (const e of listed) if (!this.entities.has(e.id)) this.listedIds.add(e.id);
    for (const g of wordSwaps) {
      if (g.native) {
        const key = foldKey(g.words[0]);
        this.nativeWords.set(key, [...(this.nativeWords.get(key) ?? []), ...g.words.slice(1)]);
        continue;
      }
      for (const w of g.words) this.swapGroups.set(w, [...(this.swapGroups.get(w) ?? []), g]);
    }
    this.namesOnlyWords = new Set(namesOnly);
    for (const e of entities) this.entities.set(e.id, e);
    for (const e of listed) if (this.listedIds.has(e.id)) this.entities.set(e.id, e);
    // House entities and preferences are applied to the records before anything is indexed,
    // through maps built once: linear in the sizes of the knowledge and of the house list.
    if (house.entities.length) {
      const byName = new Map<string, string>();
      for (const e of this.entities.values()) if (!byName.has(e.name)) byName.set(e.name, e.id);
      for (const e of house.entities) this.mergeHouseEntity(e, byName);
    }
    if (house.preferred.length) this.applyPreferences(house.preferred);
    for (const [id, e] of this.entities) if (e.kind === 'person' && !this.listedIds.has(id)) this.entities.set(id, this.splitTransliterations(e));
    for (const e of this.entities.values()) this.indexEntity(e);
    // Longest first; of forms as long, a person's surname standing alone last: "Muscat" alone is
    // Oman's capital before Kevin Muscat, a coach, whatever order the files give them in.
    const shortRank = (f: NameForm) => (f.role === 'short' && f.entity.kind === 'person' ? 1 : 0);
    for (const list of this.phrasesByFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length || shortRank(a) - shortRank(b));
    for (const token of this.nameTokens.values()) token.standalone = isStandalone(token, this.listedIds);
    this.keysMemo.clear();
    this.acceptNames(house.accept);
  }

  /**
   * The built-in registry `base` with a newsroom's house list on top, sharing every index of
   * `base`, where the list can go on top: accepted names (which change only which keys are
   * known), and preferences of forms the knowledge already has (which change only which form
   * wins; see preferencesOverRecords). Made in milliseconds where a registry of its own takes a
   * second and tens of megabytes. Undefined where the list adds or extends entities, or prefers a
   * form the records lack: that list needs a registry of its own. `base` is left as it was.
   */
  static withHouse(base: EntityRegistry, house: HouseList): EntityRegistry | undefined {
    if (house.entities.length > 0) return undefined;
    const preferred = house.preferred.length ? base.preferencesOverRecords(house.preferred) : new Map<string, string>();
    if (!preferred) return undefined;
    if (house.accept.length === 0 && preferred.size === 0) return base;
    // The indexes built on first use are built now, on the base: the new registry shares their
    // maps, and two registries each filling a shared map on first use would fill it twice.
    base.buildLazyIndexes();
    const registry = new EntityRegistry([]);
    Object.assign(registry, base);
    const r = registry as unknown as { knownKeys: Set<string>; curatedKeys: Set<string>; accepted: Set<string>; folded?: Set<string>; markedByFold?: Map<string, string[]>; preferred: Map<string, string> };
    r.knownKeys = new KeysOver(base.knownKeys);
    r.curatedKeys = new KeysOver(base.curatedKeys);
    r.accepted = new Set(base.accepted);
    r.preferred = new Map([...base.preferred, ...preferred]);
    registry.acceptNames(house.accept);
    // The keys with accents folded: the base's, and the accepted names' over them.
    const folded = new KeysOver(base.foldedKeys);
    for (const name of house.accept) for (const k of formKeys(name)) folded.add(foldKey(k));
    r.folded = folded;
    // (Built from the curated keys on first use: built again, with the accepted names.)
    r.markedByFold = undefined;
    return registry;
  }

  /** Builds every index the registry otherwise builds on first use from its own maps. */
  private buildLazyIndexes(): void {
    this.ensureNearIndex();
    this.prebuildForIndex();
    this.formByBag(['']);
  }

  /**
   * What the checks' memos of indexes built from this registry's records and forms key on: the
   * same object for a registry with a house list over this one (withHouse), which shares
   * them. (Such an index must not read the known keys, which the accepted names change.)
   */
  get memoKey(): object {
    return this.entities;
  }

  /** The newsroom's accepted names: known, and never flagged. */
  private acceptNames(names: readonly string[]): void {
    for (const name of names) {
      const keys = formKeys(name);
      if (keys.length > 0) this.accepted.add(keys.join(' '));
      for (const k of keys) {
        this.knownKeys.add(k);
        this.curatedKeys.add(k);
      }
    }
  }

  /**
   * The built-in registry from indexes built at build time (src/core/entities/registryIndex.ts).
   * A house list goes on top with withHouse.
   */
  static fromIndex(index: Record<string, unknown>, known: KnownNames): EntityRegistry {
    // Every field the constructor fills comes from the index. The constructor runs on nothing
    // first: an object given its fields by Object.assign alone would have too many to stay in
    // V8's fast mode (every field a hash lookup); this one has them all, in the class's order.
    const registry = new EntityRegistry([]);
    Object.assign(registry, index);
    (registry as { known: KnownNames }).known = known;
    return registry;
  }

  /** Fields the prebuilt index does not hold: the name lists, which load on their own. */
  static readonly NOT_INDEXED: readonly string[] = ['known'];

  /**
   * The records the prebuilt index writes once, in tables its fields point into (see
   * registryIndex.ts), by columns: entity records, the name forms (which point at entities),
   * the name tokens and person-word entries (which point at forms) and the country parts. Each
   * `read` builds its record with one literal (for forms and the like, the one the constructor
   * uses, so a record loaded from the index has the shape of one built from the knowledge).
   */
  static indexTables(registry?: EntityRegistry): RecordTable[] {
    const forms: NameForm[] = [];
    const personWords: Array<{ form: NameForm; k: number }> = [];
    if (registry) {
      for (const list of registry.phrasesByFirst.values()) for (const f of list) forms.push(f);
      for (const list of registry.personWords.values()) for (const w of list) personWords.push(w);
    }
    type Cols = readonly unknown[][];
    // Entity records by columns, read back with every field in one order (absent ones
    // undefined): thousands of records of one shape rather than dozens, so the checks' reads
    // of `entity.kind` stay monomorphic. A list of sources many records share is written once.
    const entityTable: RecordTable<EntityRecord> = {
      records: registry ? [...registry.entities.values()] : [],
      // An absent field is written 0 (shorter than null); kinds and countries, from a few
      // hundred values, and lists of sources are written once in the table's pool.
      write: (e, _id, shared) => {
        for (const k of Object.keys(e)) if (!ENTITY_FIELDS.has(k)) throw new Error(`registry index: entity ${e.id} has a field ${k} the index does not store`);
        // (The one source most curated entities cite, the Wikipedia article of their own name, is written
        // -1: nineteen thousand strings that repeat the name column.)
        const ownArticle = e.sources.length === 1 && e.sources[0] === wikipediaOf(e.name);
        // (An id is written without the prefix its kind gives it: "lu-weiding" for person:lu-weiding.)
        if (!e.id.includes(':')) throw new Error(`registry index: entity id ${e.id} has no kind prefix`);
        const prefix = `${ID_PREFIX[e.kind]}:`;
        return [e.id.startsWith(prefix) && !e.id.includes(':', prefix.length) ? e.id.slice(prefix.length) : e.id, shared(e.kind), e.name, e.aliases ?? 0, e.short ?? 0, e.acronyms ?? 0, e.variants ?? 0, e.wrong ?? 0, e.adjectives ?? 0, e.demonyms ?? 0, e.combiningForms ?? 0, e.capital ?? 0, e.country === undefined ? 0 : shared(e.country) + 1, e.description ?? 0, ownArticle ? -1 : shared(e.sources), e.region === undefined ? 0 : shared(e.region) + 1];
      },
      read: (c: Cols, i, _t, pool) => ({
        id: withIdPrefix(c[0][i] as string, pool[c[1][i] as number] as EntityKind),
        kind: pool[c[1][i] as number] as EntityKind,
        name: c[2][i] as string,
        aliases: orUndefined(c[3][i]) as string[] | undefined,
        short: orUndefined(c[4][i]) as string[] | undefined,
        acronyms: orUndefined(c[5][i]) as string[] | undefined,
        variants: orUndefined(c[6][i]) as string[] | undefined,
        wrong: orUndefined(c[7][i]) as string[] | undefined,
        adjectives: orUndefined(c[8][i]) as string[] | undefined,
        demonyms: orUndefined(c[9][i]) as string[] | undefined,
        combiningForms: orUndefined(c[10][i]) as string[] | undefined,
        capital: orUndefined(c[11][i]) as string | undefined,
        country: c[12][i] === 0 ? undefined : (pool[(c[12][i] as number) - 1] as string),
        region: c[15][i] === 0 ? undefined : (pool[(c[15][i] as number) - 1] as string),
        description: orUndefined(c[13][i]) as string | undefined,
        sources: c[14][i] === -1 ? [wikipediaOf(c[2][i] as string)] : (pool[c[14][i] as number] as string[]),
      }),
    };
    const formTable: RecordTable<NameForm> = {
      records: forms,
      // No keys: a form works them out from its text when first asked (see NameForm).
      write: (f, id) => [id(f.entity), f.form, f.role, f.family],
      read: (c: Cols, i, t) => new NameForm(t[c[0][i] as number] as EntityRecord, c[1][i] as string, c[2][i] as FormRole, c[3][i] as string),
    };
    const tokenTable: RecordTable<NameToken> = {
      records: registry ? [...registry.nameTokens.values()] : [],
      write: (token, id) => [token.display, token.forms.map(id), token.standalone],
      read: (c: Cols, i, t) => ({ display: c[0][i] as string, forms: recordsAt(c[1][i] as unknown[], t) as NameForm[], standalone: c[2][i] as boolean }),
    };
    const personWordTable: RecordTable<{ form: NameForm; k: number }> = {
      records: personWords,
      write: (w, id) => [id(w.form), w.k],
      read: (c: Cols, i, t) => ({ form: t[c[0][i] as number] as NameForm, k: c[1][i] as number }),
    };
    const countryPartTable: RecordTable<{ country: EntityRecord; role: FormRole }> = {
      records: registry ? [...registry.countryParts.values()] : [],
      write: (p, id) => [id(p.country), p.role],
      read: (c: Cols, i, t) => ({ country: t[c[0][i] as number] as EntityRecord, role: c[1][i] as FormRole }),
    };
    return [entityTable, formTable, tokenTable, personWordTable, countryPartTable] as RecordTable[];
  }

  private nearIndexBuilt = false;
  private oneWordBodies: Set<string> | undefined = undefined;

  /**
   * True when the word is a curated body's or event's whole name ("Bundeskartellamt", "Gazprom",
   * "Eurovision"): a slip of it is a slip of the name, though the word stands for nothing inside longer names.
   */
  isOneWordBody(key: string): boolean {
    this.ensureNearIndex();
    return this.oneWordBodies!.has(key);
  }

  /**
   * The near-miss indexes (doubled letters collapsed, symmetric deletions, the lists' words by
   * first letter and length), built on the first near-miss lookup rather than at load.
   */
  private ensureNearIndex(): void {
    if (this.nearIndexBuilt) return;
    this.nearIndexBuilt = true;
    this.collapsedIndex = new HashIndex([...this.nameTokens.keys()], (key) => [collapseDoubles(key)]);
    // Only words a near-miss can be matched against go into the index: words that name an
    // entity on their own, and first words of longer names (phrase slips start there).
    const firsts = new Set<string>();
    for (const [first, list] of this.phrasesByFirst) if (list.some((f) => f.keys.length > 1 && f.role !== 'wrong' && f.role !== 'acronym')) firsts.add(first);
    const curated: string[] = [];
    this.oneWordBodies = new Set();
    for (const [key, token] of this.nameTokens) {
      if (oneWordBody(key, token, this.listedIds, this.ordinaryWords)) this.oneWordBodies.add(key);
      if (key.length < 4 || !(token.standalone || firsts.has(key) || this.oneWordBodies.has(key))) continue;
      // Words only the lists' names use go into a small bucket by first letter and length
      // instead: their slips must keep the first letter, and building deletions for tens of
      // thousands of words would cost more than scanning a bucket when one is looked up.
      if (token.forms.every((f) => this.listedIds.has(f.entity.id))) {
        const b = `${key[0]}${key.length}`;
        const bucket = this.listedBuckets.get(b);
        if (bucket) bucket.push(key);
        else this.listedBuckets.set(b, [key]);
        continue;
      }
      curated.push(key);
    }
    this.deletionIndex = deletionIndex(curated);
    compactLists(this.listedBuckets);
  }

  /** Name tokens within one edit (plus transpositions) of `key`, by symmetric deletion. */
  nearTokens(key: string): string[] {
    const hit = this.nearCache.get(key);
    if (hit) return hit;
    this.ensureNearIndex();
    const found = nearByDeletion(this.deletionIndex!, key);
    if (this.listedBuckets.size && key.length >= 3) {
      for (let len = key.length - 1; len <= key.length + 1; len++) {
        const b = `${key[0]}${len}`;
        const bucket = this.listedBuckets.get(b);
        if (!bucket) continue;
        let masks = bucketMasks.get(bucket);
        if (masks?.length !== bucket.length) bucketMasks.set(bucket, (masks = Int32Array.from(bucket, letterMask)));
        // One edit adds or drops at most one letter each way: more than two letters apart is farther.
        const mask = letterMask(key);
        for (let j = 0; j < bucket.length; j++) {
          if (bitCount(masks[j] ^ mask) > 2) continue;
          const k = bucket[j];
          if (k !== key && withinOneEdit(key, k)) found.add(k);
        }
      }
    }
    const result = [...found];
    // Articles repeat their words; remembering lookups makes re-checks cheap.
    if (this.nearCache.size > 50_000) this.nearCache.clear();
    this.nearCache.set(key, result);
    return result;
  }

  /** Name tokens spelled the same once doubled letters are collapsed ("Phillipines" → Philippines). */
  doublingTwins(key: string): string[] {
    this.ensureNearIndex();
    const collapsed = collapseDoubles(key);
    const twins: string[] = [];
    this.collapsedIndex!.candidates(collapsed, (k) => {
      if (k !== key && collapseDoubles(k) === collapsed) twins.push(k);
    });
    return twins;
  }

  private slipForms?: Map<string, NameForm[]>;
  /**
   * Forms a one-word slip inside a longer name can be matched against, by first key: names of
   * two words or more (people: three or more), correct forms only. Built on first use, so the
   * thousands of two-word names of people are not walked for every capitalised word.
   */
  phraseSlipForms(first: string): readonly NameForm[] {
    if (!this.slipForms) {
      this.slipForms = new Map();
      for (const [k, list] of this.phrasesByFirst) {
        const kept = list.filter((f) => f.role !== 'wrong' && f.role !== 'acronym' && f.keys.length >= (f.entity.kind === 'person' ? 3 : 2));
        if (kept.length) this.slipForms.set(k, kept);
      }
    }
    return this.slipForms.get(first) ?? [];
  }

  private slipFormsBySecond?: Map<string, NameForm[]>;

  /**
   * Builds the lookups otherwise built on first use that cost little to store: the forms a
   * one-word slip inside a longer name is matched against, by first and second key (lists of
   * form numbers in the prebuilt index). Building them walks every form's words, so with them in
   * the index neither the load nor the first check does (scripts/build-registry-index.mjs).
   */
  prebuildForIndex(): this {
    this.phraseSlipForms('');
    this.phraseSlipFormsBySecond('');
    return this;
  }
  /** The same forms as phraseSlipForms, by their second key. Built on first use. */
  phraseSlipFormsBySecond(second: string): readonly NameForm[] {
    if (!this.slipFormsBySecond) {
      this.slipFormsBySecond = new Map();
      for (const first of this.phrasesByFirst.keys()) {
        for (const f of this.phraseSlipForms(first)) {
          const list = this.slipFormsBySecond.get(f.keys[1]);
          if (list) list.push(f);
          else this.slipFormsBySecond.set(f.keys[1], [f]);
        }
      }
    }
    return this.slipFormsBySecond.get(second) ?? [];
  }

  private slipSeconds?: Map<string, Map<string, number[]>>;

  /** phraseSlipForms(first) grouped by their second key: where each group's forms stand in it. */
  phraseSlipSeconds(first: string): ReadonlyMap<string, readonly number[]> {
    if (!this.slipSeconds) this.slipSeconds = new Map();
    let groups = this.slipSeconds.get(first);
    if (!groups) {
      groups = new Map();
      this.phraseSlipForms(first).forEach((f, n) => {
        const list = groups!.get(f.keys[1]);
        if (list) list.push(n);
        else groups!.set(f.keys[1], [n]);
      });
      this.slipSeconds.set(first, groups);
    }
    return groups;
  }

  private slipFormsNear?: Map<string, { byFirst: Map<string, number[]>; byLetter: Map<string, number[]> }>;

  /**
   * Of phraseSlipFormsBySecond(second), in its order, the forms whose first key is one of
   * `firsts`, and those of bodies known by an acronym whose first key begins with `letter`: a
   * common second word ("of": thousands of names) is then not walked for every word before it.
   */
  phraseSlipFormsBySecondNear(second: string, firsts: Iterable<string>, letter: string): NameForm[] {
    const all = this.phraseSlipFormsBySecond(second);
    if (!all.length) return [];
    if (!this.slipFormsNear) this.slipFormsNear = new Map();
    let near = this.slipFormsNear.get(second);
    if (!near) {
      near = { byFirst: new Map(), byLetter: new Map() };
      all.forEach((f, n) => {
        const first = f.keys[0];
        const list = near!.byFirst.get(first);
        if (list) list.push(n);
        else near!.byFirst.set(first, [n]);
        if (f.entity.kind === 'organization' && f.entity.acronyms?.length) {
          const byLetter = near!.byLetter.get(first[0]);
          if (byLetter) byLetter.push(n);
          else near!.byLetter.set(first[0], [n]);
        }
      });
      this.slipFormsNear.set(second, near);
    }
    const picked = new Set<number>(near.byLetter.get(letter));
    for (const first of firsts) for (const n of near.byFirst.get(first) ?? []) picked.add(n);
    return [...picked].sort((x, y) => x - y).map((n) => all[n]);
  }

  private bags?: Map<string, NameForm>;
  /** The forms whose words are `keys` exactly, longest names first as indexed (none: an empty list). */
  formsWithKeys(keys: readonly string[]): readonly NameForm[] {
    if (keys.length === 0) return [];
    const list = this.phrasesByFirst.get(keys[0]);
    if (!list) return [];
    // A common first word opens thousands of names ("national", "the"): the near-miss checks ask for
    // the same words again on every re-check of a paragraph, so answers are remembered, per map of
    // forms (shared by a registry with a house list over this one, and never changed once built).
    let memo = formsMemo.get(this.phrasesByFirst);
    if (!memo) formsMemo.set(this.phrasesByFirst, (memo = new Map()));
    const key = keys.join(' ');
    let hit = memo.get(key);
    if (!hit) {
      hit = list.filter((f) => f.keys.length === keys.length && f.keys.every((k, i) => k === keys[i]));
      if (memo.size > 50_000) memo.clear();
      memo.set(key, hit);
    }
    return hit;
  }

  /**
   * A curated organisation's or event's name of three words or more with the same content
   * words as `keys` in another order ("African Football Confederation" → Confederation of
   * African Football). Built on first use.
   */
  formByBag(keys: readonly string[]): NameForm | undefined {
    if (!this.bags) {
      this.bags = new Map();
      // A place's adjective or demonym stands for the place: translated names swap one for the
      // other with the word order ("National Bank of Switzerland" → Swiss National Bank).
      const placeOf = new Map<string, string>();
      for (const list of this.phrasesByFirst.values()) {
        for (const f of list) {
          if ((f.role === 'adjective' || f.role === 'demonym') && f.keys.length === 1 && (f.entity.kind === 'country' || f.entity.kind === 'place')) {
            const name = formKeys(f.entity.name);
            if (name.length === 1 && !placeOf.has(f.keys[0])) placeOf.set(f.keys[0], name[0]);
          }
        }
      }
      this.bagPlaceOf = placeOf;
      for (const list of this.phrasesByFirst.values()) {
        for (const f of list) {
          if (f.role === 'wrong' || f.role === 'acronym' || f.entity.kind === 'person' || this.listedIds.has(f.entity.id)) continue;
          // Two-word names only for organisations ("Union African" → African Union); longer ones for any kind but people.
          if (f.keys.length < 2 || (f.keys.length === 2 && f.entity.kind !== 'organization')) continue;
          const bag = this.placeBag(f.keys);
          if (bag.split(' ').length >= 2 && !this.bags.has(bag)) this.bags.set(bag, f);
        }
      }
    }
    return this.bags.get(this.placeBag(keys));
  }

  private bagPlaceOf = new Map<string, string>();
  private placeBag(keys: readonly string[]): string {
    return bagOf(keys.map((k) => this.bagPlaceOf.get(k) ?? k));
  }

  /** Higher is more prominent: countries before people before organisations. */
  rank(entity: EntityRecord): number {
    return KIND_RANK[entity.kind] ?? 9;
  }

  isAccepted(text: string): boolean {
    return this.accepted.size > 0 && this.accepted.has(formKeys(text).join(' '));
  }

  private mergeHouseEntity(e: EntityRecord, byName: Map<string, string>): void {
    const existingId = this.entities.has(e.id) ? e.id : byName.get(e.name);
    const existing = existingId !== undefined ? this.entities.get(existingId) : undefined;
    if (!existing) {
      this.entities.set(e.id, { ...e, sources: e.sources.length ? e.sources : ['house list'] });
      if (!byName.has(e.name)) byName.set(e.name, e.id);
      return;
    }
    const merged: EntityRecord = { ...existing, sources: [...existing.sources, ...e.sources] };
    for (const field of ['aliases', 'short', 'acronyms', 'variants', 'wrong', 'adjectives', 'demonyms', 'combiningForms'] as const) {
      const add = e[field];
      if (add && add.length) merged[field] = [...new Set([...(existing[field] ?? []), ...add])];
    }
    this.entities.set(existing.id, merged);
  }

  /**
   * House preferences: the first entity (in knowledge order) that has the preferred form, or
   * one of the forms it is preferred over, takes the preferred form; the others become variants.
   */
  private applyPreferences(prefs: ReadonlyArray<{ form: string; over: string[] }>): void {
    for (const { pref, id } of this.preferenceTargets(prefs, true)) {
      const e = this.entities.get(id)!;
      const all = [e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.variants ?? [])];
      this.preferred.set(e.id, pref.form);
      // Forms the house rejects become variants, so the consistency check flags them.
      const variants = new Set(e.variants ?? []);
      for (const o of pref.over) variants.add(o);
      const aliases = pref.form !== e.name && !all.includes(pref.form) ? [...(e.aliases ?? []), pref.form] : e.aliases;
      this.entities.set(e.id, { ...e, ...(aliases ? { aliases } : {}), variants: [...variants] });
    }
  }

  /** The entity each preference goes to (see applyPreferences), in the preferences' order. */
  private preferenceTargets(prefs: ReadonlyArray<{ form: string; over: string[] }>, remember: boolean): Array<{ pref: { form: string; over: string[] }; id: string }> {
    const order = new Map<string, number>();
    const byKeys = new Map<string, string>();
    const byForm = new Map<string, string>();
    let n = 0;
    for (const e of this.entities.values()) {
      order.set(e.id, n++);
      for (const f of [e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.variants ?? [])]) {
        const k = this.keysOf(f, remember).join(' ');
        if (!byKeys.has(k)) byKeys.set(k, e.id);
        if (!byForm.has(f)) byForm.set(f, e.id);
      }
    }
    const out: Array<{ pref: { form: string; over: string[] }; id: string }> = [];
    for (const pref of prefs) {
      const candidates = [byKeys.get(formKeys(pref.form).join(' ')), ...pref.over.map((o) => byForm.get(o))].filter((x): x is string => x !== undefined);
      if (candidates.length) out.push({ pref, id: candidates.sort((a, b) => order.get(a)! - order.get(b)!)[0] });
    }
    return out;
  }

  /**
   * The preferred form of each entity the preferences go to, where applying them to this
   * registry's records would change none (the house prefers forms the knowledge already has:
   * "Kyiv" over "Kiev", a variant of Kyiv): then they need no registry of their own. Undefined
   * where one would change a record, or goes to a person (whose records this registry holds as
   * indexed, their transliterations split off: not as the preferences would meet them).
   */
  private preferencesOverRecords(prefs: ReadonlyArray<{ form: string; over: string[] }>): Map<string, string> | undefined {
    const preferred = new Map<string, string>();
    for (const { pref, id } of this.preferenceTargets(prefs, false)) {
      const e = this.entities.get(id)!;
      if (e.kind === 'person') return undefined;
      const all = [e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.variants ?? [])];
      if (!all.includes(pref.form) || !pref.over.every((o) => e.variants?.includes(o))) return undefined;
      preferred.set(id, pref.form);
    }
    return preferred;
  }

  // NOTE: indexing runs once per entity (12,000 at load), mostly before the optimising compiler
  // has finished with it: small methods with plain loops (no closures or tuple arrays) are
  // compiled sooner and run faster meanwhile.
  private indexEntity(e: EntityRecord): void {
    const curated = !this.listedIds.has(e.id);
    let canonicalKeys: Set<string> | undefined;
    if (e.variants?.length) {
      canonicalKeys = new Set();
      for (const form of correctForms(e)) for (const k of this.keysOf(form)) canonicalKeys.add(k);
    }
    this.indexCorrect(e, e.name, 'name', curated);
    if (e.aliases) for (const a of e.aliases) this.indexCorrect(e, a, 'alias', curated);
    if (e.short) for (const x of e.short) this.indexCorrect(e, x, 'short', curated);
    if (e.adjectives) for (const a of e.adjectives) this.indexCorrect(e, a, 'adjective', curated);
    if (e.demonyms) for (const d of e.demonyms) this.indexCorrect(e, d, 'demonym', curated);
    if (e.combiningForms) for (const c of e.combiningForms) this.indexCorrect(e, c, 'combining', curated);
    if (e.variants) {
      for (const v of e.variants) {
        const keys = this.keysOf(v);
        const family = keys.filter((k) => !canonicalKeys!.has(k)).join(' ');
        const nf = this.addForm(e, v, 'variant', family, curated);
        if (nf) this.noteCorrect(nf, curated);
      }
    }
    if (e.acronyms) {
      for (const a of e.acronyms) {
        const norm = normaliseAcronym(a);
        const list = this.acronyms.get(norm);
        if (list) {
          if (!list.includes(e)) list.push(e);
        } else this.acronyms.set(norm, [e]);
        const nf = this.addForm(e, a, 'acronym', '', curated);
        if (nf) for (const k of nf.keys) {
          this.knownKeys.add(k);
          if (curated) this.curatedKeys.add(k);
        }
      }
    }
    if (e.wrong) for (const w of e.wrong) this.addForm(e, w, 'wrong', '', curated);
  }

  private indexCorrect(e: EntityRecord, form: string, role: FormRole, curated: boolean): void {
    const nf = this.addForm(e, form, role, '', curated);
    if (nf) this.noteCorrect(nf, curated);
  }

  /** A form of `e` by its first key (and its second key noted); undefined for a form without words. */
  private addForm(e: EntityRecord, form: string, role: FormRole, family: string, curated: boolean): NameForm | undefined {
    const keys = this.keysOf(form, curated);
    if (keys.length === 0) return undefined;
    const nf = new NameForm(e, form, role, family, keys);
    if (keys.length > 1) this.secondKeys.add(keys[1]);
    const c0 = form.charCodeAt(0);
    if (role === 'wrong' || !(c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : /^\p{Lu}/u.test(form))) this.lowerFirstKeys.add(keys[0]);
    const list = this.phrasesByFirst.get(keys[0]);
    if (list) list.push(nf);
    else this.phrasesByFirst.set(keys[0], [nf]);
    return nf;
  }

  /**
   * A person's alias that differs from the name in one word by a letter or two (and not just
   * by accents) is a competing transliteration ("Abdel-Fattah el-Sissi" for "… el-Sisi"):
   * it becomes a variant, and so do the short forms it implies ("el-Sissi"), so an article
   * that mixes the spellings is told so.
   */
  private splitTransliterations(e: EntityRecord): EntityRecord {
    const nameKeys = this.keysOf(e.name);
    const aliases: string[] = [];
    const variants = new Set(e.variants ?? []);
    for (const a of e.aliases ?? []) {
      const keys = this.keysOf(a);
      const diff = keys.length === nameKeys.length ? keys.map((_, i) => i).filter((i) => keys[i] !== nameKeys[i]) : [];
      const one = diff.length === 1 ? diff[0] : -1;
      const spelling = one >= 0 && foldKey(keys[one]) !== foldKey(nameKeys[one]) && editDistance(foldKey(keys[one]), foldKey(nameKeys[one]), 2) <= 2;
      if (spelling && !isConnector(keys[one])) variants.add(a);
      else aliases.push(a);
    }
    for (const short of e.short ?? []) {
      const sKeys = this.keysOf(short);
      const isSuffix = sKeys.length < nameKeys.length && sKeys.every((k, i) => nameKeys[nameKeys.length - sKeys.length + i] === k);
      if (!isSuffix) continue;
      for (const v of [...variants]) {
        const atoms = scanAtoms(v);
        if (atoms.length !== nameKeys.length) continue;
        const tail = v.slice(atoms[atoms.length - sKeys.length].start);
        if (this.keysOf(tail).join(' ') !== sKeys.join(' ')) variants.add(tail);
      }
    }
    if (variants.size === (e.variants?.length ?? 0) && aliases.length === (e.aliases?.length ?? 0)) return e;
    return { ...e, aliases, variants: [...variants] };
  }

  /** formKeys, remembered: the same words recur across thousands of name forms. */
  private readonly keysMemo = new Map<string, string[]>();
  /**
   * The keys of a name form. Curated forms are remembered (their words recur across thousands
   * of forms); the lists' forms are mostly seen once, so `remember` false skips the memo.
   */
  private keysOf(form: string, remember = true): string[] {
    let keys = this.keysMemo.get(form);
    if (!keys) {
      keys = keysOfForm(form);
      if (remember) this.keysMemo.set(form, keys);
    }
    return keys;
  }

  private singleKey(w: string): string | undefined {
    const keys = this.keysOf(w);
    return keys.length === 1 ? keys[0] : undefined;
  }

  private noteCorrect(nf: NameForm, curated: boolean): void {
    const e = nf.entity;
    const keys = nf.keys;
    for (const k of keys) {
      this.knownKeys.add(k);
      if (curated) this.curatedKeys.add(k);
    }
    if (e.kind === 'country' && keys.length === 1 && nf.role !== 'variant') {
      if (!this.countryParts.has(keys[0])) this.countryParts.set(keys[0], { country: e, role: nf.role });
    }
    if (e.kind === 'person' && keys.length >= 2 && (nf.role === 'name' || nf.role === 'alias' || nf.role === 'variant')) {
      for (let k = 0; k < keys.length; k++) {
        const folded = foldKey(keys[k]);
        const list = this.personWords.get(folded);
        if (list) list.push({ form: nf, k });
        else this.personWords.set(folded, [{ form: nf, k }]);
      }
    }
    // Only capitalised content words are worth matching near-misses against; of the lists'
    // names only the first and last words (phrase slips start at the first, surnames are last).
    const form = nf.form;
    if (SIMPLE_FORM.test(form)) {
      // Letters with single spaces and hyphens: the words are the keys, as written.
      const last = keys.length - 1;
      let at = 0;
      for (let n = 0; n <= last; n++) {
        const len = keys[n].length;
        if (curated || n === 0 || n === last) this.noteToken(nf, form.slice(at, at + len), keys[n]);
        at += len + 1;
      }
      return;
    }
    const words = form.split(/[\s-]+/);
    for (let n = 0; n < words.length; n++) {
      if (!curated && n > 0 && n < words.length - 1) continue;
      const w = words[n];
      const c0 = w.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122) continue; // lower-case ASCII: never a name token
      const key = this.singleKey(w);
      if (key !== undefined) this.noteToken(nf, w, key);
    }
  }

  /** Notes `w` (written so in the form, with `key`) as a name token of `nf` if it is worth near-miss matching. */
  private noteToken(nf: NameForm, w: string, key: string): void {
    const c0 = w.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) return; // lower-case ASCII: never a name token
    if (key.length < 4 || isConnector(key) || !(c0 >= 65 && c0 <= 90 ? true : /^\p{Lu}/u.test(w)) || /\d/.test(w) || w === w.toUpperCase()) return;
    const entry = this.nameTokens.get(key);
    if (entry) entry.forms.push(nf);
    else this.nameTokens.set(key, { display: w.replace(/['’]s$/, ''), forms: [nf], standalone: false });
  }
}

/** A list of record numbers made, in place, the list of those records. */
/** A column value of the index, where 0 stands for an absent field. */
function orUndefined(x: unknown): unknown {
  return x === 0 ? undefined : x;
}

function recordsAt(list: unknown[], records: readonly unknown[]): unknown[] {
  for (let j = 0; j < list.length; j++) list[j] = records[list[j] as number];
  return list;
}

/** formKeys of a name form; plain names (letters, single spaces and hyphens) split the same way without the atom scanner. */
function keysOfForm(form: string): string[] {
  return SIMPLE_FORM.test(form) ? splitSimple(form.toLowerCase()) : formKeys(form);
}

/** "jean-pierre raffarin" → ["jean", "pierre", "raffarin"]: a plain name's words (single spaces and hyphens). */
function splitSimple(form: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c === 32 || c === 45) {
      out.push(form.slice(from, i));
      from = i + 1;
    }
  }
  out.push(form.slice(from));
  return out;
}

/** The correct forms of an entity other than variants, in indexing order. */
function correctForms(e: EntityRecord): string[] {
  return [e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.adjectives ?? []), ...(e.demonyms ?? []), ...(e.combiningForms ?? [])];
}

function isStandalone(token: NameToken, listed: ReadonlySet<string>): boolean {
  // Most words belong to one form of one listed entity: decide those without building sets.
  if (token.forms.length === 1 && listed.has(token.forms[0].entity.id)) {
    const f = token.forms[0];
    if (f.entity.kind === 'place') return f.keys.length === 1;
    return f.entity.kind === 'person' && f.keys.length > 1 && f.keys[f.keys.length - 1] === token.display.toLowerCase();
  }
  // A big city's one-word name from the lists (Kaohsiung, Jeddah) stands alone whatever bodies,
  // events and works are named after it, curated or not ("Al Ahli Jeddah", "Al-Ittihad Jeddah",
  // "the Kyoto Protocol").
  const curated = token.forms.filter((f) => !listed.has(f.entity.id));
  if (curated.every((f) => f.entity.kind === 'organization' || f.entity.kind === 'event' || f.entity.kind === 'other') && token.forms.some((f) => f.entity.kind === 'place' && f.role === 'name' && f.keys.length === 1 && listed.has(f.entity.id))) return true;
  // Curated names decide when they use the word; the lists' popular names only when no curated one does,
  // and then only a person's surname that few of them share.
  if (curated.length === 0) {
    const people = new Set(token.forms.filter((f) => f.entity.kind === 'person').map((f) => f.entity.id));
    const key = token.display.toLowerCase();
    return people.size >= 1 && people.size <= 2 && token.forms.every((f) => f.entity.kind === 'person' && f.keys.length > 1 && f.keys[f.keys.length - 1] === key);
  }
  token = { ...token, forms: curated };
  // A word in three or more names is generic ("Republic", "Saint"). Bodies and events
  // named after a country do not count: "Norwegian" stays Norway's word however many Norwegian
  // committees and academies the knowledge holds (their words never stand alone anyway).
  const key = token.display.toLowerCase();
  const counted = token.forms.filter((f) => f.entity.kind !== 'organization' && f.entity.kind !== 'event' && f.entity.kind !== 'other');
  const entities = new Set(counted.map((f) => f.entity.id));
  if (entities.size >= 3) {
    // People who bear a place's one-word name as a given name do not make it generic: "Sydney"
    // stays the city's word beside Sydney Sweeney and Sydney McLaughlin-Levrone; nor do places
    // whose longer names hold it ("Austria" beside Lower Austria and Upper Austria).
    const place = (f: NameForm) => f.entity.kind === 'place' || f.entity.kind === 'country';
    // (Nor, for a country's one-word name, people who bear it as a surname: "France" stays the
    // country's beside Jim France, "Jordan" beside Michael Jordan.)
    const country = counted.some((f) => f.entity.kind === 'country' && f.role === 'name' && f.keys.length === 1);
    const rest = new Set(counted.filter((f) => !(f.entity.kind === 'person' && (country ? f.keys.length > 1 : f.role !== 'short' && f.keys[f.keys.length - 1] !== key)) && !(place(f) && f.keys.length > 1)).map((f) => f.entity.id));
    return rest.size === 1 && counted.some((f) => place(f) && f.role === 'name' && f.keys.length === 1);
  }
  return token.forms.some((f) => {
    const kind = f.entity.kind;
    if (kind === 'country' || kind === 'place') return f.role !== 'combining';
    if (kind === 'person') {
      // (The second half of a hyphenated surname is none on its own: "Atta" of Ken Ofori-Atta.)
      if (f.form.toLowerCase().endsWith(`-${key}`)) return false;
      // Surnames identify a person; given names do not ("Marc", "Jens").
      if (f.role === 'short') return true;
      // (Not where the curated entry says no short form is the person's, "short: []": a surname many
      // share (Sharma, Walker), or a name whose last word is a given name's ("Chan Chun Sing").)
      // A monarch's name before the regnal number is theirs alone where no other curated name uses
      // it ("Mswati" of King Mswati III, "Letsie"; "Charles" is generic above), whatever `short` says.
      if (f.keys.length > 1 && REGNAL.test(f.keys[f.keys.length - 1]) && f.keys[f.keys.length - 2] === key) return true;
      if (f.entity.short?.length === 0) return false;
      return f.keys.length > 1 && f.keys[f.keys.length - 1] === key;
    }
    return false; // organisation and event words ("Fund", "Market") only count inside the whole name
  });
}

/**
 * A curated organisation's, event's or work's whole name in one word of six letters or more, no
 * English word ("Bundeskartellamt", "Aeroflot"; not "Action", the retailer): it may attract a slip.
 */
function oneWordBody(key: string, token: NameToken, listed: ReadonlySet<string>, ordinary: ReadonlySet<string>): boolean {
  if (key.length < 6 || token.standalone || ordinary.has(key)) return false;
  return token.forms.some((f) => f.keys.length === 1 && (f.role === 'name' || f.role === 'alias' || f.role === 'short') && (f.entity.kind === 'organization' || f.entity.kind === 'event' || f.entity.kind === 'other') && !listed.has(f.entity.id));
}

/** A regnal number as a name's last word ("iii", "xiv"). */
const REGNAL = /^[ivx]{1,5}$/;

/** Content words of a name, sorted: the same for any order of the words. */
export function bagOf(keys: readonly string[]): string {
  return keys.filter((k) => !CONNECTORS.has(k)).sort().join(' ');
}

/** "phillipines" → "philipines": doubled letters are the commonest spelling slip in names. */
export function collapseDoubles(key: string): string {
  // Most words have no doubled letter: found out without running the regex.
  let doubled = false;
  for (let i = 1; i < key.length && !doubled; i++) doubled = key.charCodeAt(i) === key.charCodeAt(i - 1);
  return doubled ? key.replace(/(.)\1+/g, '$1') : key;
}

export { foldKey } from './fold';

export function normaliseAcronym(a: string): string {
  return a.replace(/[.\-\s‐]/g, '').toUpperCase();
}

/**
 * Each listed bucket's letter masks (letterMask), in its order: most words are ruled out by these
 * alone. Kept beside the registry, not in it: its fields are what the prebuilt index encodes.
 */
const bucketMasks = new WeakMap<readonly string[], Int32Array>();

/** The letters of a word as bits (a letter's code modulo 32): words one edit apart differ in at most two. */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) & 31);
  return m;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A set of keys over another, which it never changes: it has the keys of both. What is added
 * goes into this set only (a registry with a house list's accepted names over the built-in one).
 */
class KeysOver extends Set<string> {
  constructor(private readonly under: ReadonlySet<string>) {
    super();
  }
  override has(key: string): boolean {
    return super.has(key) || this.under.has(key);
  }
  override add(key: string): this {
    if (!this.under.has(key)) super.add(key);
    return this;
  }
  override get size(): number {
    return super.size + this.under.size;
  }
  override *[Symbol.iterator](): SetIterator<string> {
    yield* this.under;
    yield* super.values();
  }
  override values(): SetIterator<string> {
    return this[Symbol.iterator]();
  }
  override keys(): SetIterator<string> {
    return this[Symbol.iterator]();
  }
  override *entries(): SetIterator<[string, string]> {
    for (const key of this) yield [key, key];
  }
  override forEach(fn: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    for (const key of this) fn.call(thisArg, key, key, this);
  }
}
