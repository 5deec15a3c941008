// The packed symmetric-delete index (src/core/entities/hashIndex.ts) answers exactly what
// a Map from every deletion string to its words answered, in the same order.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { deletionIndex, HashIndex, nearByDeletion } from '../../src/core/entities/hashIndex';
import { collapseDoubles } from '../../src/core/entities/registry';
import { deletions } from '../../src/core/entities/editDistance';

/** The Map the packed index replaced, as the registry built and read it. */
function mapIndex(words: readonly string[]): (key: string) => string[] {
  const byDeletion = new Map<string, string[]>();
  for (const w of words) {
    for (const d of new Set([...deletions(w), w])) {
      const list = byDeletion.get(d);
      if (list) list.push(w);
      else byDeletion.set(d, [w]);
    }
  }
  return (key) => {
    const found = new Set<string>();
    for (const d of [key, ...deletions(key)]) for (const w of byDeletion.get(d) ?? []) if (w !== key) found.add(w);
    return [...found];
  };
}

describe('the packed symmetric-delete index (hashIndex.ts)', () => {
  it('finds the words one deletion apart on either side, and only those', () => {
    const index = deletionIndex(['scholz', 'merkel', 'macron', 'merkle', 'sholz', 'guterres', 'kenya']);
    assert.deepEqual([...nearByDeletion(index, 'sholz')], ['scholz']);
    assert.deepEqual([...nearByDeletion(index, 'merkel')], ['merkle']);
    assert.deepEqual([...nearByDeletion(index, 'macorn')], ['macron']);
    assert.deepEqual([...nearByDeletion(index, 'guteres')], ['guterres']);
    assert.deepEqual([...nearByDeletion(index, 'kenay')], ['kenya']);
    assert.deepEqual([...nearByDeletion(index, 'paris')], []);
    assert.deepEqual([...nearByDeletion(index, '')], []);
  });

  it('answers as the Map of deletions did, in its order, for any words (fast-check)', () => {
    const word = fc.stringMatching(/^[a-eé]{1,7}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (words, keys) => {
        const packed = deletionIndex(words);
        const map = mapIndex(words);
        for (const key of [...keys, ...words]) assert.deepEqual([...nearByDeletion(packed, key)], map(key), key);
      }),
      { numRuns: 300 },
    );
  });

  it('answers as the Map did over tens of thousands of words, where hashes of deletions may collide', () => {
    // 20,000 words and their 100,000 deletions: a collision of 32-bit hashes is about even odds.
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(i.toString(36).padStart(4, 'q'));
    const packed = deletionIndex(words);
    const map = mapIndex(words);
    for (let i = 0; i < 20_000; i += 97) assert.deepEqual([...nearByDeletion(packed, words[i])], map(words[i]));
  });
});

describe('words by their spelling with doubled letters collapsed (HashIndex)', () => {
  it('finds the same words as a Map by collapsed spelling, in their order (fast-check)', () => {
    const word = fc.stringMatching(/^[abl]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), (words) => {
        const index = new HashIndex(words, (w) => [collapseDoubles(w)]);
        for (const key of words) {
          const c = collapseDoubles(key);
          const got: string[] = [];
          index.candidates(c, (w) => {
            if (collapseDoubles(w) === c) got.push(w);
          });
          assert.deepEqual(got, words.filter((w) => collapseDoubles(w) === c));
        }
      }),
      { numRuns: 200 },
    );
  });
});
