// The engine's hot lookups, written for speed (no strings made per step), against plain
// reference versions: the packed name lists' binary search and memos, the one-edit test and
// accent folding must answer exactly as the obvious code does, for any input.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { KnownNames, foldWord, withinOneEdit } from '../../src/core/entities/knownNames';
import { foldKey } from '../../src/core/entities/fold';
import { collapseDoubles } from '../../src/core/entities/registry';

/** Optimal-string-alignment distance (the reference for withinOneEdit). */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** foldKey as it was first written (regex test and replaces), the reference for its fast path. */
function foldKeyReference(key: string): string {
  if (/^[\x00-\x7f]*$/.test(key)) return key.toLowerCase();
  return key
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[ʻʼ’‘`]/g, "'");
}

/** Words from a small alphabet (so lists share prefixes, and one-edit pairs are common) with a few non-ASCII letters. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'é', 'ł', 'z', 'A', 'Ö'), minLength: 0, maxLength: 7 });

function pack(names: string[], census: string[], phrases: string[]): KnownNames {
  const w = [...new Set(names.map(foldWord))].filter((x) => x.length > 0).sort();
  const c = [...new Set(census.map(foldWord))].filter((x) => x.length > 0 && !w.includes(x)).sort();
  const p = [...new Set(phrases)].sort();
  const lines = [`copydesk-known-names 2\t${w.length}\t${c.length}\t${p.length}\t0`, ...w, ...c, ...p];
  return KnownNames.decode(new TextEncoder().encode(lines.join('\n') + '\n'));
}

describe('engine lookups against their reference versions', () => {
  it('withinOneEdit is OSA distance ≤ 1, for any two words', () => {
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === osa(a, b) <= 1), { numRuns: 5000 });
  });

  it('withinOneEdit holds for every single edit of a word, and not for two unrelated letters', () => {
    assert.equal(withinOneEdit('merkel', 'merkle'), true);
    assert.equal(withinOneEdit('merkel', 'merkl'), true);
    assert.equal(withinOneEdit('merkel', 'merkell'), true);
    assert.equal(withinOneEdit('merkel', 'markel'), true);
    assert.equal(withinOneEdit('merkel', 'marken'), false);
    assert.equal(withinOneEdit('ab', 'ba'), true);
    assert.equal(withinOneEdit('abc', 'cba'), false);
  });

  it('foldKey answers as the regex version does, ASCII or not', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'q', '-', "'", '’', 'ʻ', 'é', 'Ł', 'ß', 'ı', 'Ø', 'đ', '1', ' ') }), (s) => foldKey(s) === foldKeyReference(s)), { numRuns: 3000 });
    assert.equal(foldKey('merkel'), 'merkel');
    assert.equal(foldKey('Erdoğan'), 'erdogan');
  });

  it('collapseDoubles answers as the regex alone does', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'p', 'l', 'é', '\n', ' ') }), (s) => collapseDoubles(s) === s.replace(/(.)\1+/g, '$1')), { numRuns: 3000 });
    assert.equal(collapseDoubles('phillipines'), 'philipines');
  });

  it('the packed lists answer as a set of the same words does, asked once or many times', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), fc.array(fc.tuple(word, word), { maxLength: 20 }), fc.array(word, { maxLength: 40 }), (names, census, pairs, asked) => {
        const phrases = pairs.map(([a, b]) => `${foldWord(a)} ${foldWord(b)}`).filter((p) => !p.startsWith(' ') && !p.endsWith(' '));
        const known = pack(names, census, phrases);
        const nameSet = new Set(names.map(foldWord));
        const censusSet = new Set(census.map(foldWord));
        const phraseSet = new Set(phrases);
        for (let round = 0; round < 2; round++) {
          for (const w of asked) {
            const key = foldWord(w);
            const want = key.length < 2 ? undefined : nameSet.has(key) ? 'name' : censusSet.has(key) ? 'census' : undefined;
            if (known.wordSource(w) !== want) return false;
          }
          for (const [a, b] of [...pairs, ...asked.map((w, i) => [w, asked[(i + 1) % asked.length]] as [string, string])]) {
            if (known.hasName([a, b]) !== phraseSet.has(`${foldWord(a)} ${foldWord(b)}`)) return false;
          }
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
