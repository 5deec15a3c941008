// Wave 31 (issue 9): what the read held-out set 34 (test/fixtures/corpus/dev34-*, scored unread in
// wave 30) showed — the office checks and the near-miss check reading the ways copy writes an
// office beside a name: the title set off by commas before the name ("Lower Saxony's premier,
// Stephan Weil,"), a title by another word ("premier" for a minister-president, "lehendakari"),
// a country's name for its national team ("Mexico coach"), and the office's place in the
// possessive before a surname slip ("Rhineland-Palatinate's Alexander Schweizer") — with the
// correct copy beside each that must stay clean.
// The sentences are written for these tests; the people, bodies and places come from the knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;

describe('real-copy precision and recall (wave 31)', () => {
  it('reads a title set off by commas before the name, after what it is of', () => {
    const d = (date: string, body: string) => flags(dated(date, body));
    assert.deepEqual(d('2025-09-10', "Germany's chancellor, Olaf Scholz, said the deal was fair."), [['Olaf Scholz', 'Friedrich Merz']]);
    assert.deepEqual(d('2025-09-10', 'The states agreed. The German chancellor, Olaf Scholz, said the deal was fair.'), [['Olaf Scholz', 'Friedrich Merz']]);
    // While in office, or with "former", or with another office before the title: nothing.
    assert.deepEqual(d('2024-09-10', "Germany's chancellor, Olaf Scholz, said the deal was fair."), []);
    assert.deepEqual(d('2025-09-10', "Germany's former chancellor, Olaf Scholz, said the deal was fair."), []);
    assert.deepEqual(d('2025-09-10', "Germany's chancellor, Friedrich Merz, said the deal was fair."), []);
    // (What the title is of in words the knowledge does not read.)
    assert.deepEqual(d('2025-09-10', 'The meeting went on when the Basque president, Iñigo Urkullu, spoke in Basque.'), [['Iñigo Urkullu', 'Imanol Pradales']]);
    assert.deepEqual(d('2025-09-10', 'The meeting went on when the Basque president, Imanol Pradales, spoke in Basque.'), []);
  });

  it('reads the other words copy writes for a title', () => {
    const d = (body: string) => flags(dated('2025-09-10', body));
    assert.deepEqual(d("Lower Saxony's premier, Stephan Weil, said the states had what they needed."), [['Stephan Weil', 'Olaf Lies']]);
    assert.deepEqual(d('Lower Saxony premier Stephan Weil said the states had what they needed.'), [['Stephan Weil', 'Olaf Lies']]);
    assert.deepEqual(d("Lower Saxony's premier, Olaf Lies, said the states had what they needed."), []);
    assert.deepEqual(d('The talks resumed when the Basque lehendakari, Iñigo Urkullu, spoke.'), [['Iñigo Urkullu', 'Imanol Pradales']]);
    assert.deepEqual(d('The talks resumed when the Basque lehendakari, Imanol Pradales, spoke.'), []);
  });

  it("reads a country's name before a coach's title as its national team", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('Mexico coach Jaime Lozano begins Gold Cup preparations this week.'), [['Jaime Lozano', 'Javier Aguirre']]);
    assert.deepEqual(d('Mexico coach Javier Aguirre begins Gold Cup preparations this week.'), []);
    // The country's adjective says whose the coach is, not which team.
    assert.deepEqual(d('Mexican coach Jaime Lozano begins preparations with his club this week.'), []);
  });

  it("takes a surname slip for the person whose office is written beside the name, whoever else bears it", () => {
    const d = (body: string) => flags(dated('2025-09-10', body));
    assert.deepEqual(d("Rhineland-Palatinate's Alexander Schweizer said the deal would protect investment."), [['Schweizer', 'Schweitzer']]);
    assert.deepEqual(d('Minister-President Alexander Schweizer said the deal would protect investment.'), [['Schweizer', 'Schweitzer']]);
    assert.deepEqual(d("Rhineland-Palatinate's Alexander Schweitzer said the deal would protect investment."), []);
    // Without the office, a surname others bear is theirs.
    assert.deepEqual(d('The architect Alexander Schweizer said the deal would protect investment.'), []);
  });

  it("takes a usual English word for a body's kind as a slip where it breaks the body's acronym", () => {
    const d = (body: string) => flags(dated('2025-03-10', body));
    assert.deepEqual(d('The coefficient rankings are kept by the Union of European Football Federations in Nyon.'), [['Union of European Football Federations', 'Union of European Football Associations']]);
    assert.deepEqual(d('The coefficient rankings are kept by the Union of European Football Associations in Nyon.'), []);
  });

  it("reads two words of a native name's reading where the sentence names a place of its country", () => {
    const body = (place: string) =>
      [
        'PARIS — Thieves raided the Louvre in Paris on Sunday. French police said the Louvre would stay closed, and Paris prosecutors opened an inquiry.',
        `Dutch police were told. In ${place}, the State Museum, led by Taco Dibbits, said it was reviewing its security.`,
      ].join('\n\n');
    assert.deepEqual(flags(dated('2025-10-20', body('Amsterdam'))), [['State Museum', 'Rijksmuseum']]);
    // Another country's city: another state museum.
    assert.deepEqual(flags(dated('2025-10-20', body('Berlin'))), []);
  });

  it('reads a native name word for word only as its own country\'s body, not one placed in another', () => {
    const d = (body: string) => flags(dated('2025-10-20', body));
    assert.deepEqual(d('Finland and Lithuania signed a deal. The Association of Local Authorities in Lithuania said councils needed more.'), []);
  });

  it("leaves a province's government in its own seat where provinces lie below the regions", () => {
    const d = (body: string) => flags(dated('2025-07-20', body));
    assert.deepEqual(d('Arno Kompatscher, the president of the province, said South Tyrol must manage visitor flows. The provincial government in Bolzano has capped the number of beds.'), []);
    // A region's government is still judged.
    assert.deepEqual(d('Luca Zaia said the region would act. The regional government in Vicenza has capped the number of beds.'), [['Vicenza', 'Venice']]);
  });

  it("judges a venue's town in apposition, in a brand's capitals and beside a smaller city", () => {
    const d = (body: string) => flags(dated('2025-10-20', body));
    assert.deepEqual(d('Officials at La Moneda, the presidential palace in Valparaíso, said the president would not comment.'), [['Valparaíso', 'Santiago']]);
    assert.deepEqual(d('Officials at La Moneda, the presidential palace in Santiago, said the president would not comment.'), []);
    // "LANXESS arena": the brand's capitals, the venue's kind in lower case.
    assert.deepEqual(d('The final, played at the LANXESS arena in Düsseldorf, capped a weekend of handball.'), [['Düsseldorf', 'Cologne']]);
    assert.deepEqual(d('The final, played at the LANXESS arena in Cologne, capped a weekend of handball.'), []);
    // A bigger city around the venue's own is where copy may put it; a smaller one beside it is not.
    assert.deepEqual(d('The match at the Ajinomoto Stadium in Tokyo drew a crowd of 40,000.'), []);
  });

  it('takes a surname after an honorific, a letter off the one person introduced, for that person slipped', () => {
    const d = (body: string) => flags(dated('2025-10-20', body));
    const text = "Alberta's Danielle Smith renewed her call for a pipeline.\n\nSaskatchewan's Scott Moe backed Ms Smyth's push and called on Ottawa to act.";
    assert.deepEqual(d(text), [['Smyth', 'Smith']]);
    assert.deepEqual(d(text.replace('Ms Smyth', 'Ms Smith')), []);
    // Someone else introduced under that name is that person.
    assert.deepEqual(d("Jane Smyth, a nurse, said the ward was full. Alberta's Danielle Smith renewed her call.\n\nMs Smyth said she was tired."), []);
  });
});
