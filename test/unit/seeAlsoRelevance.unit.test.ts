// What the See also ranking rewards and what it refuses: length-normalised similarity,
// numbers that pin an event, feedback from the story's cluster, date proximity, and
// names counted (and shown) only when both articles name the entity firmly.
import * as assert from 'node:assert/strict';
import { SeeAlsoIndex } from '../../src/core/seeAlso/seeAlsoIndex';
import { firmEntityIds, seeAlsoNamesOf } from '../../src/core/seeAlso/names';
import { checkReasons, containsName } from '../../src/cli/reasonChecker';
import { miniChecker } from './helpers/miniKnowledge';

const article = (title: string, body: string, front = '') => `---\ntitle: ${title}\n${front}---\n\n${body}\n`;
const filler = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 37} word${i % 53}`).join(' ');

describe('See also relevance', () => {
  it('does not favour long articles: a short story on the event beats a long roundup that mentions it once', () => {
    const index = new SeeAlsoIndex();
    index.set('short.md', article('Quake hits Papua', 'A strong earthquake hit Papua province, damaging houses in Manokwari.'));
    index.set('roundup.md', article('Week in review', `${filler(600, 'misc')} An earthquake hit Papua. ${filler(600, 'other')}`));
    index.set('other.md', article('Bridge opens', 'A new bridge opened in the capital.'));
    const [first] = index.query('q.md', article('Earthquake damages houses in Papua', 'The earthquake in Papua province damaged houses near Manokwari.'), 2);
    assert.equal(first.path, 'short.md');
  });

  it('lets the numbers of an event decide between two stories of the same kind', () => {
    const index = new SeeAlsoIndex();
    index.set('same.md', article('Earthquake strikes off coast', 'A magnitude 6.1 earthquake struck off the coast, killing 14 people.'));
    index.set('other-quake.md', article('Earthquake strikes off coast', 'A magnitude 7.3 earthquake struck off the coast, killing 52 people.'));
    const [first, second] = index.query('q.md', article('Strong earthquake off the coast', 'The 6.1 magnitude earthquake struck off the coast; 14 people died.'), 2);
    assert.equal(first.path, 'same.md');
    assert.ok(first.score > second.score);
  });

  it('ignores numbers when their weight is 0', () => {
    const index = new SeeAlsoIndex({ weights: { number: 0, feedback: 0 } });
    index.set('a.md', article('Earthquake strikes', 'A magnitude 6.1 earthquake struck.'));
    index.set('b.md', article('Earthquake strikes', 'A magnitude 7.3 earthquake struck.'));
    const [first, second] = index.query('q.md', article('Earthquake strikes', 'A magnitude 6.1 earthquake struck.'), 2);
    assert.equal(first.score, second.score);
  });

  it('ranks the same story from the same week above the same story from another year, when both have dates', () => {
    const index = new SeeAlsoIndex();
    index.set('last-year.md', article('Harbour strike', 'Dockers strike over pay.', 'date: 2022-03-01\n'));
    index.set('this-week.md', article('Harbour strike', 'Dockers strike over pay.', 'date: 2023-03-03\n'));
    index.set('unrelated.md', article('Bridge opens', 'A new bridge opened.', 'date: 2023-03-02\n'));
    const res = index.query('q.md', article('Harbour strike', 'Dockers strike over pay.', 'date: 2023-03-01\n'), 2);
    assert.deepEqual(res.map((c) => c.path), ['this-week.md', 'last-year.md']);
    assert.ok(res[0].score > res[1].score * 1.2);
  });

  it('leaves undated articles unaffected by dates', () => {
    const index = new SeeAlsoIndex();
    index.set('dated.md', article('Harbour strike', 'Dockers strike over pay.', 'date: 2015-03-01\n'));
    index.set('undated.md', article('Harbour strike', 'Dockers strike over pay.'));
    index.set('unrelated.md', article('Bridge opens', 'A new bridge opened.'));
    const res = index.query('q.md', article('Harbour strike', 'Dockers strike over pay.'), 2);
    assert.equal(res[0].score, res[1].score);
  });

  it('pulls in the rest of a story through feedback from its best matches', () => {
    // "c" shares no rare word with the query, only with the query's best matches.
    const docs = {
      'a.md': article('Ferry sinks near Zanzibar', 'The ferry Spice Islander sank near Zanzibar with hundreds aboard.'),
      'b.md': article('Zanzibar ferry disaster', 'Rescuers searched for survivors of the Spice Islander off Zanzibar.'),
      'c.md': article('Spice Islander survivors recount night', 'Survivors of the Spice Islander told of the night at sea.'),
      'd.md': article('Ferry fares rise', 'Ferry operators raised fares for the holiday.'),
    };
    const withFeedback = new SeeAlsoIndex();
    const without = new SeeAlsoIndex({ weights: { feedback: 0 } });
    for (const [p, t] of Object.entries(docs)) {
      withFeedback.set(p, t);
      without.set(p, t);
    }
    const q = article('Ferry sinks off Zanzibar', 'A ferry sank off Zanzibar overnight.');
    const rank = (ix: SeeAlsoIndex) => ix.query('q.md', q, 4).map((c) => c.path);
    assert.ok(rank(withFeedback).indexOf('c.md') < rank(withFeedback).indexOf('d.md'));
    assert.ok(rank(without).indexOf('c.md') > rank(withFeedback).indexOf('c.md') || !rank(without).includes('c.md'));
  });
});

describe('See also names', () => {
  const checker = miniChecker();
  const names = seeAlsoNamesOf(checker);

  it('counts full names and acronyms', () => {
    assert.deepEqual(names('Olaf Scholz met officials from the UK and China.').sort(), ['country:china', 'country:uk', 'person:olaf-scholz']);
  });

  it('counts a surname only where the full name anchors it', () => {
    assert.deepEqual(names('Scholz said the talks went well.'), []);
    assert.deepEqual(names('Olaf Scholz arrived. Scholz said the talks went well.'), ['person:olaf-scholz']);
  });

  it('never counts a short form that is a given name or a weekday alone', () => {
    assert.deepEqual(names('Lee said on Friday that he would run.'), []);
  });

  it('does not count adjectives and demonyms as a shared country', () => {
    assert.deepEqual(names('Chinese and Russian officials met.'), []);
  });

  it('does not count a one-word name inside a longer capitalised name', () => {
    assert.deepEqual(names('He flew to Germany Airport Services headquarters.'), []);
    assert.deepEqual(names('In Germany, prices rose.'), ['country:germany']);
  });

  it('reports the strength of each mention', () => {
    const byText = Object.fromEntries(checker.mentionsIn('Lavrov spoke. Sergei Lavrov and Russian officials.').map((m) => [m.text, m.strength]));
    assert.deepEqual(byText, { Lavrov: 'anchored', 'Sergei Lavrov': 'full', Russian: 'derived' });
    assert.equal(checker.mentionsIn('Lavrov spoke.')[0].strength, 'short');
  });

  it('firmEntityIds keeps only entities with a firm full mention', () => {
    const mentions = checker.mentionsIn('Merkel said. Angela Merkel and China.');
    assert.deepEqual(firmEntityIds(mentions).sort(), ['country:china', 'person:angela-merkel']);
  });

  it('shows a shared name as a reason only when both articles name it firmly', () => {
    const index = new SeeAlsoIndex({ namesOf: names, nameLabel: (id) => checker.registry.entities.get(id)!.name });
    index.set('a.md', article('Scholz visits Paris', 'Olaf Scholz met Emmanuel Macron in Paris on trade.'));
    index.set('b.md', article('Macron on trade', 'Macron spoke about trade in Paris.'));
    const res = index.query('q.md', article('Trade talks in Paris', 'Emmanuel Macron and Olaf Scholz discussed trade in Paris.'), 2);
    const byPath = Object.fromEntries(res.map((c) => [c.path, c.reasons.names]));
    assert.deepEqual(byPath['a.md'].slice().sort(), ['Emmanuel Macron', 'Olaf Scholz']);
    assert.deepEqual(byPath['b.md'], []);
  });
});

describe('See also reason checker', () => {
  const registry = miniChecker().registry;

  it('accepts a name written in full in both texts', () => {
    const r = checkReasons([{ query: 'Olaf Scholz spoke.', candidate: 'Later, Olaf Scholz left.', nameIds: ['person:olaf-scholz'] }], registry);
    assert.deepEqual([r.shown, r.wrong.length], [1, 0]);
  });

  it('counts a reason wrong when one text has only the surname, a weekday or an adjective', () => {
    const r = checkReasons(
      [
        { query: 'Olaf Scholz spoke.', candidate: 'Scholz left.', nameIds: ['person:olaf-scholz'] },
        { query: 'China grew.', candidate: 'Chinese exports grew.', nameIds: ['country:china'] },
      ],
      registry,
    );
    assert.equal(r.wrong.length, 2);
    assert.equal(r.resultsWithWrong, 2);
  });

  it('does not take a word inside a longer capitalised name for the name', () => {
    assert.equal(containsName('He works for Germany Airport Services.', 'Germany'), false);
    assert.equal(containsName('They visited New Germany, a town.', 'Germany'), false);
    assert.equal(containsName('In Germany, prices rose.', 'Germany'), true);
    assert.equal(containsName('Prices rose.\nGermany said so.', 'Germany'), true);
  });
});
