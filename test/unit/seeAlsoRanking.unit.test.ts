// Ranking of related articles by SeeAlsoIndex, on the fixture newsroom in test/fixtures/seealso.
import * as assert from 'node:assert/strict';
import { SeeAlsoIndex, defaultNameLabel } from '../../src/core/seeAlso/seeAlsoIndex';
import { stem, tokenize } from '../../src/core/seeAlso/text';
import { isRankableArticle, readArticleFields } from '../../src/core/seeAlso/article';
import { nameLabel, namesOf, readFixtures } from './seeAlsoTestNames';

function buildIndex(): { index: SeeAlsoIndex; texts: Map<string, string> } {
  const index = new SeeAlsoIndex({ namesOf, nameLabel });
  const texts = new Map(readFixtures());
  for (const [p, t] of texts) index.set(p, t);
  return { index, texts };
}

function top(index: SeeAlsoIndex, texts: Map<string, string>, p: string, limit = 3): string[] {
  return index.query(p, texts.get(p)!, limit).map((c) => c.path);
}

const article = (title: string, date: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndate: ${date}\nsection: World\n${extra}---\n\n${body}\n`;

describe('See also ranking', () => {
  it('ranks the other Wang Yi–Lavrov meeting first for the Rome meeting, with shared names and tags as reasons', () => {
    const { index, texts } = buildIndex();
    const [first, second] = index.query('world/wang-yi-lavrov-rome.md', texts.get('world/wang-yi-lavrov-rome.md')!, 5);
    assert.equal(first.path, 'world/lavrov-wang-yi-un-coordination.md');
    assert.deepEqual(first.reasons.names.slice().sort(), ['China', 'Russia', 'Sergei Lavrov', 'United Nations', 'Wang Yi']);
    assert.deepEqual(first.reasons.tags, ['diplomacy', 'Russia', 'China']);
    assert.equal(first.reasons.sameSection, true);
    assert.equal(first.title, 'Lavrov and Wang Yi pledge closer coordination at the United Nations');
    assert.equal(first.date, '2021-09-23');
    assert.ok(first.score > second.score);
  });

  it('puts the most specific shared names first in the reasons', () => {
    const { index, texts } = buildIndex();
    const [first] = index.query('world/wang-yi-lavrov-rome.md', texts.get('world/wang-yi-lavrov-rome.md')!, 1);
    // Wang Yi and Lavrov appear in two articles, China and Russia in more.
    assert.deepEqual(first.reasons.names.slice(0, 2).sort(), ['Sergei Lavrov', 'Wang Yi']);
  });

  it('ranks the gas price cap deal first for the Brussels gas summit', () => {
    const { index, texts } = buildIndex();
    assert.equal(top(index, texts, 'europe/eu-energy-summit.md')[0], 'europe/energy-ministers-agree-gas-cap.md');
  });

  it('ranks the runoff result first for the first-round story', () => {
    const { index, texts } = buildIndex();
    const [first] = index.query('americas/brazil-runoff.md', texts.get('americas/brazil-runoff.md')!, 1);
    assert.equal(first.path, 'americas/lula-wins-runoff.md');
    assert.deepEqual(first.reasons.names.slice().sort(), ['Brazil', 'Jair Bolsonaro', 'Luiz Inácio Lula da Silva']);
    assert.deepEqual(first.reasons.tags, ['Brazil', 'elections']);
  });

  it('ranks the Rome summit story above the unrelated Myanmar story for the Rome meeting', () => {
    const { index, texts } = buildIndex();
    const paths = index.query('world/wang-yi-lavrov-rome.md', texts.get('world/wang-yi-lavrov-rome.md')!, 20).map((c) => c.path);
    assert.ok(paths.indexOf('world/g20-rome-summit-ends.md') < paths.indexOf('world/myanmar-clashes.md') || !paths.includes('world/myanmar-clashes.md'));
  });

  it('never returns the current article', () => {
    const { index, texts } = buildIndex();
    for (const [p, t] of texts) assert.ok(!index.query(p, t, 50).some((c) => c.path === p), p);
  });

  it('weights the headline up: a headline match beats the same word once in a body', () => {
    const index = new SeeAlsoIndex();
    index.set('a.md', article('Vaccine talks stall', '2021-01-01', 'Officials met again on Monday.'));
    index.set('b.md', article('Officials meet on Monday', '2021-01-01', 'They also discussed a vaccine.'));
    index.set('c.md', article('Weather report', '2021-01-01', 'Rain on Monday.'));
    const res = index.query('q.md', article('Vaccine', '2021-01-02', 'Vaccine.'), 3);
    assert.deepEqual(res.map((c) => c.path).slice(0, 2), ['a.md', 'b.md']);
  });

  it('breaks ties in favour of the more recent article', () => {
    const index = new SeeAlsoIndex();
    index.set('old.md', article('Harbour strike', '2020-05-01', 'Dockers strike.'));
    index.set('new.md', article('Harbour strike', '2022-05-01', 'Dockers strike.'));
    index.set('mid.md', article('Harbour strike', '2021-05-01', 'Dockers strike.'));
    const res = index.query('q.md', article('Harbour strike', '2023-01-01', 'Dockers strike.'), 3);
    assert.deepEqual(res.map((c) => c.path), ['new.md', 'mid.md', 'old.md']);
    assert.equal(res[0].score, res[2].score);
  });

  it('counts a shared section as a reason', () => {
    const index = new SeeAlsoIndex();
    index.set('a.md', article('Port reopens', '2021-01-01', 'Ships sail.'));
    index.set('b.md', '---\ntitle: Port reopens\nsection: Business\n---\n\nShips sail.\n');
    const [first, second] = index.query('q.md', article('Port closes', '2021-01-02', 'Ships wait.'), 2);
    assert.equal(first.path, 'a.md');
    assert.equal(first.reasons.sameSection, true);
    assert.equal(second.reasons.sameSection, false);
  });

  it('matches tags case-insensitively and reports them as the candidate writes them', () => {
    const index = new SeeAlsoIndex();
    index.set('a.md', article('Alpha', '2021-01-01', 'One.', 'tags: [Energy, Gas]\n'));
    const [first] = index.query('q.md', article('Beta', '2021-01-02', 'Two.', 'tags: energy\n'), 1);
    assert.deepEqual(first.reasons.tags, ['Energy']);
  });

  it('updates and removes articles incrementally', () => {
    const { index, texts } = buildIndex();
    const q = texts.get('world/wang-yi-lavrov-rome.md')!;
    index.remove('world/lavrov-wang-yi-un-coordination.md');
    assert.notEqual(top(index, texts, 'world/wang-yi-lavrov-rome.md', 1)[0], 'world/lavrov-wang-yi-un-coordination.md');
    index.set('world/lavrov-wang-yi-un-coordination.md', texts.get('world/lavrov-wang-yi-un-coordination.md')!);
    assert.equal(index.query('world/wang-yi-lavrov-rome.md', q, 1)[0].path, 'world/lavrov-wang-yi-un-coordination.md');
    // Replace an article's text: the Myanmar story becomes about Wang Yi and Lavrov.
    index.set('world/myanmar-clashes.md', q.replace('Rome', 'Yangon'));
    assert.equal(index.query('world/wang-yi-lavrov-rome.md', q, 1)[0].path, 'world/myanmar-clashes.md');
    assert.equal(index.size, texts.size);
  });

  it('gives the same ranking after many updates as a fresh index (compaction keeps postings right)', () => {
    const { index, texts } = buildIndex();
    for (let round = 0; round < 20; round++) for (const [p, t] of texts) index.set(p, t);
    const fresh = buildIndex().index;
    for (const [p, t] of texts) {
      assert.deepEqual(
        index.query(p, t, 5).map((c) => [c.path, c.score.toFixed(9)]),
        fresh.query(p, t, 5).map((c) => [c.path, c.score.toFixed(9)]),
        p,
      );
    }
  });

  it('returns nothing from an empty index', () => {
    assert.deepEqual(new SeeAlsoIndex().query('a.md', 'text', 5), []);
  });
});

describe('See also text analysis', () => {
  it('folds plural s, -ies and -es but leaves -ss, -us and -is alone', () => {
    assert.deepEqual(['talks', 'countries', 'taxes', 'churches', 'press', 'bonus', 'analysis', 'gas'].map(stem), [
      'talk', 'country', 'tax', 'church', 'press', 'bonus', 'analysis', 'gas',
    ]);
  });

  it('drops stop words, single letters and non-year numbers', () => {
    assert.deepEqual(tokenize("The ministers said it's 83 percent in 2022"), ['minister', 'percent', '2022']);
  });

  it('reads title, date, section, outlet and tags from the front matter', () => {
    const f = readArticleFields('---\ntitle: T\ndate: 2022-10-03\nsection: Americas\noutlet: Harbor Daily\ntags: a, b, A\n---\n\n# H\n\n[x](../y.md) body\n');
    assert.deepEqual([f.title, f.date, f.section, f.outlet, f.tags], ['T', '2022-10-03', 'Americas', 'Harbor Daily', ['a', 'b']]);
    assert.ok(!f.body.includes('../y.md'));
  });

  it('treats only Markdown with a front-matter title as an article', () => {
    assert.equal(isRankableArticle('---\ntitle: T\n---\nx'), true);
    assert.equal(isRankableArticle('# README\n\nNotes.'), false);
    assert.equal(isRankableArticle('---\nlayout: page\n---\n'), false);
  });

  it('shows a name id as a readable name when no label is supplied', () => {
    assert.equal(defaultNameLabel('person:sergei-lavrov'), 'Sergei Lavrov');
    assert.equal(defaultNameLabel('org:g20'), 'G20');
    assert.equal(defaultNameLabel('Wang Yi'), 'Wang Yi');
  });
});
