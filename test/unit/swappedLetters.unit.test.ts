// Issue 9, wave 5: the news-scale name lists attract one slip of their own — two neighbouring
// letters swapped — where the written word is no name at all and the letter model of the lists
// finds the listed spelling far likelier ("Bobrovksy" for Bobrovsky). Correct names nobody
// lists, whose swap is no likelier ("Grael" beside a listed Garel), are left alone.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST } from '../../src/core/entities/registry';
import { SWAP_SHAPE_GAIN, swappedLetterFix } from '../../src/core/entities/checks/swappedLetters';
import { MINI_CONFUSABLES, MINI_ENTITIES, MINI_NAMES_ONLY, MINI_ORDINARY_WORDS, MINI_WORD_SWAPS, summary } from './helpers/miniKnowledge';
import { packKnownNames } from './helpers/knownNamesPack';

const NAMES = ['Bobrovsky', 'Sergei', 'Garel', 'Martine', 'Gabriel', 'Rafael', 'Michael', 'Graeme', 'Israel', 'Daniel', 'Samuel', 'Kovalsky', 'Petrovsky', 'Slavsky', 'Grace', 'Graeber'];
const CENSUS = ['Slingsby', 'Tom', 'Kingsby', 'Hornsby', 'Ashby', 'Maricela'];

function checker(): NameChecker {
  const registry = new EntityRegistry(MINI_ENTITIES, MINI_ORDINARY_WORDS, EMPTY_HOUSE_LIST, MINI_NAMES_ONLY, MINI_WORD_SWAPS, packKnownNames(NAMES, CENSUS), []);
  return new NameChecker(registry, MINI_CONFUSABLES);
}

describe('two letters swapped in a name the lists know', () => {
  const c = checker();
  it('flags a word no list knows whose swap is a listed name that looks far likelier', () => {
    assert.deepEqual(summary(c, 'Goaltender Sergei Bobrovksy made 30 saves on Monday.'), [['Bobrovksy', 'near-miss', 'Bobrovsky']]);
    assert.deepEqual(summary(c, 'The Australian skipper Tom Slingbsy won the race.'), [['Slingbsy', 'near-miss', 'Slingsby']]);
  });
  it('keeps the possessive and offers the swap in the word’s own capitals', () => {
    assert.deepEqual(summary(c, 'It was Bobrovksy’s best night.'), [['Bobrovksy’s', 'near-miss', 'Bobrovsky’s']]);
  });
  it('leaves alone a correct name whose swap looks no likelier, and the listed name itself', () => {
    assert.equal(swappedLetterFix('Grael', checker().registry)?.fixed, undefined);
    assert.deepEqual(summary(c, 'The Brazilian skipper Martine Grael won the race.'), []);
    assert.deepEqual(summary(c, 'Goaltender Sergei Bobrovsky made 30 saves on Monday.'), []);
  });
  it('leaves alone the same spelling written twice: a name of its own', () => {
    assert.deepEqual(summary(c, 'Bobrovksy made 30 saves. Coach Maurice praised Bobrovksy afterwards.'), []);
  });
  it('needs a large gain: the threshold is what separates slips from real names on real copy', () => {
    assert.equal(SWAP_SHAPE_GAIN >= 5, true);
    const found = swappedLetterFix('Bobrovksy', checker().registry);
    assert.equal(found?.fixed, 'Bobrovsky');
    assert.ok(found!.gain >= SWAP_SHAPE_GAIN);
  });
  it('flags a long word (seven letters or more) one swap from a real name’s word whatever the letter model says (Gareber for Graeber)', () => {
    const found = swappedLetterFix('Gareber', checker().registry);
    assert.equal(found?.fixed, 'Graeber');
    assert.ok(found!.gain < SWAP_SHAPE_GAIN && found!.long === true);
    assert.deepEqual(summary(c, 'The economist Tom Gareber said so.'), [['Gareber', 'near-miss', 'Graeber']]);
  });
  it('leaves alone, found by length alone, a census-only fix, a word written twice and a word inside a longer name', () => {
    // (Maricela is a census name only: "Marciela" may be a real name nobody lists.)
    assert.equal(swappedLetterFix('Marciela', checker().registry), undefined);
    assert.deepEqual(summary(c, 'The farmer Marciela Cruz said so.'), []);
    assert.deepEqual(summary(c, 'Tom Gareber spoke. Gareber said so.'), []);
    assert.deepEqual(summary(c, '---\nbyline: "Tom Gareber"\n---\nThe match was long.\n\n(Reporting by Tom Gareber; Editing by Ann Lee)'), []);
    assert.deepEqual(summary(c, 'They found a room near Gareber College.'), []);
  });
});
