// Wave 18 (issue 9): a country that does not fit a person whose nationality the knowledge records
// (curated people, and the second tier written from Wikipedia) is a fact wrong, not only when the
// two countries are spelled alike: "France's Jannik Sinner", "French Chancellor Olaf Scholz". The
// lists' people whose country is their country of birth are left alone, as is a country the
// person's description names too (a national coach, a dual nationality).
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) =>
  builtInChecker
    .check(text)
    .filter((f) => f.code === 'confusable-name')
    .map((f) => `${f.text} → ${f.suggestions[0]}`);

describe('a nationality that does not fit the person', () => {
  it('flags another country in the possessive before a person of known nationality', () => {
    assert.deepEqual(flags("France's Jannik Sinner won the title in straight sets."), ['France → Italy']);
    assert.deepEqual(flags("Kenya's Jakob Ingebrigtsen won the 1500 metres."), ['Kenya → Norway']);
  });

  it('flags another country before a title and the person', () => {
    assert.deepEqual(flags('French Chancellor Olaf Scholz arrived in Paris on Monday.'), ['French → German']);
  });

  it('leaves the right country alone', () => {
    assert.deepEqual(flags("Italy's Jannik Sinner won the title in straight sets."), []);
    assert.deepEqual(flags('German Chancellor Olaf Scholz arrived in Paris on Monday.'), []);
    assert.deepEqual(flags("Norway's Jakob Ingebrigtsen won the 1500 metres."), []);
  });
});

describe('a region named like towns elsewhere', () => {
  it('is read as the region in a country that has no town of its name', () => {
    const places = (text: string) => flags(text);
    assert.deepEqual(places('Sheep go to sales at Mount Gambier, Victoria, and Naracoorte, South Australia.'), ['Victoria → South Australia']);
    assert.deepEqual(places('She grew up in Ballarat, Victoria, and moved to Seattle, Washington, in 2010.'), []);
  });
});
