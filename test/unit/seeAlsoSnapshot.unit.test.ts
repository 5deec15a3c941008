// The See also index saved as bytes and read back: same answers, still editable,
// and refused when it belongs to another knowledge base or is damaged.
import * as assert from 'node:assert/strict';
import { SeeAlsoIndex } from '../../src/core/seeAlso/seeAlsoIndex';
import { nameLabel, namesOf, readFixtures } from './seeAlsoTestNames';

function build(): { index: SeeAlsoIndex; texts: Map<string, string> } {
  const index = new SeeAlsoIndex({ namesOf, nameLabel });
  const texts = new Map(readFixtures());
  for (const [p, t] of texts) index.set(p, t);
  return { index, texts };
}

const answers = (index: SeeAlsoIndex, texts: Map<string, string>) =>
  [...texts].map(([p, t]) => index.query(p, t, 5).map((c) => [c.path, c.score.toFixed(12), c.reasons, c.title, c.date, c.tags]));

describe('See also index snapshot', () => {
  it('answers every query exactly as the index it was saved from', () => {
    const { index, texts } = build();
    const reopened = SeeAlsoIndex.fromSnapshot(index.toSnapshot('kb-1'), { namesOf, nameLabel }, 'kb-1');
    assert.ok(reopened);
    assert.equal(reopened.size, index.size);
    assert.deepEqual(answers(reopened, texts), answers(index, texts));
  });

  it('keeps working after edits, removals and additions once reopened', () => {
    const { index, texts } = build();
    index.remove('world/myanmar-clashes.md'); // a dead entry at save time
    const reopened = SeeAlsoIndex.fromSnapshot(index.toSnapshot(), { namesOf, nameLabel })!;
    for (const ix of [index, reopened]) {
      ix.set('world/myanmar-clashes.md', texts.get('world/myanmar-clashes.md')!);
      ix.set('world/extra.md', texts.get('world/wang-yi-lavrov-rome.md')!.replace('Rome', 'Geneva'));
      ix.remove('europe/ecb-raises-rates.md');
    }
    const all = new Map([...texts, ['world/extra.md', texts.get('world/wang-yi-lavrov-rome.md')!]]);
    assert.deepEqual(answers(reopened, all), answers(index, all));
  });

  it('answers the same after trim(), and keeps accepting articles', () => {
    const { index, texts } = build();
    const before = answers(index, texts);
    index.remove('world/myanmar-clashes.md');
    index.set('world/myanmar-clashes.md', texts.get('world/myanmar-clashes.md')!);
    index.trim();
    assert.deepEqual(answers(index, texts), before);
    index.set('world/extra.md', texts.get('world/xi-putin-video-call.md')!);
    assert.ok(index.query('world/xi-putin-video-call.md', texts.get('world/xi-putin-video-call.md')!, 1)[0].path === 'world/extra.md');
  });

  it('reads a snapshot from bytes that do not start on a 4-byte boundary', () => {
    const { index, texts } = build();
    const bytes = index.toSnapshot();
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    assert.deepEqual(answers(SeeAlsoIndex.fromSnapshot(shifted, { namesOf, nameLabel })!, texts), answers(index, texts));
  });

  it('refuses a snapshot of another fingerprint, other indexing weights, or damaged bytes', () => {
    const { index } = build();
    const bytes = index.toSnapshot('kb-1');
    assert.equal(SeeAlsoIndex.fromSnapshot(bytes, {}, 'kb-2'), undefined);
    assert.equal(SeeAlsoIndex.fromSnapshot(bytes, { weights: { number: 0 } }, 'kb-1'), undefined);
    assert.equal(SeeAlsoIndex.fromSnapshot(bytes.subarray(0, bytes.length >> 1), {}, 'kb-1'), undefined);
    assert.equal(SeeAlsoIndex.fromSnapshot(new TextEncoder().encode('not an index at all'), {}, 'kb-1'), undefined);
  });
});
