// Issue 9, wave 6: a name spelled one way and, once, a slip away elsewhere in the same article,
// found from the article's own evidence (who is introduced, who speaks, where); and a slip of a
// known person's three-word name written twice. Each positive has a correct-name negative beside
// it, with real, less-famous names.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST } from '../../src/core/entities/registry';
import type { EntityRecord } from '../../src/core/entities/types';
import { MINI_CONFUSABLES, MINI_ENTITIES, MINI_NAMES_ONLY, MINI_ORDINARY_WORDS, MINI_WORD_SWAPS, summary } from './helpers/miniKnowledge';
import { packKnownNames } from './helpers/knownNamesPack';

const S = ['unit test fixture'];

const EXTRA: EntityRecord[] = [
  { id: 'person:summer-mcintosh', kind: 'person', name: 'Summer McIntosh', short: ['McIntosh'], sources: S },
  { id: 'person:rafael-lopez-aliaga', kind: 'person', name: 'Rafael López Aliaga', short: ['López Aliaga'], sources: S },
];
// Surnames and given names the lists know (each spelling of a pair a real name of its own).
const KNOWN = packKnownNames(['Nabila', 'Rafael', 'Keiko'], ['Popal', 'Popel', 'Hansen', 'Hanson', 'Lescano', 'Lezcano', 'Whipps', 'Mills', 'Mill', 'Macintosh']);

function checker(): NameChecker {
  const registry = new EntityRegistry([...MINI_ENTITIES, ...EXTRA], [...MINI_ORDINARY_WORDS, 'macintosh', 'whips', 'mills', 'mill'], EMPTY_HOUSE_LIST, MINI_NAMES_ONLY, MINI_WORD_SWAPS, KNOWN, []);
  return new NameChecker(registry, MINI_CONFUSABLES);
}

describe('slips of a name inside one article', () => {
  const c = checker();

  it('a word with a capital inside is a name, not the English word (MacIntosh beside McIntosh)', () => {
    const text = 'Summer McIntosh won again. McIntosh led from the start. McIntosh broke the record. McIntosh smiled. MacIntosh, asked what came next, did not hesitate.';
    assert.deepEqual(summary(c, text), [['MacIntosh', 'inconsistent-name', 'McIntosh']]);
    // The English word in its own use is left alone.
    assert.deepEqual(summary(c, 'Summer McIntosh won again. McIntosh led. McIntosh broke the record. McIntosh smiled. A Macintosh keeps the rain off.'), []);
  });

  it('a bare surname that speaks after an aside, a consonant of the same sound off the one introduced', () => {
    const text = 'Complaints against Yonhy Lescano lacked basis. Lescano, a former congressman, denied them. Lezcano, campaigning in Arequipa, said he would call a referendum.';
    assert.deepEqual(summary(c, text), [['Lezcano', 'inconsistent-name', 'Lescano']]);
    // Not used as a person's name, the other spelling may be anything else's (a district, a firm).
    assert.deepEqual(summary(c, 'Complaints against Yonhy Lescano lacked basis. Lescano, a former congressman, denied them. Lezcano lies south of Arequipa.'), []);
  });

  it('a vowel off a surname just introduced in the same paragraph, where that person speaks', () => {
    const text = 'Nabila Popal, senior research director at IDC, said shipments would grow. "The premium segment is holding up," Popel said.';
    assert.deepEqual(summary(c, text), [['Popel', 'inconsistent-name', 'Popal']]);
    // In another paragraph, or not speaking, it may be someone else: left alone.
    assert.deepEqual(summary(c, 'Nabila Popal, senior research director at IDC, said shipments would grow.\n\nThe premium segment, Popel said, is holding up.'), []);
    assert.deepEqual(summary(c, 'Anna Hansen, the director, said costs rose. The Hanson report came out.'), []);
  });

  it('a doubled letter written once in a surname that is also an English word, used as the person introduced', () => {
    const text = "Palau's President Surangel Whipps Jr. welcomed the leaders. \"We are a small country,\" Whips said. Whipps Jr. said he hoped for a declaration.";
    assert.deepEqual(summary(c, text), [['Whips', 'inconsistent-name', 'Whipps']]);
    // The English word as a word, or a surname of its own with its given name, is left alone.
    assert.deepEqual(summary(c, "Palau's President Surangel Whipps Jr. welcomed the leaders. Party whips said the vote was close. Whipps Jr. said he hoped for a declaration."), []);
    assert.deepEqual(summary(c, 'John Mills spoke first. Mills said the plan works. Mill said it would not.'), []);
  });

  it('a slip of a known three-word name written twice is the same slip twice', () => {
    const text = "Complaints against Lima's former mayor Rafael López Alaiga lacked basis. Polls show López Alaiga ahead of Keiko Fujimori.";
    assert.deepEqual(
      summary(c, text).map((x) => [x[0], x[2]]),
      [
        ['Alaiga', 'Aliaga'],
        ['Alaiga', 'Aliaga'],
      ],
    );
    assert.deepEqual(summary(c, "Complaints against Lima's former mayor Rafael López Aliaga lacked basis. Polls show López Aliaga ahead."), []);
  });
});
