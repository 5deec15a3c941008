// Wave 25 (issue 9): what the read held-out set 27 (test/fixtures/corpus/dev27-*, first scored
// unread in wave 24) showed — classes of slip the checks let through, and the correct copy beside
// each that must stay clean. The sentences are written for these tests; the offices and terms come
// from the curated people's descriptions ("Governor of Sindh (since 2022)").
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;

describe('real-copy precision and recall (wave 25)', () => {
  it("flags a person named with the title of another body's office, held then by someone else", () => {
    assert.deepEqual(flags('KARACHI — Sindh Governor Faisal Karim Kundi opened the session on Monday.'), [['Faisal Karim Kundi', 'Kamran Tessori']]);
    assert.deepEqual(flags('PESHAWAR — Khyber Pakhtunkhwa Governor Faisal Karim Kundi opened the session on Monday.'), []);
    // A body's name written short before the title ("Williams" for Williams Racing).
    assert.deepEqual(flags(dated('2025-10-20', 'ABU DHABI — Williams team principal Ayao Komatsu said the car was quick.')), [['Ayao Komatsu', 'James Vowles']]);
    assert.deepEqual(flags(dated('2025-10-20', 'ABU DHABI — Haas team principal Ayao Komatsu said the car was quick.')), []);
    // "former" says the title is not now anyone's.
    assert.deepEqual(flags('KARACHI — The former Sindh Governor Faisal Karim Kundi spoke.').filter(([t]) => t === 'Faisal Karim Kundi'), []);
  });
  it('flags the body, not the person, where two bodies differ by one word of their names', () => {
    assert.deepEqual(flags('BRUSSELS — European Council President Ursula von der Leyen spoke to reporters.'), [['European Council', 'European Commission']]);
    assert.deepEqual(flags('BRUSSELS — European Commission President Ursula von der Leyen spoke to reporters.'), []);
  });
  it('reads a portfolio before "Minister" as no body or place', () => {
    // "Minister of Transport" is South Africa's office too: "Transport" names no place.
    assert.deepEqual(flags('KUALA LUMPUR — Transport Minister Anthony Loke said the line would open in 2026.'), []);
  });
  it('leaves a title alone where the words before it are another office or an unread body', () => {
    assert.deepEqual(flags(dated('2025-11-02', 'GEORGETOWN — Vice President Bharrat Jagdeo said the contract would not be reopened.')), []);
    assert.deepEqual(flags(dated('2025-11-02', 'BELGRADE — "We defended well," said Partizan head coach Željko Obradović.')), []);
    // The stale title itself is still found, with its body named.
    assert.deepEqual(flags(dated('2025-10-20', 'ISLAMABAD — PCB chairman Ramiz Raja said the pitches would suit spin.')), [['Ramiz Raja', 'Mohsin Naqvi']]);
    assert.deepEqual(flags(dated('2025-10-20', 'ISLAMABAD — In 2022, PCB chairman Ramiz Raja said the pitches would suit spin.')), []);
  });
  it("takes no namesake in another country's story for a minister with the wrong title", () => {
    assert.deepEqual(flags('BOGOTÁ, Colombia — Defence Minister Pedro Sánchez said troops had been sent to Cauca.'), []);
    assert.deepEqual(flags('MADRID, Spain — Defence Minister Pedro Sánchez said troops had been sent to Valencia.'), [['Pedro Sánchez', 'Margarita Robles']]);
  });
  it('treats a y for an i, or an h dropped, as a slip in names that are no romanisation', () => {
    // A Polish name, its marks say so.
    assert.deepEqual(flags('WARSAW — Foreign Minister Radosław Sikorsky met his French counterpart.'), [['Sikorsky', 'Sikorski']]);
    // An American's: the country writes the Latin alphabet (and the article names his club).
    assert.deepEqual(flags('BOSTON — The sale of the Boston Celtics to a group led by Bill Chisolm closed in August.'), [['Chisolm', 'Chisholm']]);
    assert.deepEqual(flags('BOSTON — The sale of the Boston Celtics to a group led by Bill Chisholm closed in August.'), []);
    // A Russian name is a romanisation: another spelling alone is no slip.
    assert.deepEqual(flags("NEW YORK — Russia's UN ambassador Vassily Nebenzya said the draft was unbalanced."), []);
  });
  it('reads "X, the capital of Y" with Y a region even where a town bears its name', () => {
    assert.deepEqual(flags('LIMA — Protests spread on Monday to Trujillo, the capital of Lambayeque.'), [['Lambayeque', 'La Libertad']]);
    assert.deepEqual(flags('LIMA — Protests spread on Monday to Chiclayo, the capital of Lambayeque.'), []);
  });
  it("flags a town called its province's or state's capital that is not", () => {
    assert.deepEqual(flags('MONCTON — New Brunswick officials met. Officials in Moncton, the provincial capital, are preparing proposals.'), [['Moncton', 'Fredericton']]);
    assert.deepEqual(flags('FREDERICTON — New Brunswick officials met. Officials in Fredericton, the provincial capital, are preparing proposals.'), []);
    // "the regional capital" may be any area's main town: not judged.
    assert.deepEqual(flags('KISUMU — Protesters marched in Kisumu, the regional capital, on Monday.'), []);
  });
  it('flags a two-word place slipped in a word that is also a surname', () => {
    assert.deepEqual(flags('LIMA, Peru — Illegal gold mining around Puerto Maldanado has grown.'), [['Puerto Maldanado', 'Puerto Maldonado']]);
    assert.deepEqual(flags('LIMA, Peru — "We need roads," said Maria Maldanado, a miner in Puerto Maldonado.'), []);
  });
  it('flags a known literal rendering of a name written as a name, not the same words in lower case', () => {
    assert.deepEqual(flags('MADRID — The National Audience ordered the arrest of the former minister.'), [['National Audience', 'National High Court']]);
    assert.deepEqual(flags('MADRID — The minister spoke before a national audience on Monday.'), []);
    assert.deepEqual(flags('BANGKOK — The For Thais Party said it would join the opposition.'), [['For Thais Party', 'Pheu Thai Party']]);
    assert.deepEqual(flags('WARSAW — President Karol Nawrocki was backed by Right and Justice in the run-off.'), [['Right and Justice', 'Law and Justice']]);
  });
  it('reads a syllable of a Korean given name after a common family name as another person without a title', () => {
    assert.deepEqual(flags('SEOUL — "It is different," said Kim Min-seo, an economist at a brokerage.'), []);
    assert.deepEqual(flags('SEOUL — Prime Minister Kim Min-seo met the union leaders.'), [['seo', 'seok']]);
  });
  it("reads a word before two more capitalised words no person's name has as a thing's name", () => {
    assert.deepEqual(flags('TOKYO, Jan. 3 (Kanto Travel Review) — Visitors crowded the hot springs.'), []);
  });
});
