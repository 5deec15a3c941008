// Issue 9, wave 5: evidence from the article about whether a word is a slip of a known name —
// the other items of its list, a country written attributively before a body's words, a letter
// dropped from a long town name, a surname beside a country's local-language form, a short
// slip of a name at a sentence's start. Each rule has a correct-name negative beside its positive.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST } from '../../src/core/entities/registry';
import { longNameDrop, sentenceStartSlip } from '../../src/core/entities/checks/slipEvidence';
import type { EntityRecord } from '../../src/core/entities/types';
import { MINI_CONFUSABLES, MINI_ENTITIES, MINI_NAMES_ONLY, MINI_ORDINARY_WORDS, MINI_WORD_SWAPS, summary } from './helpers/miniKnowledge';
import { packKnownNames } from './helpers/knownNamesPack';

const S = ['unit test fixture'];

const EXTRA: EntityRecord[] = [
  { id: 'country:nepal', kind: 'country', name: 'Nepal', adjectives: ['Nepali'], sources: S },
  { id: 'country:egypt', kind: 'country', name: 'Egypt', aliases: ['Misr'], adjectives: ['Egyptian'], sources: S },
  { id: 'place:wales', kind: 'place', name: 'Wales', adjectives: ['Welsh'], country: 'country:uk', sources: S },
  { id: 'person:lee-jung-jae', kind: 'person', name: 'Lee Jung-jae', short: [], country: 'country:south-korea', sources: S },
  { id: 'person:bennet-wiegert', kind: 'person', name: 'Bennet Wiegert', short: ['Wiegert'], sources: S },
  { id: 'person:luca-de-meo', kind: 'person', name: 'Luca de Meo', short: ['de Meo'], sources: S },
  { id: 'person:lady-gaga', kind: 'person', name: 'Lady Gaga', sources: S },
  { id: 'country:antigua-and-barbuda', kind: 'country', name: 'Antigua and Barbuda', adjectives: ['Antiguan'], sources: S },
  { id: 'place:antigua', kind: 'place', name: 'Antigua', country: 'country:antigua-and-barbuda', description: 'Island of Antigua and Barbuda', sources: S },
  { id: 'org:liberal-party-of-australia', kind: 'organization', name: 'Liberal Party of Australia', aliases: ['Australian Liberal Party'], country: 'country:australia', sources: S },
];
const TOWNS: Array<[string, string, number, boolean?]> = [
  ['Llandudno', 'city/town, United Kingdom', 15_371],
  ['Pokhara', 'city, Nepal', 200_000, true],
  ['Biratnagar', 'city, Nepal', 242_548, true],
  ['Catanduanes', 'province, Philippines', 0],
  ['Gadera', 'city/town, Israel', 26_217, true],
];

function checker(census: string[] = ['Misra']): NameChecker {
  const known = packKnownNames(['Biratnagar', 'Pokhara', 'Llandudno', 'Tricia', 'Tuttle', 'Anoop', 'Alexander'], census, [], TOWNS);
  const registry = new EntityRegistry([...MINI_ENTITIES, ...EXTRA], MINI_ORDINARY_WORDS, EMPTY_HOUSE_LIST, MINI_NAMES_ONLY, MINI_WORD_SWAPS, known, []);
  return new NameChecker(registry, MINI_CONFUSABLES);
}

describe('evidence from the article about slips of known names', () => {
  const c = checker();

  describe('a country written attributively before a body’s words', () => {
    it('is no slip of the body’s adjective form, nor a translation of its name', () => {
      assert.deepEqual(summary(c, 'I was a member of the Australia Liberal Party and stood in a federal election.'), []);
    });
    it('a misspelled adjective or the words in another order still are', () => {
      assert.deepEqual(summary(c, 'I was a member of the Australain Liberal Party for years.'), [['Australain Liberal Party', 'near-miss', 'Australian Liberal Party']]);
      assert.deepEqual(summary(c, 'The Liberal Australian Party met on Monday.').map((x) => x[0]), ['Liberal Australian Party']);
    });
  });

  describe('a real surname beside a country’s local-language form', () => {
    it('is a person’s name, not a slip of the country (Misra, Misr)', () => {
      assert.deepEqual(summary(c, 'The doctor said Misra was right about the drug.'), []);
      assert.deepEqual(summary(c, 'Side effects are real, said Dr. Anoop Misra, a diabetes specialist.'), []);
    });
    it('a word no list knows is still a slip of it', () => {
      assert.deepEqual(summary(checker([]), 'The doctor said Misra was right about the drug.'), [['Misra', 'near-miss', 'Misr']]);
    });
  });

  describe('an item of a list of places', () => {
    it('is where a place is expected: a slip of a big town there is flagged', () => {
      assert.deepEqual(summary(c, 'Support is strong in the Kathmandu Valley, Pokahra and Biratnagar.'), [['Pokahra', 'near-miss', 'Pokhara']]);
      assert.deepEqual(summary(c, 'Support is strong in Biratnagar, Pokahra and the hills.'), [['Pokahra', 'near-miss', 'Pokhara']]);
    });
    it('not the town itself, nor a word among people’s names', () => {
      assert.deepEqual(summary(c, 'Support is strong in the Kathmandu Valley, Pokhara and Biratnagar.'), []);
      assert.deepEqual(summary(c, 'The band is Anoop, Pokhera and Tricia.'), []);
      assert.deepEqual(summary(c, 'Support is strong in the Kathmandu Valley, Pokhera and Biratnagar.'), [['Pokhera', 'near-miss', 'Pokhara']]);
    });
  });

  describe('a letter dropped from a long town name', () => {
    it('is a slip of the hand in a name of eight letters or more, not at its ends', () => {
      assert.equal(longNameDrop('llandudo', 'llandudno'), true);
      assert.equal(longNameDrop('landudno', 'llandudno'), false);
      assert.equal(longNameDrop('llandudn', 'llandudno'), false);
      assert.equal(longNameDrop('haxby', 'haxbey'), false);
    });
    it('is flagged for a listed town in an article about its country, not elsewhere', () => {
      assert.deepEqual(summary(c, 'He won the Welsh title at Venue Cymru in Llandudo, Wales, on Sunday.'), [['Llandudo', 'near-miss', 'Llandudno']]);
      assert.deepEqual(summary(c, 'He won the title at Venue Cymru in Llandudo on Sunday.'), []);
      assert.deepEqual(summary(c, 'He won the Welsh title at Venue Cymru in Llandudno, Wales, on Sunday.'), []);
    });
  });

  describe('a province named after "the province of"', () => {
    it('is no new name the writer introduces: the lists hold every province, so a slip of one is flagged', () => {
      assert.deepEqual(summary(c, 'The Philippines braced as the storm bore down on the island province of Catanduanus.'), [['Catanduanus', 'near-miss', 'Catanduanes']]);
      assert.deepEqual(summary(c, 'The Philippines braced as the storm bore down on the island province of Catanduanes.'), []);
    });
    it('a town after "the town of" still is one the writer introduces', () => {
      assert.deepEqual(summary(c, 'Israel said rockets hit the town of Gadeera on Monday.'), []);
    });
  });

  describe('what a word next to a name says', () => {
    it('a syllable after a hyphen anchors a given name only with the surname before it (Im Sung-jae is no Lee Jung-jae)', () => {
      assert.deepEqual(summary(c, "South Korea's Im Sung-jae shared fifth place."), []);
      assert.deepEqual(summary(c, 'The actor Lee Jnug-jae won the award.').map((x) => [x[0], x[2]]), [['Jnug', 'Jung']]);
    });
    it('a sentence’s first word the lists know as a name is a given name (Alexander Gagay is no Lady Gaga)', () => {
      assert.deepEqual(summary(c, 'Alexander Gagay, who took third place, spoke.'), []);
      // (A letter added to a surname of four letters needs the person named: wave 28, Ramea is no Edi Rama.)
      assert.deepEqual(summary(c, 'Lady Gaga sang first. The singer Gagay, who took third place, spoke.').map((x) => [x[0], x[2]]), [['Gagay', 'Gaga']]);
      assert.deepEqual(summary(c, 'Lady Gaga sang first. Alexander Gagay, who took third place, spoke.'), []);
    });
    it('a possessive before a known person’s surname is no given name of another person (Magdeburg’s Wiegart)', () => {
      const text = 'Magdeburg coach Bennet Wiegert said the team was tired.\n\nMagdeburg’s Wiegart said the schedule was hard.';
      assert.deepEqual(summary(c, text), [['Wiegart', 'near-miss', 'Wiegert']]);
      assert.deepEqual(summary(c, 'Magdeburg’s Wiegart said the schedule was hard.'), []);
    });
    it('a known person’s particle written otherwise once is a slip (Luca di Meo beside Luca de Meo twice)', () => {
      const text = 'Luca de Meo joined Kering in June. Luca de Meo said the brand would grow. Analysts said Luca di Meo faced a hard task.';
      assert.deepEqual(summary(c, text), [['Luca di Meo', 'inconsistent-name', 'Luca de Meo']]);
      assert.deepEqual(summary(c, 'Luca de Meo joined Kering in June. Luca de Meo said the brand would grow.'), []);
    });
    it('a curated one-word place beats a country’s longer name it begins, so the article’s own mention confirms it', () => {
      assert.deepEqual(summary(c, "ST JOHN'S, Antigua, July 12 - The Test ended.\n\nPeople in Antiqua came out on Sunday."), [['Antiqua', 'near-miss', 'Antigua']]);
      assert.deepEqual(summary(c, 'People in Antiqua came out on Sunday.'), []);
    });
  });

  describe('a short slip of a name at a sentence’s start', () => {
    it('is the name’s slip where the article names the person in full and writes the name twice or more', () => {
      assert.equal(sentenceStartSlip('Tutle', 'Tuttle', [{ given: 'tricia' }, {}]), true);
      assert.equal(sentenceStartSlip('Tutle', 'Tuttle', [{}, {}]), false);
      assert.equal(sentenceStartSlip('Tutle', 'Tuttle', [{ given: 'tricia' }]), false);
      const text = 'Festival director Tricia Tuttle said sales were up. "It was a good year," Tuttle said. Tutle also addressed the debate.';
      assert.deepEqual(summary(c, text), [['Tutle', 'inconsistent-name', 'Tuttle']]);
    });
    it('not a word with another letter changed, nor beside a name written once', () => {
      assert.deepEqual(summary(c, 'Festival director Tricia Tuttle said sales were up. "It was a good year," Tuttle said. Tulle also addressed the debate.'), []);
      assert.deepEqual(summary(c, 'Festival director Tricia Tuttle said sales were up. Tutle also addressed the debate.'), []);
    });
  });
});
