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
import { readArticleFields } from './article';
import { countTerms, tokenize } from './text';

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
  /** Ids of the entities recognised in a text (supplied by the entity engine). */
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

export interface SeeAlsoCandidate {
  path: string;
  title: string;
  date: string;
  section: string;
  outlet: string;
  tags: string[];
  score: number;
  reasons: SeeAlsoReasons;
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

interface DocEntry extends IndexedArticle {
  id: number;
  /** Weighted length (headline × weight + body). */
  len: number;
  /** Distinct text terms (kept to correct df on removal). */
  terms: string[];
  /** Meta keys: "n:<name id>", "g:<tag lower>", "s:<section lower>". */
  meta: string[];
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

export class SeeAlsoIndex {
  private readonly weights: SeeAlsoWeights;
  private readonly namesOf: (text: string) => string[];
  private readonly nameLabel: (id: string) => string;
  private readonly byPath = new Map<string, DocEntry>();
  /** docId → entry; undefined once removed or replaced. */
  private docs: (DocEntry | undefined)[] = [];
  private postings = new Map<string, Posting>();
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
    const a = analyse(text, this.namesOf, this.weights.headline);
    const entry: DocEntry = {
      path,
      title: a.fields.title,
      date: a.fields.date,
      section: a.fields.section,
      outlet: a.fields.outlet,
      tags: a.fields.tags,
      id: this.docs.length,
      len: a.len,
      terms: [...a.tf.keys()],
      meta: a.meta,
      dateKey: a.dateKey,
    };
    this.docs.push(entry);
    this.byPath.set(path, entry);
    this.totalLen += entry.len;
    for (const [term, tf] of a.tf) this.post(term, entry.id, tf);
    for (const m of entry.meta) this.post(m, entry.id, 1);
  }

  remove(path: string): boolean {
    const entry = this.byPath.get(path);
    if (!entry) return false;
    this.byPath.delete(path);
    this.docs[entry.id] = undefined;
    this.totalLen -= entry.len;
    // Postings keep the dead id until compaction; df is corrected now so idf stays exact.
    for (const t of entry.terms) this.postings.get(t)!.df--;
    for (const m of entry.meta) this.postings.get(m)!.df--;
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
    const q = analyse(currentText, this.namesOf, w.headline);
    const self = this.byPath.get(currentPath);
    // The saved version of the current article may be indexed too; it stays in N and df
    // (one article barely moves idf) but is never returned.
    const avgLen = this.totalLen / n || 1;

    const queryTerms: { term: string; idf: number; weight: number }[] = [];
    for (const [term, tf] of q.tf) {
      const p = this.postings.get(term);
      if (!p || p.df === 0) continue;
      const idf = this.idf(p.df);
      queryTerms.push({ term, idf, weight: (1 + Math.log(tf)) * idf });
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
    for (const { term, idf } of queryTerms) {
      const { entries, n: count } = this.postings.get(term)!;
      for (let i = 0; i < count; i++) {
        const d = this.docs[entries[i] >>> TF_BITS];
        if (!d) continue;
        const tf = entries[i] & TF_MASK;
        add(d.id, (idf * tf * (k1 + 1)) / (tf + k1 * (1 - w.b + (w.b * d.len) / avgLen)));
      }
    }
    for (const key of q.meta) {
      const p = this.postings.get(key);
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
    ranked.sort((a, b) => scores[b.id] - scores[a.id] || b.dateKey - a.dateKey || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    ranked.length = Math.min(ranked.length, limit);

    const qMeta = new Set(q.meta);
    return ranked.map((d) => ({
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
    const names = d.meta
      .filter((m) => m.startsWith(NAME) && qMeta.has(m))
      .sort((a, b) => this.postings.get(a)!.df - this.postings.get(b)!.df || (a < b ? -1 : 1))
      .map((m) => this.nameLabel(m.slice(NAME.length)));
    const tags = d.tags.filter((t) => qMeta.has(TAG + t.toLowerCase()));
    const sameSection = d.meta.some((m) => m.startsWith(SECTION) && qMeta.has(m));
    return { names, tags, sameSection };
  }

  private idf(df: number): number {
    const n = this.byPath.size;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private post(key: string, id: number, tf: number): void {
    let p = this.postings.get(key);
    if (!p) {
      p = { entries: new Uint32Array(2), n: 0, df: 0 };
      this.postings.set(key, p);
    }
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
    for (const [key, p] of this.postings) {
      if (p.df === 0) {
        this.postings.delete(key);
        continue;
      }
      let n = 0;
      for (let i = 0; i < p.n; i++) {
        const id = renumber[p.entries[i] >>> TF_BITS];
        if (id >= 0) p.entries[n++] = ((id << TF_BITS) | (p.entries[i] & TF_MASK)) >>> 0;
      }
      p.n = n;
    }
    this.docs = live;
    this.dead = 0;
  }
}

interface Analysis {
  fields: ReturnType<typeof readArticleFields>;
  tf: Map<string, number>;
  len: number;
  meta: string[];
  dateKey: number;
}

function analyse(text: string, namesOf: (text: string) => string[], headlineWeight: number): Analysis {
  const fields = readArticleFields(text);
  const head = tokenize(fields.title);
  const body = tokenize(fields.body);
  const tf = countTerms(body, 1, countTerms(head, headlineWeight, new Map()));
  const meta = new Set<string>();
  for (const id of namesOf(fields.title + '\n\n' + fields.body)) meta.add(NAME + id);
  for (const t of fields.tags) meta.add(TAG + t.toLowerCase());
  if (fields.section) meta.add(SECTION + fields.section.toLowerCase());
  const dateKey = fields.date ? Date.parse(fields.date) || 0 : 0;
  return { fields, tf, len: head.length * headlineWeight + body.length, meta: [...meta], dateKey };
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
