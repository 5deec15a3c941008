// Deterministic generated news copy for benchmarks: paragraphs are recombined
// sentences from the clean professional corpus (test/fixtures/corpus/clean), so
// the text has real names, real punctuation and no two paragraphs alike.
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cleanDir = path.join(root, 'test', 'fixtures', 'corpus', 'clean');
const SENTENCES = readdirSync(cleanDir)
  .filter((f) => /^c\d+.*\.md$/.test(f))
  .flatMap((f) => readFileSync(path.join(cleanDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').split('\n'))
  .filter((line) => line && !/^[#>|`\-*]/.test(line))
  .flatMap((p) => p.match(/[^.!?]+[.!?]+["”]?\s*/g) ?? [])
  .map((s) => s.trim())
  .filter((s) => s.split(' ').length >= 6);

/** mulberry32: a seeded generator so every run measures the same text. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An article of about `words` words with front matter, a headline and ~70-word paragraphs. */
export function generateArticle(words, seed = 1) {
  const rand = random(seed);
  const lines = ['---', `title: Generated report ${seed}`, 'date: 2025-06-01', 'byline: Staff Reporter', 'outlet: Harbor Daily', 'section: World', 'tags: [bench]', '---', '', `# Generated report ${seed}`, ''];
  let count = 0;
  while (count < words) {
    const para = [];
    let n = 0;
    while (n < 70) {
      const s = SENTENCES[Math.floor(rand() * SENTENCES.length)];
      para.push(s);
      n += s.split(/\s+/).length;
    }
    count += n;
    lines.push(para.join(' '), '');
  }
  return lines.join('\n');
}

export function wordCount(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// --- shared by the benches -------------------------------------------------------------

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** Runs `code` in a fresh Node process (ESM with `esm`) and returns the `ms` of its last JSON line. */
export function runCold(code, esm) {
  const r = spawnSync(process.execPath, esm ? ['--input-type=module', '-e', code] : ['-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()).ms;
}
