// `npm run eval` (spelling section): Copydesk's name-aware spelling check
// against cspell-lib with its default settings, measured in the same run on
// the same files.
//   node dist/evalSpelling.js [folders…] [--sample N] [--seed S]
// A folder with planted.json (written by scripts/plant-typos.mjs) is scored
// for recall: how many planted typos each checker flags. Any other folder is
// clean copy: every flag counts, per 10,000 words; --sample N prints N of
// Copydesk's flags with their sentence, to be read by hand.
// Without folder arguments: the clean* folders of test/fixtures/corpus.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseArticle } from '../core/article/analysedArticle';
import { createNameChecker } from '../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../node/knowledgeFiles';
import { nameVocabulary } from '../core/spelling/names';
import { SpellingChecker } from '../core/spelling/spellingChecker';
import type { DropReason } from '../core/spelling/filter';
import { CspellEngine, loadCspell } from '../node/spelling/cspellEngine';
import { loadSpellingLexicon } from '../node/spelling/lexiconFile';

interface Planted {
  cases: Array<{ file: string; offset: number; wrong: string; right: string; kind: string }>;
}
interface Flag {
  file: string;
  start: number;
  end: number;
  text: string;
  fix?: string;
}

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sample = option('--sample', 0);
const seed = option('--seed', 11);
/** --dropped REASON: list the words the filter drops for that reason (to check a rule by hand). */
const droppedFor = args.includes('--dropped') ? args[args.indexOf('--dropped') + 1] : undefined;
const folders = args.filter((a, i) => !a.startsWith('--') && !['--sample', '--seed', '--dropped'].includes(args[i - 1] ?? ''));
const corpusDir = join(root, 'test', 'fixtures', 'corpus');
const targets = folders.length ? folders.map((f) => resolve(f)) : readdirSync(corpusDir).filter((d) => /^clean/.test(d)).sort().map((d) => join(corpusDir, d));

const names = createNameChecker(loadBuiltInKnowledge(join(root, 'data')));
// NOTE: a generous suggestion time: on a loaded machine cspell cuts a list short at 500 ms, and a
// two-edit typo ("arrrticle") whose list came back empty would be judged no typo by chance.
const engine = new CspellEngine(__dirname, { suggestionsTimeout: 5000, terms: 'first' });
const spelling = new SpellingChecker(engine, nameVocabulary(names.registry), loadSpellingLexicon(join(root, 'data'), (m) => console.error(m)));

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** cspell-lib with its default settings on the raw Markdown, as Code Spell Checker runs out of the box. */
async function cspellDefaults(path: string, text: string): Promise<Flag[]> {
  const m = await loadCspell();
  const settings = await m.getDefaultSettings();
  const doc = m.createTextDocument({ uri: pathToFileURL(path).href, content: text, languageId: 'markdown' });
  const v = new m.DocumentValidator(doc, { generateSuggestions: false, noConfigSearch: true }, settings);
  await v.prepare();
  return v.checkDocument().map((i) => ({ file: path, start: i.offset, end: i.offset + i.text.length, text: i.text }));
}

async function ours(path: string, text: string, dropped?: Map<DropReason, number>): Promise<Flag[]> {
  // One analysis, read by both checks, as in the editor.
  const article = analyseArticle(text);
  const flagged = names.checkArticle(article).findings;
  const r = await spelling.checkArticle(article, {
    uri: pathToFileURL(path).href,
    flagged,
    readConfig: false,
    onDrop: dropped
      ? (issue, why) => {
          dropped.set(why, (dropped.get(why) ?? 0) + 1);
          if (why === droppedFor) console.log(`    dropped (${why}): ${issue.text}   …${context(text, { file: path, start: issue.offset, end: issue.offset + issue.text.length, text: issue.text })}…`);
        }
      : undefined,
  });
  engine.forget(pathToFileURL(path).href);
  return r.findings.map((f) => ({ file: path, start: f.start, end: f.end, text: f.text, fix: f.suggestions[0] }));
}

function articles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f) && f !== 'README.md').sort();
}

/** Deterministic shuffle (mulberry32), so a sample can be read again. */
function shuffled<T>(xs: T[], s: number): T[] {
  const out = [...xs];
  let a = s >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function context(text: string, f: Flag): string {
  const from = Math.max(0, text.lastIndexOf('\n', f.start) + 1, f.start - 70);
  let to = text.indexOf('\n', f.end);
  if (to < 0 || to > f.end + 70) to = Math.min(text.length, f.end + 70);
  return (text.slice(from, f.start) + '[[' + text.slice(f.start, f.end) + ']]' + text.slice(f.end, to)).replace(/\s+/g, ' ');
}

async function scoreClean(dir: string): Promise<void> {
  const files = articles(dir);
  let wordCount = 0;
  const a: Flag[] = [];
  const b: Flag[] = [];
  const texts = new Map<string, string>();
  const dropped = new Map<DropReason, number>();
  const t0 = performance.now();
  for (const f of files) {
    const path = join(dir, f);
    const text = readFileSync(path, 'utf8');
    texts.set(path, text);
    wordCount += words(text);
    a.push(...(await ours(path, text, dropped)));
  }
  const oursMs = performance.now() - t0;
  for (const [path, text] of texts) b.push(...(await cspellDefaults(path, text)));
  const per = (n: number) => ((n / wordCount) * 10000).toFixed(1);
  console.log(`\n${dir}: ${files.length} articles, ${wordCount} words`);
  console.log(`  copydesk spelling     ${String(a.length).padStart(6)} flags  ${per(a.length).padStart(6)} per 10,000 words   (target ≤ 20)`);
  console.log(`  cspell defaults       ${String(b.length).padStart(6)} flags  ${per(b.length).padStart(6)} per 10,000 words`);
  console.log(`  fewer flags           ${a.length ? (b.length / a.length).toFixed(1) : '∞'}×   (target ≥ 10×)`);
  console.log(`  dropped by the filter ${[...dropped].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  time                  ${(oursMs / 1000).toFixed(1)} s for ${files.length} articles`);
  if (sample > 0) {
    console.log(`  sample of ${Math.min(sample, a.length)} flags (seed ${seed}), to read by hand:`);
    shuffled(a, seed)
      .slice(0, sample)
      .forEach((f, i) => console.log(`    ${String(i + 1).padStart(3)}. ${f.text} → ${f.fix ?? '(none)'}   …${context(texts.get(f.file)!, f)}…`));
  }
}

async function scorePlanted(dir: string): Promise<void> {
  const key = JSON.parse(readFileSync(join(dir, 'planted.json'), 'utf8')) as Planted;
  const texts = new Map<string, string>();
  const a = new Map<string, Flag[]>();
  const b = new Map<string, Flag[]>();
  let wordCount = 0;
  for (const f of articles(dir)) {
    const path = join(dir, f);
    const text = readFileSync(path, 'utf8');
    texts.set(f, text);
    wordCount += words(text);
    a.set(f, await ours(path, text));
    b.set(f, await cspellDefaults(path, text));
  }
  const hit = (flags: Flag[] | undefined, s: number, e: number) => (flags ?? []).find((x) => x.start < e && s < x.end);
  const kinds = new Map<string, { n: number; a: number; b: number }>();
  let foundA = 0;
  let foundB = 0;
  let rightFix = 0;
  const missedA: string[] = [];
  for (const c of key.cases) {
    const k = kinds.get(c.kind) ?? { n: 0, a: 0, b: 0 };
    kinds.set(c.kind, k);
    k.n++;
    const ha = hit(a.get(c.file), c.offset, c.offset + c.wrong.length);
    if (ha) {
      foundA++;
      k.a++;
      if (ha.fix === c.right) rightFix++;
    } else missedA.push(`${c.wrong} (for ${c.right}, ${c.kind})  …${context(texts.get(c.file) ?? '', { file: c.file, start: c.offset, end: c.offset + c.wrong.length, text: c.wrong })}…`);
    if (hit(b.get(c.file), c.offset, c.offset + c.wrong.length)) {
      foundB++;
      k.b++;
    }
  }
  const n = key.cases.length;
  const plantedAt = new Set(key.cases.map((c) => `${c.file}|${c.offset}`));
  const extra = [...a].reduce((s, [f, fl]) => s + fl.filter((x) => !key.cases.some((c) => c.file === f && x.start < c.offset + c.wrong.length && c.offset < x.end)).length, 0);
  void plantedAt;
  console.log(`\n${dir}: ${texts.size} articles, ${wordCount} words, ${n} planted typos`);
  console.log(`  recall copydesk       ${(foundA / n).toFixed(3)}  (${foundA}/${n})   right first fix ${(rightFix / Math.max(1, foundA)).toFixed(3)}`);
  console.log(`  recall cspell         ${(foundB / n).toFixed(3)}  (${foundB}/${n})   (target: copydesk ≥ cspell)`);
  for (const [kind, k] of kinds) console.log(`    ${kind.padEnd(20)} copydesk ${k.a}/${k.n}  cspell ${k.b}/${k.n}`);
  console.log(`  other copydesk flags  ${extra}`);
  for (const m of missedA.slice(0, 15)) console.log(`    missed: ${m}`);
}

async function main(): Promise<void> {
  console.log('Copydesk spelling: evaluation (cspell-lib defaults measured in the same run)');
  for (const dir of targets) {
    if (!existsSync(dir)) {
      console.error(`copydesk eval: ${dir}: no such folder`);
      process.exitCode = 2;
      continue;
    }
    if (existsSync(join(dir, 'planted.json'))) await scorePlanted(dir);
    else await scoreClean(dir);
  }
}

void main();
