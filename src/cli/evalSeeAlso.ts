// `npm run eval -- --see-also <folder>`: scores See also ranking on a corpus of real
// news grouped by event (ECB+ layout: <folder>/articles/*.md and <folder>/gold.json,
// which maps each article id to its same-event articles, `related`, and to the same
// kind of story about another event, `hard`). Copydesk is measured beside three
// baselines computed in the same run: plain BM25, TF-IDF cosine and MiniSearch.
// Also checks the reasons the picker would show on a sample of top-5 results.
//
// The corpus is read from the folder given; nothing of it is stored in the repository.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { createNameChecker } from '../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../node/knowledgeFiles';
import type { NameChecker } from '../core/entities/nameChecker';
import { readArticleFields } from '../core/seeAlso/article';
import { SeeAlsoIndex, type SeeAlsoCandidate, type SeeAlsoWeights } from '../core/seeAlso/seeAlsoIndex';
import { seeAlsoNamesOf } from '../core/seeAlso/names';
import { tokenize } from '../core/seeAlso/text';
import { checkReasons } from './reasonChecker';

interface Gold {
  related: string[];
  hard: string[];
}

export interface Metrics {
  p5: number;
  r10: number;
  mrr: number;
  ndcg10: number;
  hard5: number;
}

type Ranker = (id: string) => string[];

const round = (x: number) => x.toFixed(3);

/** Mean precision@5, recall@10, MRR, nDCG@10 and share of hard negatives in the top 5 over `queries`. */
export function score(ranker: Ranker, gold: Record<string, Gold>, queries: string[]): Metrics {
  const m: Metrics = { p5: 0, r10: 0, mrr: 0, ndcg10: 0, hard5: 0 };
  for (const q of queries) {
    const rel = new Set(gold[q].related);
    const hard = new Set(gold[q].hard);
    const ranked = ranker(q).filter((id) => id !== q);
    const top5 = ranked.slice(0, 5);
    const top10 = ranked.slice(0, 10);
    m.p5 += top5.filter((id) => rel.has(id)).length / 5;
    m.hard5 += top5.filter((id) => hard.has(id)).length / 5;
    m.r10 += top10.filter((id) => rel.has(id)).length / rel.size;
    const first = ranked.findIndex((id) => rel.has(id));
    m.mrr += first < 0 ? 0 : 1 / (first + 1);
    let dcg = 0;
    top10.forEach((id, i) => (dcg += rel.has(id) ? 1 / Math.log2(i + 2) : 0));
    let ideal = 0;
    for (let i = 0; i < Math.min(10, rel.size); i++) ideal += 1 / Math.log2(i + 2);
    m.ndcg10 += dcg / ideal;
  }
  const n = queries.length || 1;
  return { p5: m.p5 / n, r10: m.r10 / n, mrr: m.mrr / n, ndcg10: m.ndcg10 / n, hard5: m.hard5 / n };
}

/** Topics: connected groups of articles through `related` and `hard` (two events each in ECB+). */
export function topicsOf(gold: Record<string, Gold>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const id of Object.keys(gold)) if (!parent.has(id)) parent.set(id, id);
  for (const [id, g] of Object.entries(gold)) {
    for (const o of [...g.related, ...g.hard]) {
      if (!parent.has(o)) parent.set(o, o);
      parent.set(find(o), find(id));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of Object.keys(gold)) {
    const r = find(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  return [...groups.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

// ---------------------------------------------------------------------------------
// Baselines, each with the same article text (headline + body) and, for BM25 and
// TF-IDF, the same tokenizer as Copydesk, so only the scoring differs.

function termCounts(text: string): Map<string, number> {
  const f = readArticleFields(text);
  const counts = new Map<string, number>();
  for (const t of tokenize(f.title + '\n\n' + f.body)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function bm25Ranker(texts: Map<string, string>): Ranker {
  const docs = new Map([...texts].map(([id, t]) => [id, termCounts(t)]));
  const df = new Map<string, number>();
  let total = 0;
  for (const c of docs.values()) {
    for (const [t, n] of c) {
      df.set(t, (df.get(t) ?? 0) + 1);
      total += n;
    }
  }
  const lens = new Map([...docs].map(([id, c]) => [id, [...c.values()].reduce((a, b) => a + b, 0)]));
  const avg = total / docs.size;
  const N = docs.size;
  const k1 = 1.2;
  const b = 0.75;
  return (q) => {
    const query = docs.get(q)!;
    const scores: [string, number][] = [];
    for (const [id, c] of docs) {
      if (id === q) continue;
      let s = 0;
      const norm = k1 * (1 - b + (b * lens.get(id)!) / avg);
      for (const t of query.keys()) {
        const tf = c.get(t);
        if (!tf) continue;
        const d = df.get(t)!;
        s += Math.log(1 + (N - d + 0.5) / (d + 0.5)) * ((tf * (k1 + 1)) / (tf + norm));
      }
      scores.push([id, s]);
    }
    return scores.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map((x) => x[0]);
  };
}

function tfidfCosineRanker(texts: Map<string, string>): Ranker {
  const counts = new Map([...texts].map(([id, t]) => [id, termCounts(t)]));
  const df = new Map<string, number>();
  for (const c of counts.values()) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const N = counts.size;
  const vectors = new Map<string, Map<string, number>>();
  for (const [id, c] of counts) {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of c) {
      const w = (1 + Math.log(n)) * Math.log(N / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    vectors.set(id, v);
  }
  return (q) => {
    const qv = vectors.get(q)!;
    const scores: [string, number][] = [];
    for (const [id, v] of vectors) {
      if (id === q) continue;
      let s = 0;
      for (const [t, w] of qv) s += w * (v.get(t) ?? 0);
      scores.push([id, s]);
    }
    return scores.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map((x) => x[0]);
  };
}

function miniSearchRanker(texts: Map<string, string>): Ranker {
  const ms = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'], storeFields: [] });
  const fields = new Map([...texts].map(([id, t]) => [id, readArticleFields(t)]));
  ms.addAll([...fields].map(([id, f]) => ({ id, title: f.title, body: f.body })));
  return (q) => {
    const f = fields.get(q)!;
    // MiniSearch's own "more like this": the whole article as an OR query, headline boosted.
    return ms
      .search(f.title + '\n' + f.body, { boost: { title: 2 } })
      .map((r) => String(r.id))
      .filter((id) => id !== q);
  };
}

// ---------------------------------------------------------------------------------

function copydeskIndex(texts: Map<string, string>, checker: NameChecker, memo: Map<string, string[]>, weights?: Partial<SeeAlsoWeights>): SeeAlsoIndex {
  const names = seeAlsoNamesOf(checker);
  const index = new SeeAlsoIndex({
    namesOf: (t) => {
      let ids = memo.get(t);
      if (!ids) memo.set(t, (ids = names(t)));
      return ids;
    },
    nameLabel: (id) => checker.registry.entities.get(id)?.name ?? id,
    weights,
  });
  for (const [id, t] of texts) index.set(id, t);
  return index;
}

const copydeskRanker =
  (index: SeeAlsoIndex, texts: Map<string, string>): Ranker =>
  (q) =>
    index.query(q, texts.get(q)!, 10).map((c) => c.path);

/** Settings tried by cross-validation: general knobs only (never per article or per topic). */
function grid(): Partial<SeeAlsoWeights>[] {
  const out: Partial<SeeAlsoWeights>[] = [];
  for (const number of [0, 1, 3]) for (const feedback of [0, 0.5, 1]) for (const name of [0, 1]) for (const headline of [1, 2]) out.push({ number, feedback, name, headline });
  return out;
}

const objective = (m: Metrics) => m.p5 - m.hard5;

export function runSeeAlsoEval(folder: string, options: { verbose?: boolean; cv?: boolean; root: string }): void {
  const articleDir = join(folder, 'articles');
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Record<string, Gold>;
  const texts = new Map<string, string>();
  for (const f of readdirSync(articleDir).sort()) if (f.endsWith('.md')) texts.set(f.slice(0, -3), readFileSync(join(articleDir, f), 'utf8'));
  const queries = Object.keys(gold).filter((id) => texts.has(id)).sort();
  const topics = topicsOf(gold);
  console.log(`\nSee also on ${folder}: ${texts.size} articles, ${queries.length} queries, ${topics.length} topics`);

  const checker = createNameChecker(loadBuiltInKnowledge(join(options.root, 'data')));
  const memo = new Map<string, string[]>();
  const t0 = performance.now();
  const index = copydeskIndex(texts, checker, memo);
  const buildMs = performance.now() - t0;

  const rows: [string, Metrics][] = [
    ['Copydesk', score(copydeskRanker(index, texts), gold, queries)],
    ['TF-IDF cosine', score(tfidfCosineRanker(texts), gold, queries)],
    ['BM25', score(bm25Ranker(texts), gold, queries)],
    ['MiniSearch', score(miniSearchRanker(texts), gold, queries)],
  ];
  console.log(`  (Copydesk index built in ${buildMs.toFixed(0)} ms, entity engine included)`);
  console.log('  ranking          P@5    R@10   MRR    nDCG@10  hard@5');
  for (const [name, m] of rows) console.log(`  ${name.padEnd(15)}  ${round(m.p5)}  ${round(m.r10)}  ${round(m.mrr)}  ${round(m.ndcg10)}   ${round(m.hard5)}`);

  if (options.cv) {
    // Leave topics out: for each fold of topics, pick the grid setting that does best on
    // the other topics' queries, then score the held-out topics' queries with it.
    const settings = grid();
    const perSetting = settings.map((w) => {
      const idx = copydeskIndex(texts, checker, memo, w);
      const r = copydeskRanker(idx, texts);
      return new Map(queries.map((q) => [q, score(r, gold, [q])]));
    });
    const folds = 7;
    const foldOf = new Map<string, number>();
    topics.forEach((t, i) => t.forEach((id) => foldOf.set(id, i % folds)));
    const held: Metrics[] = [];
    const chosen: string[] = [];
    const mean = (ms: Metrics[]): Metrics => {
      const s: Metrics = { p5: 0, r10: 0, mrr: 0, ndcg10: 0, hard5: 0 };
      for (const m of ms) for (const k of Object.keys(s) as (keyof Metrics)[]) s[k] += m[k] / (ms.length || 1);
      return s;
    };
    for (let f = 0; f < folds; f++) {
      const train = queries.filter((q) => foldOf.get(q) !== f);
      const test = queries.filter((q) => foldOf.get(q) === f);
      let best = 0;
      let bestScore = -Infinity;
      perSetting.forEach((per, i) => {
        const s = objective(mean(train.map((q) => per.get(q)!)));
        if (s > bestScore + 1e-9) {
          bestScore = s;
          best = i;
        }
      });
      chosen.push(JSON.stringify(settings[best]));
      for (const q of test) held.push(perSetting[best].get(q)!);
    }
    const cv = mean(held);
    const inSample = perSetting.map((per) => mean(queries.map((q) => per.get(q)!)));
    const bestIn = inSample.reduce((bi, m, i) => (objective(m) > objective(inSample[bi]) ? i : bi), 0);
    console.log(`  leave-topics-out (${folds} folds of topics, ${settings.length} settings):`);
    console.log(`  Copydesk CV      ${round(cv.p5)}  ${round(cv.r10)}  ${round(cv.mrr)}  ${round(cv.ndcg10)}   ${round(cv.hard5)}`);
    console.log(`  best in-sample   ${round(inSample[bestIn].p5)}  ${round(inSample[bestIn].r10)}  ${round(inSample[bestIn].mrr)}  ${round(inSample[bestIn].ndcg10)}   ${round(inSample[bestIn].hard5)}  ${JSON.stringify(settings[bestIn])}`);
    console.log(`  chosen per fold: ${chosen.join(' ')}`);
  }

  // Reasons: the first 200 top-5 results in a fixed pseudo-random order of queries.
  const sample: { q: string; c: SeeAlsoCandidate }[] = [];
  const order = [...queries].sort((a, b) => hash(a) - hash(b));
  for (const q of order) {
    for (const c of index.query(q, texts.get(q)!, 5)) if (sample.length < 200) sample.push({ q, c });
    if (sample.length >= 200) break;
  }
  const report = checkReasons(
    sample.map(({ q, c }) => ({ query: texts.get(q)!, candidate: texts.get(c.path)!, nameIds: c.reasons.nameIds })),
    checker.registry,
  );
  console.log(
    `  reasons: ${report.results} top-5 results checked, ${report.shown} names shown, ${report.wrong.length} wrong ` +
      `(${report.resultsWithWrong} results with a wrong reason)`,
  );
  for (const w of options.verbose ? report.wrong : report.wrong.slice(0, 15)) console.log(`    wrong reason: ${w}`);
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
