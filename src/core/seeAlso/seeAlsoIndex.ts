// SeeAlsoIndex: an incremental inverted index over the workspace's articles that
// ranks them by relevance to the article being edited. Pure: no 'vscode' import.
//
// Ranking (the formula and the reason for each weight are in docs/see-also.md):
//   1. candidates: BM25 over the current article's most distinctive terms ("more like
//      this"), plus articles sharing a name or tag; the best `candidates` go on;
//   2. cosine of TF-IDF vectors (√tf · ln(N/df), archive-wide df): length-normalised,
//      so long articles are not favoured; numbers ("6.1", "31-24", "250") are terms too;
//      firm shared names and tags are extra dimensions;
//   3. pseudo-relevance feedback: the query vector plus the mean of its `feedbackDocs`
//      best matches, which pulls in the rest of the same story's cluster;
//   4. × publication-date proximity where both articles have a date; + a small
//      same-section bonus.
// Ties go to the more recent article, then to the path (stable order).
import { readArticleFields, type ArticleFields } from './article';
import type { PersistentRelatedArticleIndex } from './relatedIndex';
import { WordIdTable, termOf } from './text';

export interface SeeAlsoWeights {
  /** Field weight of headline terms over body terms. */
  headline: number;
  /** Weight (as a term count) of each number written in the text: scores, magnitudes, tolls. */
  number: number;
  /** BM25 term-frequency saturation (candidate retrieval). */
  k1: number;
  /** BM25 length normalisation (candidate retrieval). */
  b: number;
  /** Vector weight of each firmly recognised name, times its idf. */
  name: number;
  /** Vector weight of each front-matter tag, times its idf. */
  tag: number;
  /** Added to the score when both articles are in the same section. */
  section: number;
  /** Weight of the feedback vector (mean of the best first-pass matches); 0 turns feedback off. */
  feedback: number;
  /** How many first-pass matches make the feedback vector. */
  feedbackDocs: number;
  /** Largest share of the score lost to distance in publication dates (0 = dates ignored). */
  date: number;
  /** Days over which date distance takes effect (e-folding scale). */
  dateScaleDays: number;
  /** How many of the current article's terms retrieve candidates. */
  maxQueryTerms: number;
  /** How many BM25 candidates are re-ranked. */
  candidates: number;
}

export const DEFAULT_SEE_ALSO_WEIGHTS: Readonly<SeeAlsoWeights> = {
  headline: 1,
  number: 3,
  k1: 1.2,
  b: 0.75,
  name: 1,
  tag: 1,
  section: 0.02,
  feedback: 1,
  feedbackDocs: 3,
  date: 0.3,
  dateScaleDays: 180,
  maxQueryTerms: 60,
  candidates: 200,
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
  /** Entity ids of `names`, same order. */
  nameIds: string[];
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
  /** Ids of the distinct text terms (words and numbers): the article's term vector, and df on removal. */
  terms: Int32Array;
  /** Weighted count of each of `terms` (same order), capped at 255. */
  tfs: Uint8Array;
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
/** ln n for small n: a query takes the idf of tens of thousands of vector components. */
const LOG_TABLE = Float64Array.from({ length: 1 << 16 }, (_, i) => Math.log(i));
const logOf = (n: number) => (n < LOG_TABLE.length ? LOG_TABLE[n] : Math.log(n));
/** √tf for every stored tf (0–255). */
const SQRT = Float64Array.from({ length: TF_MASK + 1 }, (_, i) => Math.sqrt(i));
/**
 * Numbers as written: decimals, scores, times and thousands ("6.1", "31-24", "8:00",
 * "1,000"), and bare two- or three-digit numbers ("250"). They pin a story to one event
 * (a magnitude, a score, a death toll) where its words only say what kind of story it is.
 * Four-digit years are already word terms.
 */
const NUMBER = /\d+(?:[.,:-]\d+)+|\b\d{2,3}\b/g;
const NUMBER_PREFIX = '#';
/** Terms in more than this share of the archive (and more than MIN_RETRIEVAL_DF articles) do not retrieve candidates. */
const MAX_RETRIEVAL_DF_SHARE = 0.05;
const MIN_RETRIEVAL_DF = 1000;

const SNAPSHOT_MAGIC = 0x41534443; // "CDSA"
const SNAPSHOT_VERSION = 1;

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

export class SeeAlsoIndex implements PersistentRelatedArticleIndex {
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
  /** Where articles' term vectors live (views into shared chunks). */
  private ints = new Slab((n) => new Int32Array(n));
  private bytes = new Slab((n) => new Uint8Array(n));
  /** Weighted length of each doc id, −1 once removed: the only per-article data the postings walk reads. */
  private docLens = new Float64Array(1024);

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
    const meta = this.ints.alloc(a.meta.length);
    for (let i = 0; i < a.meta.length; i++) meta[i] = this.intern(a.meta[i]);
    const terms = this.ints.alloc(a.termIds.length);
    const tfs = this.bytes.alloc(a.termIds.length);
    for (let i = 0; i < a.termIds.length; i++) {
      terms[i] = a.termIds[i];
      tfs[i] = Math.min(Math.round(a.tfs[i]), TF_MASK);
    }
    const entry: DocEntry = {
      path,
      // Copies, so the index does not keep every article's whole text alive through a substring.
      title: detach(a.fields.title),
      date: detach(a.fields.date),
      section: detach(a.fields.section),
      outlet: detach(a.fields.outlet),
      tags: a.fields.tags.map(detach),
      id,
      len: a.len,
      terms,
      tfs,
      meta,
      dateKey: a.dateKey,
    };
    this.docs.push(entry);
    this.setDocLen(id, entry.len);
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
    this.docLens[entry.id] = -1;
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
   * is never returned. Cost: the postings of at most `maxQueryTerms` terms plus the
   * current article's names, tags and section, then the term vectors of `candidates`
   * articles.
   */
  query(currentPath: string, currentText: string, limit = 20): SeeAlsoCandidate[] {
    const n = this.byPath.size;
    if (n === 0 || limit <= 0) return [];
    const w = this.weights;
    // Lookup mode: words the index has never seen have no postings and are not interned,
    // so a query does not grow the term table.
    const q = this.analyse(currentText, false);
    const self = this.byPath.get(currentPath);
    const qMetaIds: number[] = [];
    for (const key of q.meta) {
      const id = this.termIds.get(key);
      if (id !== undefined && this.postings[id].df > 0) qMetaIds.push(id);
    }

    // 1. Candidates: BM25 over the most distinctive query terms, and shared names and tags.
    const pool = this.retrieve(q, qMetaIds, currentPath, self);
    if (pool.length === 0) return [];

    // 2. Cosine between TF-IDF vectors. The query vector is scattered into a dense array
    // indexed by term id, so each candidate costs one pass over its own terms.
    const qv = this.scratchVector(0);
    const touchedQ: number[] = [];
    let qNorm = 0;
    for (let i = 0; i < q.termIds.length; i++) {
      const id = q.termIds[i];
      const x = Math.sqrt(q.tfs[i]) * this.cosIdf(this.postings[id].df);
      if (x === 0) continue;
      qv[id] += x;
      touchedQ.push(id);
    }
    for (const id of qMetaIds) {
      const x = this.metaWeight(this.termText[id]) * this.cosIdf(this.postings[id].df);
      if (x === 0) continue;
      qv[id] += x;
      touchedQ.push(id);
    }
    for (const id of touchedQ) qNorm += qv[id] * qv[id];
    qNorm = Math.sqrt(qNorm) || 1;
    const norms = new Float64Array(pool.length);
    const cos = new Float64Array(pool.length);
    for (let c = 0; c < pool.length; c++) {
      norms[c] = this.norm(pool[c]);
      cos[c] = this.dot(qv, pool[c]) / (qNorm * norms[c]);
    }
    for (const id of touchedQ) qv[id] = 0;

    // 3. Feedback: add the mean unit vector of the best first-pass matches to the query.
    const score = Float64Array.from(cos);
    const k = Math.min(w.feedbackDocs, pool.length);
    if (w.feedback > 0 && k > 0) {
      const order = Array.from(pool.keys()).sort((a, b) => cos[b] - cos[a] || a - b);
      const fb = this.scratchVector(1);
      const touchedF: number[] = [];
      for (let j = 0; j < k; j++) {
        const d = pool[order[j]];
        const scale = w.feedback / (k * norms[order[j]]);
        this.forEachComponent(d, (id, x) => {
          if (fb[id] === 0) touchedF.push(id);
          fb[id] += x * scale;
        });
      }
      for (let c = 0; c < pool.length; c++) score[c] += this.dot(fb, pool[c]) / norms[c];
      for (const id of touchedF) fb[id] = 0;
    }

    // 4. Date proximity and section.
    const qSection = q.fields.section.toLowerCase();
    for (let c = 0; c < pool.length; c++) {
      const d = pool[c];
      if (w.date > 0 && q.dateKey && d.dateKey) {
        const days = Math.abs(q.dateKey - d.dateKey) / 86_400_000;
        score[c] *= 1 - w.date * (1 - Math.exp(-days / w.dateScaleDays));
      }
      if (qSection && d.section.toLowerCase() === qSection) score[c] += w.section;
    }

    const ranked = Array.from(pool.keys()).sort(
      (a, b) => score[b] - score[a] || pool[b].dateKey - pool[a].dateKey || (pool[a].path < pool[b].path ? -1 : pool[a].path > pool[b].path ? 1 : 0),
    );
    ranked.length = Math.min(ranked.length, limit);
    const qMeta = new Set(q.meta);
    return ranked.map((c) => {
      const d = pool[c];
      return {
        path: d.path,
        title: d.title,
        date: d.date,
        section: d.section,
        outlet: d.outlet,
        tags: d.tags,
        score: score[c],
        reasons: this.reasons(d, qMeta),
      };
    });
  }

  /** The `candidates` best articles by BM25 (plus name and tag matches), current article excluded. */
  private retrieve(q: Analysis, qMetaIds: number[], currentPath: string, self: DocEntry | undefined): DocEntry[] {
    const w = this.weights;
    const avgLen = this.totalLen / this.byPath.size || 1;
    // Like Lucene's more-like-this max_doc_freq: a term in a large share of a big archive
    // retrieves little but costs a long postings walk. Such terms still count in the
    // cosine of every candidate retrieved by rarer ones.
    const maxDf = Math.max(MIN_RETRIEVAL_DF, this.byPath.size * MAX_RETRIEVAL_DF_SHARE);
    const queryTerms: { id: number; idf: number; weight: number }[] = [];
    for (let i = 0; i < q.termIds.length; i++) {
      const id = q.termIds[i];
      const p = this.postings[id];
      if (p.df === 0 || p.df > maxDf) continue;
      const idf = this.idf(p.df);
      queryTerms.push({ id, idf, weight: (1 + Math.log(q.tfs[i])) * idf });
    }
    queryTerms.sort((x, y) => y.weight - x.weight || x.id - y.id);
    queryTerms.length = Math.min(queryTerms.length, w.maxQueryTerms);

    // The postings walk is most of a query over a large archive: it reads only typed arrays
    // (length per doc id, −1 when removed), never the article objects.
    const lens = this.docLens;
    const scores = new Float64Array(this.docs.length);
    const touched = new Int32Array(this.docs.length);
    let nTouched = 0;
    const k1 = w.k1;
    const base = k1 * (1 - w.b);
    const perLen = (k1 * w.b) / avgLen;
    for (const { id: termId, idf } of queryTerms) {
      const { entries, n: count } = this.postings[termId];
      const top = idf * (k1 + 1);
      for (let i = 0; i < count; i++) {
        const e = entries[i];
        const id = e >>> TF_BITS;
        const len = lens[id];
        if (len < 0) continue;
        const tf = e & TF_MASK;
        if (scores[id] === 0) touched[nTouched++] = id;
        scores[id] += (top * tf) / (tf + base + perLen * len);
      }
    }
    // A shared name or tag brings an article in even when its words differ (a translated or very short story).
    for (const metaId of qMetaIds) {
      const key = this.termText[metaId];
      const p = this.postings[metaId];
      if (key.startsWith(SECTION) || p.df > maxDf) continue;
      const s = this.idf(p.df);
      for (let i = 0; i < p.n; i++) {
        const id = p.entries[i] >>> TF_BITS;
        if (lens[id] < 0) continue;
        if (scores[id] === 0) touched[nTouched++] = id;
        scores[id] += s;
      }
    }
    const selfId = self ? self.id : -1;
    const limit = w.candidates;
    // Only the best `limit` go on: the cut-off score by selection, not by sorting everything.
    let cutoff = -Infinity;
    if (nTouched > limit + 1) {
      const s = new Float64Array(nTouched);
      for (let i = 0; i < nTouched; i++) s[i] = touched[i] === selfId ? -1 : scores[touched[i]];
      cutoff = kthLargest(s, limit);
    }
    let ranked: DocEntry[] = [];
    for (let i = 0; i < nTouched; i++) {
      const id = touched[i];
      if (id === selfId || scores[id] < cutoff) continue;
      const d = this.docs[id]!;
      if (d.path !== currentPath) ranked.push(d);
    }
    if (ranked.length > limit) {
      ranked.sort((a, b) => scores[b.id] - scores[a.id] || a.id - b.id);
      ranked = ranked.slice(0, limit);
    }
    return ranked;
  }

  private setDocLen(id: number, len: number): void {
    if (id >= this.docLens.length) {
      const grown = new Float64Array(Math.max(id + 1, this.docLens.length * 2));
      grown.set(this.docLens);
      this.docLens = grown;
    }
    this.docLens[id] = len;
  }

  /** Reusable zeroed dense vectors over term ids (callers zero what they touched). */
  private vectors: Float64Array[] = [];
  private scratchVector(i: number): Float64Array {
    const size = this.termText.length;
    let v = this.vectors[i];
    if (!v || v.length < size) {
      v = new Float64Array(Math.max(size, 1024, (v?.length ?? 0) * 2));
      this.vectors[i] = v;
    }
    return v;
  }

  /** Calls `visit` with each component of an article's (unnormalised) TF-IDF vector. */
  private forEachComponent(d: DocEntry, visit: (id: number, x: number) => void): void {
    for (let i = 0; i < d.terms.length; i++) {
      const id = d.terms[i];
      const x = SQRT[d.tfs[i]] * this.cosIdf(this.postings[id].df);
      if (x !== 0) visit(id, x);
    }
    for (let i = 0; i < d.meta.length; i++) {
      const id = d.meta[i];
      const mw = this.metaWeight(this.termText[id]);
      if (mw !== 0) visit(id, mw * this.cosIdf(this.postings[id].df));
    }
  }

  /** Dot product of a dense vector with an article's unnormalised vector. */
  private dot(v: Float64Array, d: DocEntry): number {
    let s = 0;
    for (let i = 0; i < d.terms.length; i++) {
      const id = d.terms[i];
      const x = v[id];
      if (x !== 0) s += x * SQRT[d.tfs[i]] * this.cosIdf(this.postings[id].df);
    }
    for (let i = 0; i < d.meta.length; i++) {
      const id = d.meta[i];
      const x = v[id];
      if (x !== 0) s += x * this.metaWeight(this.termText[id]) * this.cosIdf(this.postings[id].df);
    }
    return s;
  }

  /** Euclidean length of an article's vector, with the current archive-wide idf. */
  private norm(d: DocEntry): number {
    let s = 0;
    this.forEachComponent(d, (_, x) => (s += x * x));
    return Math.sqrt(s) || 1;
  }

  /** Names and tags are vector dimensions with their own weight; the section is not (it only adds a bonus). */
  private metaWeight(key: string): number {
    return key.startsWith(NAME) ? this.weights.name : key.startsWith(TAG) ? this.weights.tag : 0;
  }

  /** Classic idf for the cosine, ln(N/df): a term in every article weighs nothing. */
  private cosIdf(df: number): number {
    if (df <= 0) return 0;
    return logOf(this.byPath.size) - (df < LOG_TABLE.length ? LOG_TABLE[df] : Math.log(df));
  }

  /**
   * The whole index as bytes, so a workspace can reopen without reading and analysing
   * every article again. `fingerprint` names what the entries depend on besides the text
   * (the knowledge base behind `namesOf`, the extension version); `fromSnapshot` refuses
   * a snapshot with another fingerprint or other indexing weights.
   */
  toSnapshot(fingerprint = ''): Uint8Array {
    if (this.dead > 0) this.compact();
    const docs = this.docs as DocEntry[];
    let totalTerms = 0;
    let totalMeta = 0;
    let totalEntries = 0;
    for (const d of docs) {
      totalTerms += d.terms.length;
      totalMeta += d.meta.length;
    }
    for (const p of this.postings) totalEntries += p.n;
    const header = new TextEncoder().encode(
      JSON.stringify({
        fingerprint,
        weights: this.indexingKey(),
        terms: this.termText,
        entries: totalEntries,
        docs: docs.map((d) => [d.path, d.title, d.date, d.section, d.outlet, d.tags, d.len, d.dateKey, d.terms.length, d.meta.length]),
      }),
    );
    const counts = { headerLength: header.length, terms: totalTerms, meta: totalMeta, entries: totalEntries, termIds: this.termText.length };
    const bytes = new Uint8Array(snapshotSize(counts));
    const view = new DataView(bytes.buffer);
    view.setUint32(0, SNAPSHOT_MAGIC, true);
    view.setUint32(4, SNAPSHOT_VERSION, true);
    view.setUint32(8, header.length, true);
    bytes.set(header, 12);
    const { terms, meta, entries, postN, postDf, tfs } = snapshotSections(bytes, counts);
    let t = 0;
    let m = 0;
    for (const d of docs) {
      terms.set(d.terms, t);
      tfs.set(d.tfs, t);
      t += d.terms.length;
      meta.set(d.meta, m);
      m += d.meta.length;
    }
    let e = 0;
    this.postings.forEach((p, i) => {
      entries.set(p.entries.subarray(0, p.n), e);
      e += p.n;
      postN[i] = p.n;
      postDf[i] = p.df;
    });
    return bytes;
  }

  /**
   * An index read back from `toSnapshot`'s bytes, or undefined when they are not a
   * snapshot of this format, fingerprint and indexing weights (then build afresh).
   * Arrays are views into the bytes, not copies: reopening 100,000 articles is one read.
   */
  static fromSnapshot(bytes: Uint8Array, options: SeeAlsoIndexOptions = {}, fingerprint = ''): SeeAlsoIndex | undefined {
    try {
      if (bytes.length < 12) return undefined;
      // Typed-array views need 4-byte alignment.
      if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (view.getUint32(0, true) !== SNAPSHOT_MAGIC || view.getUint32(4, true) !== SNAPSHOT_VERSION) return undefined;
      const headerLength = view.getUint32(8, true);
      const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as {
        fingerprint: string;
        weights: string;
        terms: string[];
        entries: number;
        docs: [string, string, string, string, string, string[], number, number, number, number][];
      };
      const index = new SeeAlsoIndex(options);
      if (header.fingerprint !== fingerprint || header.weights !== index.indexingKey()) return undefined;
      let totalTerms = 0;
      let totalMeta = 0;
      for (const d of header.docs) {
        totalTerms += d[8];
        totalMeta += d[9];
      }
      const nTerms = header.terms.length;
      const counts = { headerLength, terms: totalTerms, meta: totalMeta, entries: header.entries, termIds: nTerms };
      if (bytes.byteLength !== snapshotSize(counts)) return undefined;
      const { terms, meta, entries, postN: ns, postDf: dfs, tfs } = snapshotSections(bytes, counts);

      index.termText = header.terms;
      for (let i = 0; i < nTerms; i++) index.termIds.set(header.terms[i], i);
      let e = 0;
      for (let i = 0; i < nTerms; i++) {
        index.postings.push({ entries: entries.subarray(e, e + ns[i]), n: ns[i], df: dfs[i] });
        e += ns[i];
      }
      let t = 0;
      let m = 0;
      header.docs.forEach(([path, title, date, section, outlet, tags, len, dateKey, nt, nm], id) => {
        const entry: DocEntry = {
          path,
          title,
          date,
          section,
          outlet,
          tags,
          id,
          len,
          dateKey,
          terms: terms.subarray(t, t + nt),
          tfs: tfs.subarray(t, t + nt),
          meta: meta.subarray(m, m + nm),
        };
        t += nt;
        m += nm;
        index.docs.push(entry);
        index.setDocLen(id, len);
        index.byPath.set(path, entry);
        index.totalLen += len;
      });
      return index;
    } catch {
      return undefined; // truncated or corrupt: build afresh
    }
  }

  /**
   * Packs every posting list into one exactly sized buffer. Lists grow by doubling while
   * articles are added, so after a large build about a quarter of their memory is slack;
   * call this when a bulk build has finished (the workspace index and the CLI do).
   */
  trim(): void {
    if (this.dead > 0) this.compact();
    let total = 0;
    for (const p of this.postings) total += p.n;
    const all = new Uint32Array(total);
    let off = 0;
    for (const p of this.postings) {
      all.set(p.entries.subarray(0, p.n), off);
      p.entries = all.subarray(off, off + p.n);
      off += p.n;
    }
  }

  /** The weights that change what is stored per article (the rest only change scoring). */
  private indexingKey(): string {
    return JSON.stringify([this.weights.headline, this.weights.number]);
  }

  private reasons(d: DocEntry, qMeta: Set<string>): SeeAlsoReasons {
    const meta = Array.from(d.meta, (id) => this.termText[id]);
    const nameIds = meta
      .filter((m) => m.startsWith(NAME) && qMeta.has(m))
      .sort((a, b) => this.postings[this.termIds.get(a)!].df - this.postings[this.termIds.get(b)!].df || (a < b ? -1 : 1))
      .map((m) => m.slice(NAME.length));
    const names = nameIds.map((id) => this.nameLabel(id));
    const tags = d.tags.filter((t) => qMeta.has(TAG + t.toLowerCase()));
    const sameSection = meta.some((m) => m.startsWith(SECTION) && qMeta.has(m));
    return { names, nameIds, tags, sameSection };
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
    if (this.weights.number > 0) {
      const nw = this.weights.number;
      for (const fieldText of [fields.title, fields.body]) {
        for (const m of fieldText.matchAll(NUMBER)) {
          const key = NUMBER_PREFIX + m[0];
          const id = add ? this.intern(key) : this.termIds.get(key);
          len += nw;
          if (id === undefined) continue;
          if (this.tfScratch.length <= id) {
            const grown = new Float64Array(Math.max(this.termText.length, this.tfScratch.length * 2));
            grown.set(this.tfScratch);
            this.tfScratch = grown;
          }
          if (this.tfScratch[id] === 0) termIds.push(id);
          this.tfScratch[id] += nw;
        }
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
      // Reopened postings are exact-size views (possibly empty): grow from at least 4.
      const grown = new Uint32Array(Math.max(4, p.entries.length * 2));
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
    // Removed and replaced articles left holes in the slabs: copy the live vectors to fresh ones.
    this.ints = new Slab((n) => new Int32Array(n));
    this.bytes = new Slab((n) => new Uint8Array(n));
    for (const d of live) {
      const terms = this.ints.alloc(d.terms.length);
      terms.set(d.terms);
      d.terms = terms;
      const tfs = this.bytes.alloc(d.tfs.length);
      tfs.set(d.tfs);
      d.tfs = tfs;
      const meta = this.ints.alloc(d.meta.length);
      meta.set(d.meta);
      d.meta = meta;
    }
    this.docLens = new Float64Array(Math.max(1024, live.length * 2));
    for (const d of live) this.docLens[d.id] = d.len;
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

/** The k-th largest value of `a` (1-based), by quickselect; reorders `a`. */
function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}

/**
 * A copy of `s` that does not share memory with the text it was cut from. V8 keeps a
 * substring of 13 characters or more as a view of its parent string, so a title sliced
 * from an article would keep the whole article in memory; concatenating and slicing
 * makes a fresh string of the title's own length.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Fixed-size chunks that hand out typed-array views: 100,000 articles need 300,000 small
 * arrays, and one ArrayBuffer per array costs more memory than the numbers in it.
 */
class Slab<T extends Int32Array | Uint8Array> {
  private chunk: T;
  private used = 0;

  constructor(
    private readonly make: (n: number) => T,
    private readonly size = 1 << 18,
  ) {
    this.chunk = make(0);
  }

  alloc(n: number): T {
    if (this.used + n > this.chunk.length) {
      this.chunk = this.make(Math.max(this.size, n));
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + n) as T;
    this.used += n;
    return view;
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

/** How many of each part a snapshot holds: its layout follows from these alone. */
interface SnapshotCounts {
  headerLength: number;
  terms: number;
  meta: number;
  entries: number;
  termIds: number;
}

/**
 * Snapshot layout: magic, version, header length (12 bytes), the JSON header padded to 4
 * bytes, then term ids, meta, posting entries, posting lengths and document frequencies
 * (32-bit each), then term frequencies (8-bit). One definition for the writer and the reader.
 */
function snapshotSize(c: SnapshotCounts): number {
  return 12 + ((c.headerLength + 3) & ~3) + 4 * (c.terms + c.meta + c.entries + 2 * c.termIds) + c.terms;
}

/** Views of each section of a snapshot's bytes (no copies). */
function snapshotSections(bytes: Uint8Array, c: SnapshotCounts) {
  let off = bytes.byteOffset + 12 + ((c.headerLength + 3) & ~3);
  const int32 = (n: number) => {
    const a = new Int32Array(bytes.buffer, off, n);
    off += 4 * n;
    return a;
  };
  const terms = int32(c.terms);
  const meta = int32(c.meta);
  const entries = new Uint32Array(bytes.buffer, off, c.entries);
  off += 4 * c.entries;
  const postN = int32(c.termIds);
  const postDf = int32(c.termIds);
  const tfs = new Uint8Array(bytes.buffer, off, c.terms);
  return { terms, meta, entries, postN, postDf, tfs };
}
