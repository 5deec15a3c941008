// SeeAlsoIndex: an incremental inverted index over the workspace's articles that
// ranks them by relevance to the article being edited. Pure: no 'vscode' import.
//
// Ranking formula (also in docs/see-also.md). For the current article q and a
// candidate d:
//
//   score(q, d) = Σ_{t ∈ T(q)} idf(t) · tf(t,d)·(k1+1) / (tf(t,d) + k1·(1 − b + b·len(d)/avglen))
//               + Σ_{n ∈ names(q) ∩ names(d)}   W_name    · idf(n)
//               + Σ_{g ∈ tags(q) ∩ tags(d)}     W_tag     · idf(g)
//               + [section(q) = section(d)]     W_section · idf(section)
//
//   tf(t,d)  = W_headline · count of t in d's headline + count of t in d's body   (BM25F-style field weight)
//   len(d)   = W_headline · headline terms + body terms; avglen over all indexed articles
//   idf(x)   = ln(1 + (N − df(x) + 0.5) / (df(x) + 0.5)), N = indexed articles, df = articles containing x
//   T(q)     = the MAX_QUERY_TERMS terms of q with the highest (1 + ln tf(t,q)) · idf(t)  ("more like this")
//
// Terms are lower-cased words minus stop words with plural "s" folded (text.ts).
// Names are entity ids from the injected `namesOf`; tags compare case-insensitively.
// Ties go to the more recent article, then to the path (stable order).
import { readArticleFields, type ArticleFields } from './article';
import { WordIdTable, termOf } from './text';

export interface SeeAlsoWeights {
  /** Field weight of headline terms over body terms. */
  headline: number;
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation (0 = none, 1 = full). */
  b: number;
  /** Multiplier of idf for each shared recognised name. */
  name: number;
  /** Multiplier of idf for each shared front-matter tag. */
  tag: number;
  /** Multiplier of idf when both articles are in the same section. */
  section: number;
  /** How many of the current article's terms make the query. */
  maxQueryTerms: number;
}

export const DEFAULT_SEE_ALSO_WEIGHTS: Readonly<SeeAlsoWeights> = {
  headline: 3,
  k1: 1.2,
  b: 0.75,
  name: 1.5,
  tag: 1.5,
  section: 0.5,
  maxQueryTerms: 40,
};

export interface SeeAlsoIndexOptions {
  /** Ids of the entities recognised in an article, given its whole text (supplied by the entity engine). */
  namesOf?: (text: string) => string[];
  /** Display form of a name id ("person:sergei-lavrov" → "Sergei Lavrov"); defaults to a readable form of the id. */
  nameLabel?: (id: string) => string;
  weights?: Partial<SeeAlsoWeights>;
}

export interface SeeAlsoReasons {
  /** Shared names, display forms, most specific (highest idf) first. */
  names: string[];
  /** Shared tags as the candidate writes them. */
  tags: string[];
  sameSection: boolean;
}

/** What the index keeps about each article besides its postings. */
export interface IndexedArticle {
  path: string;
  title: string;
  date: string;
  section: string;
  outlet: string;
  tags: string[];
}

export interface SeeAlsoCandidate extends IndexedArticle {
  score: number;
  reasons: SeeAlsoReasons;
}

interface DocEntry extends IndexedArticle {
  id: number;
  /** Weighted length (headline × weight + body). */
  len: number;
  /** Ids of the distinct text terms (kept to correct df on removal). */
  terms: Int32Array;
  /** Ids of the meta keys: "n:<name id>", "g:<tag lower>", "s:<section lower>". */
  meta: Int32Array;
  dateKey: number;
}

/**
 * One term's postings: `entries[0..n)` each pack `docId << 8 | min(tf, 255)` into a
 * Uint32 (BM25 saturates long before tf 255; ids go to 16 million). Typed arrays keep
 * 10,000 articles in tens of MB with little garbage. Dead ids are skipped in queries and
 * dropped on compaction.
 */
interface Posting {
  entries: Uint32Array;
  n: number;
  /** Live documents containing the term. */
  df: number;
}

const TF_BITS = 8;
const TF_MASK = (1 << TF_BITS) - 1;

const NAME = 'n:';
const TAG = 'g:';
const SECTION = 's:';

/** Returned by `wordId` for a stop word, single letter or non-year number. */
const DROPPED = -1;
/** Returned by `wordId` in lookup mode for a term the index has never seen. */
const UNKNOWN = -2;

/** What `analyse` found in one article; term ids point into the index's term table. */
interface Analysis {
  fields: ArticleFields;
  /** Distinct term ids in order of first appearance (headline first). */
  termIds: number[];
  /** tf of each id in `termIds`, same order (headline terms × the headline weight). */
  tfs: number[];
  len: number;
  /** Meta keys in order: names (as namesOf gives them), tags, section. */
  meta: string[];
  dateKey: number;
}

export class SeeAlsoIndex {
  private readonly weights: SeeAlsoWeights;
  private readonly namesOf: (text: string) => string[];
  private readonly nameLabel: (id: string) => string;
  private readonly byPath = new Map<string, DocEntry>();
  /** docId → entry; undefined once removed or replaced. */
  private docs: (DocEntry | undefined)[] = [];
  /**
   * Terms and meta keys are interned to small integer ids, so per-word work is one
   * Map lookup and postings live in an array indexed by id. Meta keys contain ':'
   * and words never do, so the two share one id space without clashes.
   */
  private termIds = new Map<string, number>();
  /** id → term or meta key. */
  private termText: string[] = [];
  /** id → postings (same length as termText). */
  private postings: Posting[] = [];
  /**
   * Word → term id (or DROPPED), found without slicing or lower-casing the word
   * (text.ts). Saves the stop-word test, stemming and the term lookup for the words
   * that make up most of the text. Only holds words of indexed articles and known
   * query words; emptied when it grows past 500,000 words (ids stay valid).
   */
  private words = new WordIdTable();
  /** Resolvers for `words`: indexing interns new terms, querying only looks them up. */
  private readonly resolveAdd = (word: string): number => {
    const term = termOf(word);
    return term === '' ? DROPPED : this.intern(term);
  };
  private readonly resolveLookup = (word: string): number => {
    const term = termOf(word);
    return term === '' ? DROPPED : (this.termIds.get(term) ?? UNKNOWN);
  };
  /** Scratch tf per term id while one article is analysed; all zero between calls. */
  private tfScratch = new Float64Array(1024);
  /** Sum of len over live documents, kept incrementally for avglen. */
  private totalLen = 0;
  private dead = 0;

  constructor(options: SeeAlsoIndexOptions = {}) {
    this.weights = { ...DEFAULT_SEE_ALSO_WEIGHTS, ...options.weights };
    this.namesOf = options.namesOf ?? (() => []);
    this.nameLabel = options.nameLabel ?? defaultNameLabel;
  }

  get size(): number {
    return this.byPath.size;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  get(path: string): IndexedArticle | undefined {
    const d = this.byPath.get(path);
    return d && { path: d.path, title: d.title, date: d.date, section: d.section, outlet: d.outlet, tags: d.tags };
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** Adds an article or replaces its previous version. */
  set(path: string, text: string): void {
    this.remove(path);
    const a = this.analyse(text, true);
    const id = this.docs.length;
    const meta = new Int32Array(a.meta.length);
    for (let i = 0; i < a.meta.length; i++) meta[i] = this.intern(a.meta[i]);
    const entry: DocEntry = {
      path,
      title: a.fields.title,
      date: a.fields.date,
      section: a.fields.section,
      outlet: a.fields.outlet,
      tags: a.fields.tags,
      id,
      len: a.len,
      terms: new Int32Array(a.termIds),
      meta,
      dateKey: a.dateKey,
    };
    this.docs.push(entry);
    this.byPath.set(path, entry);
    this.totalLen += entry.len;
    for (let i = 0; i < a.termIds.length; i++) this.post(a.termIds[i], id, a.tfs[i]);
    for (let i = 0; i < meta.length; i++) this.post(meta[i], id, 1);
  }

  remove(path: string): boolean {
    const entry = this.byPath.get(path);
    if (!entry) return false;
    this.byPath.delete(path);
    this.docs[entry.id] = undefined;
    this.totalLen -= entry.len;
    // Postings keep the dead id until compaction; df is corrected now so idf stays exact.
    for (const t of entry.terms) this.postings[t].df--;
    for (const m of entry.meta) this.postings[m].df--;
    this.dead++;
    if (this.dead > 64 && this.dead > this.byPath.size) this.compact();
    return true;
  }

  /**
   * The `limit` articles most related to `currentText`, best first. `currentPath`
   * is never returned. Cost: the postings of at most `maxQueryTerms` terms plus
   * the current article's names, tags and section.
   */
  query(currentPath: string, currentText: string, limit = 20): SeeAlsoCandidate[] {
    const n = this.byPath.size;
    if (n === 0 || limit <= 0) return [];
    const w = this.weights;
    // Lookup mode: words the index has never seen have no postings and are not interned,
    // so a query does not grow the term table.
    const q = this.analyse(currentText, false);
    const self = this.byPath.get(currentPath);
    // The saved version of the current article may be indexed too; it stays in N and df
    // (one article barely moves idf) but is never returned.
    const avgLen = this.totalLen / n || 1;

    const queryTerms: { term: string; id: number; idf: number; weight: number }[] = [];
    for (let i = 0; i < q.termIds.length; i++) {
      const id = q.termIds[i];
      const p = this.postings[id];
      if (p.df === 0) continue;
      const idf = this.idf(p.df);
      queryTerms.push({ term: this.termText[id], id, idf, weight: (1 + Math.log(q.tfs[i])) * idf });
    }
    queryTerms.sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1));
    queryTerms.length = Math.min(queryTerms.length, w.maxQueryTerms);

    const scores = new Float64Array(this.docs.length);
    const touched: number[] = [];
    const add = (id: number, s: number) => {
      if (scores[id] === 0) touched.push(id);
      scores[id] += s;
    };
    const k1 = w.k1;
    for (const { id: termId, idf } of queryTerms) {
      const { entries, n: count } = this.postings[termId];
      for (let i = 0; i < count; i++) {
        const d = this.docs[entries[i] >>> TF_BITS];
        if (!d) continue;
        const tf = entries[i] & TF_MASK;
        add(d.id, (idf * tf * (k1 + 1)) / (tf + k1 * (1 - w.b + (w.b * d.len) / avgLen)));
      }
    }
    for (const key of q.meta) {
      const metaId = this.termIds.get(key);
      const p = metaId === undefined ? undefined : this.postings[metaId];
      if (!p || p.df === 0) continue;
      const weight = key.startsWith(NAME) ? w.name : key.startsWith(TAG) ? w.tag : w.section;
      const s = weight * this.idf(p.df);
      for (let i = 0; i < p.n; i++) {
        const d = this.docs[p.entries[i] >>> TF_BITS];
        if (d) add(d.id, s);
      }
    }

    const ranked: DocEntry[] = [];
    for (const id of touched) {
      const d = this.docs[id]!;
      if (d.path === currentPath || d === self) continue;
      ranked.push(d);
    }
    // Names, tags and the section touch thousands of articles, and sorting them all with
    // the tie-breaking comparator was most of a query. Only the `limit` best are returned,
    // so sort just the candidates scoring at least the limit-th best score: ties with it
    // are kept, so the result is the same as sorting everything.
    let pool = ranked;
    if (ranked.length > 4 * limit) {
      const s = new Float64Array(ranked.length);
      for (let i = 0; i < ranked.length; i++) s[i] = scores[ranked[i].id];
      s.sort();
      const cutoff = s[s.length - limit];
      pool = ranked.filter((d) => scores[d.id] >= cutoff);
    }
    pool.sort((a, b) => scores[b.id] - scores[a.id] || b.dateKey - a.dateKey || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    pool.length = Math.min(pool.length, limit);

    const qMeta = new Set(q.meta);
    return pool.map((d) => ({
      path: d.path,
      title: d.title,
      date: d.date,
      section: d.section,
      outlet: d.outlet,
      tags: d.tags,
      score: scores[d.id],
      reasons: this.reasons(d, qMeta),
    }));
  }

  private reasons(d: DocEntry, qMeta: Set<string>): SeeAlsoReasons {
    const meta = Array.from(d.meta, (id) => this.termText[id]);
    const names = meta
      .filter((m) => m.startsWith(NAME) && qMeta.has(m))
      .sort((a, b) => this.postings[this.termIds.get(a)!].df - this.postings[this.termIds.get(b)!].df || (a < b ? -1 : 1))
      .map((m) => this.nameLabel(m.slice(NAME.length)));
    const tags = d.tags.filter((t) => qMeta.has(TAG + t.toLowerCase()));
    const sameSection = meta.some((m) => m.startsWith(SECTION) && qMeta.has(m));
    return { names, tags, sameSection };
  }

  private idf(df: number): number {
    const n = this.byPath.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The id of a term or meta key, added to the table (with empty postings) if new. */
  private intern(key: string): number {
    let id = this.termIds.get(key);
    if (id === undefined) {
      id = this.termText.length;
      this.termIds.set(key, id);
      this.termText.push(key);
      this.postings.push({ entries: new Uint32Array(2), n: 0, df: 0 });
    }
    return id;
  }

  /**
   * Fields, term ids with their tf, weighted length and meta keys of one article.
   * `add` interns new terms (indexing). Without it (querying) terms the index has
   * never seen are left out of `termIds`: they have no postings, so cannot score.
   * tf is summed in a scratch array indexed by term id rather than a Map per article.
   */
  private analyse(text: string, add: boolean): Analysis {
    const fields = readArticleFields(text);
    const termIds: number[] = [];
    const resolve = add ? this.resolveAdd : this.resolveLookup;
    let len = 0;
    for (const [fieldText, weight] of [[fields.title, this.weights.headline], [fields.body, 1]] as const) {
      const count = this.words.scan(fieldText, resolve);
      const ids = this.words.out;
      // Read after scan: interning may have grown the term table.
      let scratch = this.tfScratch;
      if (scratch.length < this.termText.length) {
        scratch = new Float64Array(Math.max(this.termText.length, scratch.length * 2));
        scratch.set(this.tfScratch);
        this.tfScratch = scratch;
      }
      for (let i = 0; i < count; i++) {
        const id = ids[i];
        if (id === DROPPED) continue;
        len += weight;
        if (id === UNKNOWN) continue;
        if (scratch[id] === 0) termIds.push(id);
        scratch[id] += weight;
      }
    }
    const scratch = this.tfScratch;
    const tfs = new Array<number>(termIds.length);
    for (let i = 0; i < termIds.length; i++) {
      tfs[i] = scratch[termIds[i]];
      scratch[termIds[i]] = 0;
    }
    const meta = new Set<string>();
    // The whole text, as the editor holds it: the extension then reads names from the analysis it already has.
    for (const id of this.namesOf(text)) meta.add(NAME + id);
    for (const t of fields.tags) meta.add(TAG + t.toLowerCase());
    if (fields.section) meta.add(SECTION + fields.section.toLowerCase());
    const dateKey = fields.date ? Date.parse(fields.date) || 0 : 0;
    return { fields, termIds, tfs, len, meta: [...meta], dateKey };
  }

  private post(termId: number, id: number, tf: number): void {
    const p = this.postings[termId];
    if (p.n === p.entries.length) {
      const grown = new Uint32Array(p.entries.length * 2);
      grown.set(p.entries);
      p.entries = grown;
    }
    p.entries[p.n++] = ((id << TF_BITS) | Math.min(Math.round(tf), TF_MASK)) >>> 0;
    p.df++;
  }

  /** Drops dead ids from every posting list and renumbers documents densely. */
  private compact(): void {
    const live = this.docs.filter((d): d is DocEntry => d !== undefined);
    const renumber = new Int32Array(this.docs.length).fill(-1);
    live.forEach((d, i) => {
      renumber[d.id] = i;
      d.id = i;
    });
    let unused = 0;
    for (const p of this.postings) {
      let n = 0;
      for (let i = 0; i < p.n; i++) {
        const id = renumber[p.entries[i] >>> TF_BITS];
        if (id >= 0) p.entries[n++] = ((id << TF_BITS) | (p.entries[i] & TF_MASK)) >>> 0;
      }
      p.n = n;
      if (n === 0) {
        unused++;
        if (p.entries.length > 2) p.entries = new Uint32Array(2);
      }
    }
    this.docs = live;
    this.dead = 0;
    // Terms no live article uses (edited-away typos, deleted articles) keep their id with an
    // empty list; once they are a quarter of the table, renumber to drop them.
    if (unused > 1024 && unused * 4 > this.termText.length) this.compactTerms();
  }

  /** Drops terms with no postings and renumbers the rest; documents' term ids follow. */
  private compactTerms(): void {
    const renumber = new Int32Array(this.termText.length).fill(-1);
    const termText: string[] = [];
    const postings: Posting[] = [];
    const termIds = new Map<string, number>();
    for (let id = 0; id < this.termText.length; id++) {
      if (this.postings[id].n === 0) continue;
      renumber[id] = termText.length;
      termIds.set(this.termText[id], termText.length);
      termText.push(this.termText[id]);
      postings.push(this.postings[id]);
    }
    for (const d of this.docs) {
      if (!d) continue;
      for (let i = 0; i < d.terms.length; i++) d.terms[i] = renumber[d.terms[i]];
      for (let i = 0; i < d.meta.length; i++) d.meta[i] = renumber[d.meta[i]];
    }
    this.termText = termText;
    this.postings = postings;
    this.termIds = termIds;
    // Cached word → id answers point at the old ids.
    this.words = new WordIdTable();
  }
}

/** "person:sergei-lavrov" → "Sergei Lavrov"; ids without a kind prefix are shown as they are. */
export function defaultNameLabel(id: string): string {
  const m = /^[a-z]+:([a-z0-9-]+)$/.exec(id);
  if (!m) return id;
  return m[1]
    .split('-')
    .map((w) => (/\d/.test(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(' ');
}
