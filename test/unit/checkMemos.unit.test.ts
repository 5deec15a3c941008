// The name checks' bounded memos and lookup indexes (src/core/entities/memo.ts, the forms by
// first and next word in context.ts): what they remember is what the checks work out afresh,
// they never hold more than their capacity, and the checks find the same with them or without.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BoundedMemo, overrideMemoCapacity } from '../../src/core/entities/memo';
import { findMentions, type Mention } from '../../src/core/entities/context';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import type { EntityRegistry, NameForm } from '../../src/core/entities/registry';
import { analyseArticle } from '../../src/core/article/analysedArticle';
import type { Atom } from '../../src/core/text/atoms';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';
import { editDistance } from '../../src/core/entities/editDistance';

const root = join(__dirname, '..', '..', '..');
const CORPUS = join(root, 'test', 'fixtures', 'corpus');

/** The articles of a few corpus folders (names right and wrong, clean copy). */
function corpusTexts(): string[] {
  return ['beats-dev', 'heldout4-politics', 'clean2', 'holdout'].flatMap((dir) =>
    readdirSync(join(CORPUS, dir))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(join(CORPUS, dir, f), 'utf8')),
  );
}

describe('bounded memos', () => {
  it('remembers a value by one key or by two', () => {
    const memo = new BoundedMemo<string[]>(10);
    assert.equal(memo.get('sholz', ''), undefined);
    const value = memo.set('sholz', '', ['scholz']);
    assert.equal(memo.get('sholz', ''), value);
    memo.set('angela', 'merkle', ['merkel']);
    assert.deepEqual(memo.get('angela', 'merkle'), ['merkel']);
    assert.equal(memo.get('angela', ''), undefined);
    assert.equal(memo.get('merkle', 'angela'), undefined);
  });

  it('never holds more than its capacity, however many keys it is given', () => {
    const memo = new BoundedMemo<number>(100);
    for (let i = 0; i < 10_000; i++) {
      memo.set(`w${i % 977}`, `n${i}`, i);
      assert.ok(memo.size <= 100, `size ${memo.size} after ${i + 1} entries`);
    }
    assert.ok(memo.size >= 50, 'it keeps at least half its capacity once full');
  });

  it('keeps what is used again and forgets what is not', () => {
    const memo = new BoundedMemo<number>(4);
    memo.set('a', '', 1);
    memo.set('b', '', 2);
    memo.set('c', '', 3);
    // 'a' and 'b' are now the older generation; 'a' is used again and moves to the newer one.
    assert.equal(memo.get('a', ''), 1);
    memo.set('d', '', 4);
    // The older generation ('b' alone) is dropped; 'a' survives.
    assert.equal(memo.get('b', ''), undefined);
    assert.equal(memo.get('a', ''), 1);
    assert.equal(memo.get('d', ''), 4);
    assert.ok(memo.size <= 4);
  });

  it('answers with the last value set for a key, whenever it still holds one (any sequence of sets and gets)', () => {
    const step = fc.tuple(fc.boolean(), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.constantFrom('', 'x', 'y'), fc.integer());
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.array(step, { maxLength: 60 }), (capacity, steps) => {
        const memo = new BoundedMemo<number>(capacity);
        const last = new Map<string, number>();
        for (const [isSet, a, b, value] of steps) {
          if (isSet) {
            if (memo.set(a, b, value) !== value) return false;
            last.set(`${a}|${b}`, value);
          } else {
            const got = memo.get(a, b);
            if (got !== undefined && got !== last.get(`${a}|${b}`)) return false;
          }
          if (memo.size > capacity) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

/** Optimal-string-alignment distance, written plainly (the reference for editDistance's reused rows). */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance with rows reused between calls', () => {
  it('is the OSA distance when within the cap, and more than the cap otherwise, for words of any length in any order', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'z'), maxLength: 90 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.constantFrom(0, 1, 2, 3, Infinity)), { minLength: 1, maxLength: 8 }), (pairs) =>
        pairs.every(([a, b, max]) => {
          const want = osa(a, b);
          const got = editDistance(a, b, max);
          return want <= max ? got === want : got > max;
        }),
      ),
      { numRuns: 1500 },
    );
  });
});

describe('name checks with their memos and indexes', function () {
  this.timeout(120_000);
  const knowledge = loadBuiltInKnowledge(join(root, 'data'));
  const texts = corpusTexts();

  afterEach(() => overrideMemoCapacity(undefined));

  it('find the same in corpus articles checked with memos that forget at once, then cold, then warm', () => {
    overrideMemoCapacity(2);
    const forgetting = createNameChecker(knowledge);
    const expected = texts.map((t) => forgetting.check(t));
    overrideMemoCapacity(undefined);
    const checker = createNameChecker(knowledge);
    const cold = texts.map((t) => checker.check(t));
    const warm = texts.map((t) => checker.check(t));
    // The folders hold slips of every kind: the comparison is not of empty lists.
    assert.ok(expected.flat().length > 40, `only ${expected.flat().length} findings`);
    assert.deepEqual(cold, expected);
    assert.deepEqual(warm, expected);
  });

  it('find the same names at the same atoms as a scan of every form by first word', () => {
    const registry = createNameChecker(knowledge).registry;
    let mentions = 0;
    for (const text of texts) {
      const article = analyseArticle(text);
      for (let i = 0; i < article.prose.blocks.length; i++) {
        const atoms = article.atomsOf(i);
        const found = findMentions(atoms, registry);
        const reference = findMentionsByScan(atoms, registry);
        assert.deepEqual(found.mentions, reference);
        mentions += reference.length;
      }
    }
    assert.ok(mentions > 500, `only ${mentions} mentions`);
  });
});

/** findMentions as first written: every form starting with the atom's key, longest first, the first that matches wins. */
function findMentionsByScan(atoms: Atom[], registry: EntityRegistry): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < atoms.length; i++) {
    if (!atoms[i].capitalized && !registry.lowerFirstKeys.has(atoms[i].key)) continue;
    for (const form of registry.phrasesByFirst.get(atoms[i].key) ?? []) {
      const n = form.keys.length;
      if (i + n > atoms.length || !matchesAtByScan(atoms, i, form)) continue;
      out.push({ first: i, last: i + n - 1, start: atoms[i].start, end: atoms[i + n - 1].end, form });
      i += n - 1;
      break;
    }
  }
  return out;
}

function matchesAtByScan(atoms: Atom[], i: number, form: NameForm): boolean {
  const keys = form.keys;
  for (let k = 0; k < keys.length; k++) {
    const a = atoms[i + k];
    // (A break is crossed after an initial the name has, "C. Vijayakumar", or at its ampersand, "Procter & Gamble".)
    const crossed = k > 0 && ((keys[k - 1].length === 1 && atoms[i + k - 1].text.length === 1 && atoms[i + k - 1].capitalized && a.start - atoms[i + k - 1].end === 2) || (form.form.includes('&') && [1, 3].includes(a.start - atoms[i + k - 1].end)));
    // (A possessive ends a name, unless the name has it there: "People's" in the People's Action Party.)
    const ownPossessive = ` ${form.form.toLowerCase().replace(/’/g, "'")}`.includes(` ${a.base.toLowerCase()}'s `);
    if (a.key !== keys[k] || (k > 0 && a.gap === 'break' && !crossed) || (k < keys.length - 1 && a.base !== a.text && !ownPossessive)) return false;
  }
  if (form.role === 'wrong') return true;
  if (form.role === 'acronym') return keys.length === 1 ? atoms[i].base === form.form : atoms[i].base[0] === form.form[0];
  return atoms[i].capitalized || !/^\p{Lu}/u.test(form.form);
}
