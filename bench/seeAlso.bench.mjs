// See-also index benchmark: build over 10,000 generated articles (~400 words each) and the
// median query time. Run after `npm run compile-tests`:
//   node --expose-gc bench/seeAlso.bench.mjs [count] [--entities=N]
// Targets (for the index itself): build ≤ 3 s, median query ≤ 30 ms.
//
// What the build figure includes: front matter, tokenizing, postings, and the bench's
// stand-in `namesOf` (a regex over 24 names, a few ms per thousand articles, timed on its
// own below). It excludes the real entity engine (NameChecker.entitiesIn, which the
// extension passes as `namesOf`): that is timed separately on N articles (default 1000,
// 0 to skip) and scaled to the article count, so its cost is visible but not mixed in.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { SeeAlsoIndex } = require(path.join(root, 'out/src/core/seeAlso/seeAlsoIndex.js'));

const args = process.argv.slice(2);
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const ENTITY_SAMPLE = Number(args.find((a) => a.startsWith('--entities='))?.slice('--entities='.length) ?? 1000);
const WORDS = 400;

// Deterministic pseudo-random numbers (mulberry32), so runs compare.
let seed = 42;
const rand = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];
// Zipf-like choice: common words far more often than rare ones, as in real prose.
const zipf = (a) => a[Math.floor(a.length * rand() ** 3)];

const FUNCTION_WORDS = 'the of and to in a that for on with as by at from it was is said were has have be will its their an which but'.split(' ');
const STEMS = ('minister government talks summit leader election vote market price energy gas oil bank rate inflation ' +
  'security defence army border conflict ceasefire refugee aid health vaccine court law parliament president ' +
  'chancellor trade tariff export import growth budget tax union strike protest police climate emission coal ' +
  'drought flood storm harvest wheat grain shipping port currency debt bond investor share company profit ' +
  'deal agreement treaty sanction embassy ambassador delegation meeting statement spokesman official ministry ' +
  'coalition opposition campaign poll runoff candidate ballot turnout result recount constitution reform ' +
  'inquiry scandal resignation appointment cabinet agency report data survey forecast quarter month week').split(' ');
// A larger tail of rarer words, as in real news vocabulary (≈ 5,000 distinct).
const RARE = Array.from({ length: 5000 }, (_, i) => STEMS[i % STEMS.length].slice(0, 4) + i.toString(36));
const VOCAB = [...STEMS, ...RARE];
const NAMES = ['Wang Yi', 'Sergei Lavrov', 'Xi Jinping', 'Vladimir Putin', 'Olaf Scholz', 'Emmanuel Macron', 'Joe Biden',
  'Christine Lagarde', 'Ursula von der Leyen', 'Luiz Inácio Lula da Silva', 'Jair Bolsonaro', 'Narendra Modi',
  'Recep Tayyip Erdogan', 'Antonio Guterres', 'Rishi Sunak', 'Giorgia Meloni', 'Pedro Sánchez', 'Javier Milei',
  'Cyril Ramaphosa', 'Fumio Kishida', 'Yoon Suk Yeol', 'Volodymyr Zelensky', 'Andrés Manuel López Obrador', 'Justin Trudeau'];
const PLACES = ['ROME', 'BRUSSELS', 'BEIJING', 'MOSCOW', 'SAO PAULO', 'NEW YORK', 'BERLIN', 'PARIS', 'NEW DELHI', 'TOKYO', 'NAIROBI', 'LIMA'];
const TAGS = ['diplomacy', 'energy', 'economy', 'elections', 'climate', 'security', 'trade', 'health', 'markets', 'migration', 'courts', 'technology'];
const SECTIONS = ['World', 'Europe', 'Americas', 'Asia', 'Africa', 'Business'];

function article(i) {
  const names = [pick(NAMES), pick(NAMES), pick(NAMES)];
  const words = [];
  for (let w = 0; w < WORDS; w++) {
    const r = rand();
    if (r < 0.45) words.push(pick(FUNCTION_WORDS));
    else if (r < 0.5) words.push(pick(names));
    else words.push(zipf(VOCAB) + (rand() < 0.2 ? 's' : ''));
    if (w % 25 === 24) words[words.length - 1] += '.\n\n';
  }
  const title = `${names[0]} ${zipf(STEMS)} ${zipf(STEMS)} ${zipf(VOCAB)}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  return `---\ntitle: ${title}\ndate: 20${18 + (i % 6)}-${month}-${day}\nbyline: Staff Reporter\noutlet: Harbor Daily\nsection: ${pick(SECTIONS)}\ntags: [${pick(TAGS)}, ${pick(TAGS)}]\n---\n\n# ${title}\n\n${pick(PLACES)}, Oct. ${1 + (i % 28)} (Harbor Daily) — ${words.join(' ')}\n`;
}

// The bench's stand-in for the entity engine: whole-name matching over the fixed list.
const NAME_RE = new RegExp(NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const namesOf = (text) => [...new Set(text.match(NAME_RE) ?? [])];

const texts = Array.from({ length: COUNT }, (_, i) => article(i));
const avgWords = texts.slice(0, 100).reduce((n, t) => n + t.split(/\s+/).length, 0) / 100;

const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const index = new SeeAlsoIndex({ namesOf });
for (let i = 0; i < COUNT; i++) index.set(`articles/a${i}.md`, texts[i]);
const buildMs = performance.now() - t0;
// CPU time of this process: steadier than wall time when other work shares the machine.
const buildCpuMs = cpuMs(cpu0);
globalThis.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

// The stand-in namesOf on its own, after the build so the build still pays for first touching the generated strings (it is also part of the build figure above).
const n0 = process.cpuUsage();
for (const t of texts) namesOf(t);
const namesCpuMs = cpuMs(n0);

const queryTimes = [];
for (let q = 0; q < 50; q++) {
  const i = Math.floor(rand() * COUNT);
  const s = performance.now();
  const res = index.query(`articles/a${i}.md`, texts[i], 20);
  queryTimes.push(performance.now() - s);
  if (res.length === 0) throw new Error('query returned nothing');
}
queryTimes.sort((a, b) => a - b);
const median = queryTimes[25];

const u0 = performance.now();
for (let i = 0; i < 200; i++) index.set(`articles/a${i}.md`, texts[(i + 1) % COUNT]);
const updateMs = (performance.now() - u0) / 200;

// The real entity engine, as the extension passes it, timed apart from the index.
let entities;
if (ENTITY_SAMPLE > 0) {
  const { createNameChecker } = require(path.join(root, 'out/src/core/entities/knowledgeBase.js'));
  const { loadBuiltInKnowledge } = require(path.join(root, 'out/src/node/knowledgeFiles.js'));
  const { readArticleFields } = require(path.join(root, 'out/src/core/seeAlso/article.js'));
  const l0 = performance.now();
  const checker = createNameChecker(loadBuiltInKnowledge(path.join(root, 'data')));
  const loadMs = performance.now() - l0;
  const sample = texts.slice(0, Math.min(ENTITY_SAMPLE, COUNT)).map((t) => {
    const f = readArticleFields(t);
    return f.title + '\n\n' + f.body; // what the index passes to namesOf
  });
  const e0 = process.cpuUsage();
  let ids = 0;
  for (const t of sample) ids += checker.entitiesIn(t).length;
  const perArticle = cpuMs(e0) / sample.length;
  entities = { loadMs, perArticle, n: sample.length, ids: ids / sample.length };
}

const over = (ok) => (ok ? '' : '  OVER TARGET');
console.log(`See also index, ${COUNT} articles of ~${Math.round(avgWords)} words (Node ${process.version})`);
console.log(`  build:         ${buildMs.toFixed(0)} ms wall, ${buildCpuMs.toFixed(0)} ms CPU  (target ≤ 3000 ms)${over(buildMs <= 3000)}`);
console.log(`                 includes the bench's stand-in namesOf: ${namesCpuMs.toFixed(0)} ms CPU; excludes the real entity engine`);
console.log(`  load average:  ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(', ')} (figures are only comparable on an idle machine)`);
console.log(`  query median:  ${median.toFixed(2)} ms  (p90 ${queryTimes[45].toFixed(2)} ms, max ${queryTimes[49].toFixed(2)} ms; target ≤ 30 ms)${over(median <= 30)}`);
console.log(`  update:        ${updateMs.toFixed(2)} ms per article replaced`);
console.log(`  heap:          ${heapMb.toFixed(1)} MB for the index${globalThis.gc ? '' : ' (run with --expose-gc for a steadier figure)'}; process RSS ${rssMb.toFixed(0)} MB`);
if (entities) {
  console.log(
    `  entity engine: ${entities.perArticle.toFixed(3)} ms CPU per article (NameChecker.entitiesIn, ${entities.n} articles, ` +
      `~${entities.ids.toFixed(1)} ids each) ≈ ${((entities.perArticle * COUNT) / 1000).toFixed(1)} s for ${COUNT}, ` +
      `plus ${entities.loadMs.toFixed(0)} ms to load the knowledge base — NOT in the build figure`,
  );
}
