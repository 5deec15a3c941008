// Wave 24 (issue 9): what the read held-out set 26 (test/fixtures/corpus/dev26-*, first scored
// unread in wave 23) showed — correct names taken for slips, and classes of slip the checks let
// through — each positive beside the correct copy it must leave alone. The sentences are written
// for these tests.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('real-copy precision and recall (wave 24)', () => {
  it("reads the two halves of a hyphenated given name as the person's only beside another word of the name", () => {
    // Puot Kang Chol is a South Sudanese minister, no slip of North Korea's No Kwang-chol.
    assert.deepEqual(flags('JUBA — Officials, including the petroleum minister, Puot Kang Chol, were detained.'), []);
    assert.deepEqual(flags('JUBA — The minister Kang Chol was detained in March.'), []);
    // With the family name beside them the words are his, and a slip in them is one.
    assert.deepEqual(flags('PYONGYANG — Defence Minister No Kwang-chal inspected the units.'), [['chal', 'chol']]);
  });
  it('reads "<Region> state" in lower case as the region, so a small town put in the wrong state is judged', () => {
    assert.deepEqual(flags('JUBA — The White Army overran a garrison in Nasir, in Jonglei state, in early March.'), [['Jonglei state', 'Upper Nile state']]);
    assert.deepEqual(flags('JUBA — The White Army overran a garrison in Nasir, in Upper Nile state, in early March.'), []);
    // "state" that opens a longer noun is no region's word.
    assert.deepEqual(flags('KOCHI, India — Kerala state government officials met in Kochi, in Kerala, on Monday.'), []);
  });
  it("reads a body's headquarters given before or after its name", () => {
    assert.deepEqual(flags('COPENHAGEN — At its headquarters in Kalundborg, Novo Nordisk has spent the autumn cutting costs.'), [['Kalundborg', 'Bagsværd']]);
    assert.deepEqual(flags('COPENHAGEN — At its headquarters in Bagsværd, Novo Nordisk has spent the autumn cutting costs.'), []);
    assert.deepEqual(flags("COPENHAGEN — Novo Nordisk's headquarters in Kalundborg employ 2,000 people."), [['Kalundborg', 'Bagsværd']]);
    // A plant is no headquarters; nor is a regional headquarters abroad.
    assert.deepEqual(flags('COPENHAGEN — Novo Nordisk has a large plant in Kalundborg and its US headquarters in Plainsboro.'), []);
    assert.deepEqual(flags("COPENHAGEN — Novo Nordisk's headquarters in Princeton opened in 2019."), []);
  });
  it("reads a monarch's name before the regnal number as the monarch's own", () => {
    assert.deepEqual(flags("MBABANE — King Mswati III's government drew criticism in July. Analysts say Mswathi's government has fewer buffers."), [["Mswathi's", "Mswati's"]]);
    assert.deepEqual(flags("MBABANE — King Mswati III's government drew criticism in July. Analysts say Mswati's government has fewer buffers."), []);
  });
  it("reads a country named in or right before a body's words as the body's own", () => {
    // Words read as the German carmakers' association, with China before them, are China's association.
    assert.deepEqual(flags('BEIJING — Exports rose, according to the China Automobile Industry Association, with brands gaining ground.'), []);
    assert.deepEqual(flags('BERLIN — Output fell, according to the German Automobile Industry Association, the lobby group.'), [
      ['German Automobile Industry Association', 'German Association of the Automotive Industry'],
    ]);
  });
  it("takes no one-word name many people share as a sign of one of them's country", () => {
    // "Abu Khaled", a Syrian taxi driver, is no sign of Malaysia (whose defence minister is a Khaled),
    // so words that read as the Dewan Rakyat's are not taken for Malaysia's lower house.
    const syria = 'DAMASCUS — In Syria, elections were held for the Council of the People. "My house is still half destroyed," said Abu Khaled, a taxi driver.';
    assert.deepEqual(flags(syria).filter(([, fix]) => fix === 'Dewan Rakyat'), []);
  });
  it('flags one of two long unknown names each used once as a person, a slip of the hand apart', () => {
    const text = 'AIZAWL — Chief Minister Lalduhoma called it a historic day.\n\n"We are connected at last," Lalduhoama said.';
    assert.deepEqual(flags(text), [['Lalduhoama', 'Lalduhoma']]);
    assert.deepEqual(flags(text.replace('Lalduhoama', 'Lalduhoma')), []);
    // Two people with their own given names are two people.
    assert.deepEqual(flags('AIZAWL — Minister Rualchhina Lalduhoma spoke first; the engineer Zoramthanga Lalduhoama said the line was safe.'), []);
  });
});
