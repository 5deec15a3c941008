// Wave 33 (issue 9): what the read held-out set 36 (test/fixtures/corpus/dev36-*, scored unread in
// wave 32) showed — a club's town in its appositive ("Servette, the Lausanne club coached by …"),
// clubs by the names they go by without the letters of their kind ("Servette" of Servette FC), and
// the open lists' clubs whose descriptions say "based in" their town; a title the person never held
// ("Western Cape premier Geordin Hill-Lewis", the mayor of Cape Town); a country's title before
// another country's minister in a paragraph about the first; a region's government or legislature
// "in" a town that is not the region's seat, the region named in the sentence; a place's word with a
// far consonant changed ("the Farne Islands") and a y between vowels in one romanisation only
// ("Kasymaliev") — with the correct copy beside each that must stay clean.
// The sentences are written for these tests; the people, bodies and places come from the knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;

describe('real-copy precision and recall (wave 33)', () => {
  it("reads a town before the word club in a club's appositive as its home", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('Young Boys, the Basel club, have struggled since the autumn.'), [['Basel', 'Bern']]);
    assert.deepEqual(d('Young Boys, the Bern club, have struggled since the autumn.'), []);
    // (An open list's club whose description says "based in" its town.)
    assert.deepEqual(d('Al-Ittihad, the Riyadh club coached by Laurent Blanc, have led for most of the season.'), [['Riyadh', 'Jeddah']]);
    assert.deepEqual(d('Al-Ittihad, the Jeddah club coached by Laurent Blanc, have led for most of the season.'), []);
    // (A town that is no town of the club's, in a phrase about something else, is left alone.)
    assert.deepEqual(d('Young Boys, the Basel-born striker said, would not sell him.'), []);
  });

  it("reads a body's seat by its acronym, and where it moved to", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('The EMA, which is based in Brussels, is preparing for the overhaul.'), [['Brussels', 'Amsterdam']]);
    assert.deepEqual(d('The EMA, which relocated from London to Brussels in 2019 after the Brexit vote, is busy.'), [['Brussels', 'Amsterdam']]);
    assert.deepEqual(d('The EMA, which relocated from London to Amsterdam in 2019 after the Brexit vote, is busy.'), []);
    // (Initials after a capitalised word are part of a longer name: "Koninklijke HFC" is no Hearts.)
    assert.deepEqual(d('Kozakken Boys, from Werkendam, and Koninklijke HFC of Haarlem, the oldest football club in the Netherlands, are well known.'), []);
  });

  it('knows a club by its name without the letters of its kind', () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('Servette, the Lausanne club coached by Thomas Häberli, are contenders.'), [['Lausanne', 'Geneva']]);
    assert.deepEqual(d('Servette, the Geneva club coached by Thomas Häberli, are contenders.'), []);
    assert.deepEqual(d('Servette of Lugano are contenders.'), [['Lugano', 'Geneva']]);
    // (A suburb's distance is still the club's town.)
    assert.deepEqual(d('Servette of Carouge are contenders.'), []);
  });

  it('reads a title the person never held, in dated copy, as the slip of its one holder then', () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d("South Africa's provinces are restless. Western Cape premier Geordin Hill-Lewis wants more say over policing."), [['Geordin Hill-Lewis', 'Alan Winde']]);
    assert.deepEqual(d("South Africa's provinces are restless. Western Cape premier Alan Winde wants more say over policing."), []);
    assert.deepEqual(d("South Africa's provinces are restless. Cape Town mayor Geordin Hill-Lewis wants more say over policing."), []);
    // (Undated copy may be from any year: where the person was then is not known.)
    assert.deepEqual(flags("---\ntitle: T\n---\nSouth Africa's provinces are restless. Western Cape premier Geordin Hill-Lewis wants more say.\n"), []);
    // (A deputy's or former holder's title is no one person's.)
    assert.deepEqual(d("South Africa's provinces are restless. Former Western Cape premier Geordin Hill-Lewis wants more say."), []);
  });

  it("reads a club's office by its town, unless the town is the person's own club's", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('Swiss football is busy. Basel president Ancillo Canepa said the club had rebuilt trust.'), [['Ancillo Canepa', 'David Degen']]);
    assert.deepEqual(d('Swiss football is busy. Basel president David Degen said the club had rebuilt trust.'), []);
    assert.deepEqual(d('Swiss football is busy. Zurich president Ancillo Canepa said the club had rebuilt trust.'), []);
    // (A town of two clubs, one of them the person's: Ugo Mola coaches Stade Toulousain, not Toulouse FC.)
    assert.deepEqual(d('"Against Bordeaux it is always a final," Toulouse coach Ugo Mola said.'), []);
  });

  it("takes another country's minister under a country's title for the slip where the paragraph is about that country", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('Kyrgyzstan is seeking investment in hydropower. Kyrgyz Foreign Minister Bakhtiyor Saidov will meet EU officials on the dam, which Uzbekistan backs.'), [['Bakhtiyor Saidov', 'Jeenbek Kulubaev']]);
    assert.deepEqual(d('Kyrgyzstan is seeking investment in hydropower. Kyrgyz Foreign Minister Jeenbek Kulubaev will meet EU officials on the dam, which Uzbekistan backs.'), []);
    // (Elsewhere the country's word is the slip.)
    assert.deepEqual(d('Uzbekistan is seeking investment. Kyrgyz Foreign Minister Bakhtiyor Saidov will meet EU officials.'), [['Kyrgyz', 'Uzbek']]);
  });

  it("reads a region's government or legislature in a town as the region's seat, the region named in the sentence", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('In Wallonia, Minister-President Adrien Dolimont leads a coalition from the regional government\'s seat in Liège.'), [['Liège', 'Namur']]);
    assert.deepEqual(d('In Wallonia, Minister-President Adrien Dolimont leads a coalition from the regional government\'s seat in Namur.'), []);
    assert.deepEqual(d('Governor Motohiko Saito faces scrutiny. The prefectural government in Himeji has said it is reviewing its procedures.'), [['Himeji', 'Kobe']]);
    assert.deepEqual(d('Governor Motohiko Saito faces scrutiny. The prefectural government in Kobe has said it is reviewing its procedures.'), []);
    assert.deepEqual(d('Mpumalanga Premier Mandla Ndlovu faced questions in the provincial legislature in Polokwane over road repairs.').length, 1);
    assert.deepEqual(d('Limpopo Premier Phophi Ramathuba faced questions in the provincial legislature in Polokwane over road repairs.'), []);
  });

  it("leaves a place's word with a far consonant changed alone unless the article names the place", () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('At Seahouses, the main harbour for trips to the Farne Islands, boat operators report strong demand.'), []);
    assert.deepEqual(d('He flew to the Farie Islands on Monday.'), [['Farie Islands', 'Faroe Islands']]);
  });

  it('takes a y between vowels in one romanisation only for another spelling, not a slip', () => {
    const d = (body: string) => flags(dated('2025-06-10', body));
    assert.deepEqual(d('Adylbek Kasymaliev, chairman of the Kyrgyz cabinet, spoke on Monday.'), []);
    assert.deepEqual(d('Adylbek Kasymaliev spoke on Monday. Kasymaliyev said the dam would be built.'), [['Kasymaliev', 'Kasymaliyev']]);
  });
});
