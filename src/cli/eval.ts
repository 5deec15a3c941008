// `npm run eval`: scores the name checks on the corpora in test/fixtures/corpus:
// recall and right-first-fix on the error sets (every folder with an answers.json:
// dev is the shared development key; holdout* were written separately), and flags
// per 10,000 words on clean professional copy (clean*), where every flag is false;
// and, for folders of real copy passed with --real (and a judged list with --known),
// flags per 10,000 words and precision. `--set DIR` scores an error set kept outside the
// repository (a blind held-out set); `--only-given` skips the fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNameChecker } from '../core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../node/knowledgeFiles';
import type { Finding } from '../core/entities/types';
import { runSeeAlsoEval } from './evalSeeAlso';
import { caseOffsets } from './answerKey';

interface Case {
  file: string;
  wrong: string;
  n: number;
  fix: string[];
  kind: string;
}

const root = join(__dirname, '..');
const corpusDir = join(root, 'test', 'fixtures', 'corpus');
const checker = createNameChecker(loadBuiltInKnowledge(join(root, 'data')));
const verbose = process.argv.includes('--verbose');


function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function scoreErrorSet(dir: string, name: string): void {
  const key = JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')) as { cases: Case[]; clean_spans?: Array<string | { file: string; spans: string[] }> };
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const findings = new Map<string, Finding[]>();
  const texts = new Map<string, string>();
  let wordCount = 0;
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    texts.set(f, text);
    wordCount += words(text);
    findings.set(f, checker.check(text));
  }
  let found = 0;
  let withFix = 0;
  let rightFix = 0;
  const matched = new Set<Finding>();
  const missed: string[] = [];
  const wrongFix: string[] = [];
  const byKind = new Map<string, { n: number; found: number }>();
  for (const c of key.cases) {
    const kind = byKind.get(c.kind) ?? { n: 0, found: 0 };
    byKind.set(c.kind, kind);
    kind.n++;
    const text = texts.get(c.file);
    if (text === undefined) throw new Error(`${name}/answers.json names a missing file ${c.file}`);
    const ats = caseOffsets(text, c.wrong, c.n);
    if (ats.length === 0) throw new Error(`${name}: “${c.wrong}” #${c.n} not in ${c.file}`);
    const hits = (findings.get(c.file) ?? []).filter((f) => ats.some((at) => f.start < at + c.wrong.length && at < f.end));
    const hit = hits[0];
    const at = hit ? ats.find((x) => hit.start < x + c.wrong.length && x < hit.end)! : -1;
    if (!hit) {
      missed.push(`${c.file}: ${c.wrong} (${c.kind})`);
      continue;
    }
    for (const h of hits) matched.add(h);
    found++;
    kind.found++;
    if (c.fix.length) {
      withFix++;
      // The fix is right when the first suggestion, put in place of the flagged range, gives the accepted text.
      const fixed = text.slice(0, hit.start) + (hit.suggestions[0] ?? '') + text.slice(hit.end);
      const ok = c.fix.some((fx) => hit.suggestions[0] === fx || fixed.slice(at, at + fx.length) === fx || fixed.includes(text.slice(Math.min(at, hit.start), at) + fx));
      if (ok) rightFix++;
      else wrongFix.push(`${c.file}: ${c.wrong} → ${hit.suggestions[0] ?? '(none)'} (want ${c.fix.join(' | ')})`);
    }
  }
  const cleanHits: string[] = [];
  // (Spans as one list, or one list per file.)
  for (const span of (key.clean_spans ?? []).flatMap((s) => (typeof s === 'string' ? [s] : s.spans))) {
    for (const [f, text] of texts) {
      for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) {
        const hit = (findings.get(f) ?? []).find((x) => x.start < at + span.length && at < x.end);
        if (hit) cleanHits.push(`${f}: ${span} (${hit.code})`);
      }
    }
  }
  const extra = [...findings].flatMap(([f, fs]) => fs.filter((x) => !matched.has(x)).map((x) => `${f}: “${x.text}” ${x.code} → ${x.suggestions[0] ?? ''}`));
  const n = key.cases.length;
  if (n === 0) return; // a clean set with an answers file (clean_spans only): scored as clean copy
  console.log(`\n${name}: ${files.length} articles, ${wordCount} words, ${n} known errors`);
  console.log(`  recall            ${(found / n).toFixed(3)}  (${found}/${n})`);
  console.log(`  right first fix   ${withFix ? (rightFix / withFix).toFixed(3) : 'n/a'}  (${rightFix}/${withFix})`);
  console.log(`  found by kind     ${[...byKind].map(([k, v]) => `${k} ${v.found}/${v.n}`).join(', ')}`);
  console.log(`  clean spans flagged ${cleanHits.length}`);
  console.log(`  other flags       ${extra.length}`);
  if (verbose || missed.length + wrongFix.length + cleanHits.length + extra.length < 40) {
    for (const m of missed) console.log(`    missed: ${m}`);
    for (const w of wrongFix) console.log(`    wrong fix: ${w}`);
    for (const c of cleanHits) console.log(`    clean span flagged: ${c}`);
    for (const x of extra) console.log(`    other flag: ${x}`);
  }
}

function scoreClean(dir: string, name: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  let wordCount = 0;
  const flags: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    wordCount += words(text);
    for (const x of checker.check(text)) flags.push(`${f}: “${x.text}” ${x.code} → ${x.suggestions[0] ?? ''}`);
  }
  console.log(`\n${name}: ${files.length} articles, ${wordCount} words of clean copy`);
  console.log(`  flags             ${flags.length}  (${((flags.length / wordCount) * 10000).toFixed(2)} per 10,000 words)`);
  for (const f of flags) console.log(`    false flag: ${f}`);
}

/**
 * Real copy (`--real DIR [--known errors.json]`, repeatable): flags per 10,000 words, and with
 * a judged list of the real errors in that copy, how many flags are true and the precision.
 * A flag is true when its text contains a listed error ("Ukranian" in "Ukranian-born").
 */
function scoreReal(dir: string, knownFile?: string): void {
  if (!existsSync(dir)) throw new Error(`--real ${dir}: no such folder`);
  const known: string[] = knownFile ? (JSON.parse(readFileSync(knownFile, 'utf8')) as { errors: string[] }).errors : [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  let wordCount = 0;
  let flags = 0;
  let truePositives = 0;
  const lines: string[] = [];
  const found = new Set<string>();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    wordCount += words(text);
    for (const x of checker.check(text)) {
      flags++;
      const hit = known.find((k) => x.text.includes(k));
      if (hit) {
        truePositives++;
        found.add(hit);
      }
      lines.push(`    ${hit ? 'true ' : 'flag '} ${f}: “${x.text}” ${x.code} → ${x.suggestions[0] ?? ''}`);
    }
  }
  const per10k = (x: number) => ((x / Math.max(wordCount, 1)) * 10000).toFixed(2);
  console.log(`\nreal copy ${dir}: ${files.length} articles, ${wordCount} words`);
  console.log(`  flags             ${flags}  (${per10k(flags)} per 10,000 words)`);
  if (knownFile) {
    const falseFlags = flags - truePositives;
    console.log(`  judged true       ${truePositives}  (${found.size} of ${known.length} listed errors found)`);
    console.log(`  false flags       ${falseFlags}  (${per10k(falseFlags)} per 10,000 words)`);
    console.log(`  precision         ${flags ? (truePositives / flags).toFixed(3) : 'n/a'}`);
    const missedErrors = known.filter((k) => !found.has(k));
    if (missedErrors.length) console.log(`  listed errors not flagged: ${missedErrors.join(', ')}`);
  }
  if (verbose || lines.length <= 40) for (const l of lines) console.log(l);
}

// `--see-also <folder>` scores related-article ranking on that corpus instead (evalSeeAlso.ts).
const seeAlso = process.argv.indexOf('--see-also');
if (seeAlso >= 0) {
  const folder = process.argv[seeAlso + 1];
  if (!folder) throw new Error('--see-also needs a corpus folder (with articles/ and gold.json)');
  runSeeAlsoEval(folder, { verbose, cv: !process.argv.includes('--no-cv'), root });
} else {
  console.log('Copydesk name checks: evaluation');
  // Every folder with an answers.json is an error set; every folder named clean* is clean copy.
  const sets = readdirSync(corpusDir).sort();
  const only = process.argv.includes('--only-given');
  if (!only) for (const set of sets) if (existsSync(join(corpusDir, set, 'answers.json'))) scoreErrorSet(join(corpusDir, set), set);
  if (!only) for (const set of sets) if (/^clean/.test(set)) scoreClean(join(corpusDir, set), set);
  // Real-copy folders given on the command line: npm run eval -- --real DIR [--known FILE] ...
  const argv = process.argv.slice(2);
  // Outside error sets (a folder with answers.json; no cases means clean copy): --set DIR ...
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--set') continue;
    const dir = argv[++i];
    if (!dir || !existsSync(join(dir, 'answers.json'))) throw new Error('--set needs a folder with an answers.json');
    const key = JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')) as { cases: Case[] };
    if (key.cases.length) scoreErrorSet(dir, dir);
    else scoreClean(dir, dir);
  }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--real') continue;
    const dir = argv[++i];
    const knownFile = argv[i + 1] === '--known' ? argv[(i += 2)] : undefined;
    if (!dir) throw new Error('--real needs a folder');
    scoreReal(dir, knownFile);
  }
}
