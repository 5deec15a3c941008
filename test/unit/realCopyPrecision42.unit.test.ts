// Wave 42 (issue 9): what the read held-out set 45 (test/fixtures/corpus/dev45-*, scored unread in
// wave 41) showed — a person the knowledge knows only in offices they have left, given another
// person's office ("Cambodian Defence Minister Prak Sokhonn" in 2025, foreign minister until 2023;
// "Metropolitan Police Commissioner Lynne Owens"); a body's name that opens with a name the
// knowledge reads on its own ("Emirates NBD chief executive"); a team named without its town
// ("Cubs manager"); a given name spelt another way with the person's own office after it ("Swami
// Kotagiri, chief executive of Magna International"); a surname alone after its particle ("De Bole
// said" after Catherine De Bolle) and by ear, d for t ("Schmitt, whose office …" after Christian
// Schmidt); a third word of a name two letters off where the paragraph names the place of the
// person's office ("Alfredo Ramírez Bedoya" in Michoacán); a word of a long English name guessed
// where the body is known by its native initials ("Alliance of Independent Serbian Democrats" for
// the SNSD). The sentences are written for these tests; the people, bodies and places come from
// the knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;
const d = (body: string) => flags(dated('2025-10-20', body));

describe('real-copy precision and recall (wave 42)', () => {
  it('gives an office held then by another to a person the knowledge knows only in offices they have left', () => {
    assert.deepEqual(d('PHNOM PENH — Cambodian Defence Minister Prak Sokhonn said his country was ready to turn the page.'), [['Prak Sokhonn', 'Tea Seiha']]);
    assert.deepEqual(d('PHNOM PENH — Cambodian Defence Minister Tea Seiha said his country was ready to turn the page.'), []);
    // (Before his term ended, the office written is judged as before: his own title is his.)
    assert.deepEqual(flags(dated('2020-06-01', 'PHNOM PENH — Foreign Minister Prak Sokhonn said his country was ready to turn the page.')), []);
    // (A past title said so is no slip.)
    assert.deepEqual(d('PHNOM PENH — Former foreign minister Prak Sokhonn said his country was ready to turn the page.'), []);
    assert.deepEqual(d('LONDON — Metropolitan Police Commissioner Lynne Owens said detectives had arrested four men.'), [['Lynne Owens', 'Mark Rowley']]);
    assert.deepEqual(d('LONDON — Metropolitan Police Commissioner Mark Rowley said detectives had arrested four men.'), []);
  });

  it("reads a body's name that opens with a name of its own before a title", () => {
    assert.deepEqual(d("DUBAI — Emirates NBD chief executive Hana Al Rostamani told the conference the bank would grow."), [['Hana Al Rostamani', 'Shayne Nelson']]);
    assert.deepEqual(d("DUBAI — Emirates NBD chief executive Shayne Nelson told the conference the bank would grow."), []);
  });

  it('reads a team named without its town before a title', () => {
    assert.deepEqual(d('TOKYO — Cubs manager Jed Hoyer said the trip had been worth every hour of jet lag.'), [['Jed Hoyer', 'Craig Counsell']]);
    assert.deepEqual(d('TOKYO — Cubs manager Craig Counsell said the trip had been worth every hour of jet lag.'), []);
  });

  it("flags a given name spelt another way where the person's own office follows", () => {
    assert.deepEqual(d('TORONTO — Swami Kotagiri, chief executive of Magna International, said the plant would stay busy.'), [['Swami', 'Swamy']]);
    assert.deepEqual(d('TORONTO — Swamy Kotagiri, chief executive of Magna International, said the plant would stay busy.'), []);
    // (Without the office, another spelling of a romanised name is no slip on its own.)
    assert.deepEqual(d('TORONTO — Swami Kotagiri said the plant would stay busy.'), []);
  });

  it('reads a surname alone after its particle, and by ear, against the person introduced in full', () => {
    const europol = "THE HAGUE — Catherine De Bolle, Europol's executive director, said the agency had analysed the data. Officials agreed.";
    assert.deepEqual(d(`${europol} De Bole said the next phase would focus on laundering.`), [['Bole', 'Bolle']]);
    assert.deepEqual(d(`${europol} De Bolle said the next phase would focus on laundering.`), []);
    const bosnia = 'SARAJEVO — The court ruled that he had ignored decisions by Christian Schmidt, the High Representative.';
    assert.deepEqual(d(`${bosnia} Schmitt, whose office has the power to impose laws, has clashed with Serb leaders.`), [['Schmitt', 'Schmidt']]);
    assert.deepEqual(d(`${bosnia} Schmidt, whose office has the power to impose laws, has clashed with Serb leaders.`), []);
    // (A Schmitt with a given name of his own is another person.)
    assert.deepEqual(d(`${bosnia} Carl Schmitt, whose books are read again, is no help to anyone.`), []);
  });

  it("flags a name's third word two letters off where the paragraph names the place of the person's office", () => {
    assert.deepEqual(d("MORELIA — The state's governor, Alfredo Ramírez Bedoya of the ruling Morena party, has rejected calls to step down in Michoacán."), [['Bedoya', 'Bedolla']]);
    assert.deepEqual(d("MORELIA — The state's governor, Alfredo Ramírez Bedolla of the ruling Morena party, has rejected calls to step down in Michoacán."), []);
    // (Without the place, another Alfredo Ramírez may bear the name.)
    assert.deepEqual(d('MEXICO CITY — Alfredo Ramírez Bedoya, a chef, opened a restaurant.'), []);
  });

  it("flags a word guessed in a long English name of a body known by its native initials", () => {
    assert.deepEqual(d('BANJA LUKA — Karan was running for the Alliance of Independent Serbian Democrats against the opposition.'), [['Alliance of Independent Serbian Democrats', 'Alliance of Independent Social Democrats']]);
    assert.deepEqual(d('BANJA LUKA — Karan was running for the Alliance of Independent Social Democrats against the opposition.'), []);
  });
});
