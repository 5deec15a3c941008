// Issue 9, wave 8: evidence from the article for and against a near-miss of a person's name — the
// field the article is filed under (its front matter) for a surname that is a known word, and a
// surname many people share against a given name that is a real name. Each rule has a
// correct-name negative beside its positive. Also a slip in one word of a two-word town's name.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST } from '../../src/core/entities/registry';
import { fieldWords, umlautSpelling } from '../../src/core/entities/checks/nearMiss';
import type { EntityRecord } from '../../src/core/entities/types';
import { MINI_CONFUSABLES, MINI_ENTITIES, MINI_NAMES_ONLY, MINI_ORDINARY_WORDS, MINI_WORD_SWAPS, summary } from './helpers/miniKnowledge';
import { packKnownNames } from './helpers/knownNamesPack';

const S = ['unit test fixture'];

const EXTRA: EntityRecord[] = [
  { id: 'person:jack-leach', kind: 'person', name: 'Jack Leach', description: 'English cricketer (Somerset, England)', sources: S },
  { id: 'person:jack-grealish', kind: 'person', name: 'Jack Grealish', description: 'English footballer', sources: S },
  { id: 'person:john-healey', kind: 'person', name: 'John Healey', description: 'British politician, Secretary of State for Defence', sources: S },
  { id: 'person:john-swinney', kind: 'person', name: 'John Swinney', description: 'Scottish politician', sources: S },
  { id: 'person:axar-patel', kind: 'person', name: 'Axar Patel', short: [], description: 'Indian cricketer', sources: S },
  { id: 'person:priti-patel', kind: 'person', name: 'Priti Patel', short: [], description: 'British politician', sources: S },
  { id: 'person:kash-patel', kind: 'person', name: 'Kash Patel', short: [], description: 'Director of the FBI', sources: S },
  { id: 'person:mia-mottley', kind: 'person', name: 'Mia Mottley', description: 'Prime Minister of Barbados', sources: S },
  { id: 'country:montenegro', kind: 'country', name: 'Montenegro', adjectives: ['Montenegrin'], sources: S },
];

function checker(): NameChecker {
  const known = packKnownNames(['Amar', 'Jack', 'John', 'Healy', 'Bijelo', 'Polje', 'Pljevlja', 'Bela'], ['Leech'], [], [
    ['Bijelo Polje', 'city/town, Montenegro', 15_400],
    ['Pljevlja', 'city/town, Montenegro', 19_000],
  ]);
  const registry = new EntityRegistry([...MINI_ENTITIES, ...EXTRA], [...MINI_ORDINARY_WORDS, 'leech', 'healy'], EMPTY_HOUSE_LIST, MINI_NAMES_ONLY, MINI_WORD_SWAPS, known, []);
  return new NameChecker(registry, MINI_CONFUSABLES);
}

const filed = (tags: string, body: string) => `---\ntitle: "Final day at Taunton"\nsection: Sport\ntags: [${tags}]\n---\n\n${body}\n`;

describe('evidence from the article about near-misses of people’s names', () => {
  const c = checker();

  describe('the field the article is filed under', () => {
    const body = 'Jack Leech took six for 58 on a turning pitch on the final day.';
    it('makes a known word one letter from the surname of a person of that field a slip (Leech, cricket)', () => {
      const found = summary(c, filed('cricket, County Championship', body)).filter((x) => x[1] === 'near-miss');
      assert.deepEqual(found, [['Leech', 'near-miss', 'Leach']]);
    });
    it('a tag given as a block list counts too', () => {
      const text = `---\ntitle: "Final day"\ntags:\n  - cricket\n  - Somerset\n---\n\n${body}\n`;
      assert.deepEqual(summary(c, text).filter((x) => x[1] === 'near-miss'), [['Leech', 'near-miss', 'Leach']]);
    });
    it('leaves the same name alone in an article of another field, or with no front matter', () => {
      assert.deepEqual(summary(c, filed('football, Premier League', 'Jack Leech scored twice on the final day.')), []);
      assert.deepEqual(summary(c, body), []);
    });
    it('is no evidence on the politics beat: every politician fits it (John Healy is not John Healey)', () => {
      assert.deepEqual(summary(c, `---\ntitle: "Vote"\nsection: Politics\ntags: [politics, election]\n---\n\nJohn Healy said the vote was close.\n`), []);
    });
    it('takes a description’s lower-case field words, not roles or ranks', () => {
      assert.deepEqual(fieldWords('English cricketer (Somerset, England)'), ['cricketer']);
      assert.deepEqual(fieldWords('Former chief executive of the company'), []);
      assert.deepEqual(fieldWords('British politician, Secretary of State for Defence'), []);
    });
  });

  describe('a surname many people share', () => {
    it('anchors no one of them: a given name that is a real name before it is another person’s', () => {
      assert.deepEqual(summary(c, 'High school teacher Amar Patel was chosen as the running mate.'), []);
    });
    it('a given name no list knows before it is still a slip, and so is a slip before a rarer surname', () => {
      assert.deepEqual(summary(c, 'The spinner Azar Patel took three wickets.'), [['Azar', 'near-miss', 'Axar']]);
      assert.deepEqual(summary(c, 'Prime Minister Mja Mottley opened the summit.'), [['Mja', 'near-miss', 'Mia']]);
    });
  });

  describe('a slip in one word of a two-word town the lists know', () => {
    const montenegro = (sentence: string) => `Montenegro hopes to close its accession talks by 2027. ${sentence}`;
    it('is flagged where a place is expected in an article about its country', () => {
      assert.deepEqual(summary(c, montenegro('Local officials in Bjelo Polje and Pljevlja called for funds.')), [['Bjelo Polje', 'near-miss', 'Bijelo Polje']]);
    });
    it('not the town itself, nor outside an article about its country, nor inside a longer name', () => {
      assert.deepEqual(summary(c, montenegro('Local officials in Bijelo Polje and Pljevlja called for funds.')), []);
      assert.deepEqual(summary(c, 'Local officials in Bjelo Polje called for funds.'), []);
      assert.deepEqual(summary(c, montenegro('He plays for Bjelo Polje United these days.')), []);
    });
    it('the same pair written twice is a place of its own', () => {
      assert.deepEqual(summary(c, montenegro('Officials in Bjelo Polje met. Later, in Bjelo Polje, they voted.')), []);
    });
  });

  describe('a name with its umlauts written out', () => {
    it('is the same name (Juergen for Jürgen), not a slip; a letter off is still one', () => {
      assert.equal(umlautSpelling('juergen', 'jürgen'), true);
      assert.equal(umlautSpelling('koeln', 'köln'), true);
      assert.equal(umlautSpelling('jurgen', 'jürgen'), false);
      assert.equal(umlautSpelling('juergan', 'jürgen'), false);
    });
  });
});
