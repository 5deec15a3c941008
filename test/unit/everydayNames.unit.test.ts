// Bodies named with everyday words (wave 17's parties of the world: The Democrats, Christian
// Democrats, The Centre, New Unity, Movement for Democracy) are also phrases of copy: their word in
// another English form is the phrase, no slip. Slips of such names, foreign endings and a
// company's plural word in the singular are still flagged; umlauts written out are the name.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const nearMisses = (text: string) => builtInChecker.check(text).filter((f) => f.code === 'near-miss').map((f) => `${f.text} → ${f.suggestions[0]}`);

describe('names of everyday words', () => {
  it('takes another English form of the word for the phrase, not a slip of the party', () => {
    assert.deepEqual(nearMisses('The Democratic nominee won the Iowa caucuses on Monday.'), []);
    assert.deepEqual(nearMisses('The Center for Biological Diversity sued the agency.'), []);
    assert.deepEqual(nearMisses('He joined the New Unit of the border police in March.'), []);
    assert.deepEqual(nearMisses('The Movement for Democratic Change won seats in Harare.'), []);
  });

  it('reads a party name in the singular as one of its members', () => {
    assert.deepEqual(nearMisses('He is a Christian Democrat from Uppsala.'), []);
    assert.deepEqual(nearMisses('Two Social Democrat lawmakers voted against the bill.'), []);
  });

  it('still flags a company name with its plural word in the singular', () => {
    assert.deepEqual(nearMisses('Shares in General Motor fell 2 percent on Tuesday.'), ['General Motor → General Motors']);
  });

  it('still flags a foreign ending dropped or a real misspelling', () => {
    assert.deepEqual(nearMisses('The Deutsch Bahn strike ended on Friday.'), ['Deutsch Bahn → Deutsche Bahn']);
    assert.deepEqual(nearMisses('The European Centrail Bank raised rates.'), ['European Centrail Bank → European Central Bank']);
  });

  it('takes umlauts written out for the name itself', () => {
    assert.deepEqual(nearMisses("Munich's Sueddeutsche Zeitung reported the talks."), []);
    assert.equal(nearMisses('The Sueddeutche Zeitung reported the talks.').length, 1);
  });
});
