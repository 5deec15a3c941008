// Wave 36 (issue 9): what the read held-out set 39 (test/fixtures/corpus/dev39-*, scored unread in
// wave 35) showed — a country that sets the scene of its own sentence in a story going from country
// to country taken for a slip of the one before ("In Germany, Europa-Park …" then "In the
// Netherlands, Efteling …"); the IMO's Marine Environment Protection Committee read as a translation
// of the Baltic Marine Environment Protection Commission; and two bodies merged in the knowledge
// under one acronym (the Country Music Association inside the Competition and Markets Authority,
// India's Bahujan Samaj Party inside the Philippines' central bank); native names read word for word
// whose words the glossary lacked (Irish garda: guardians; Greenlandic inuit, ataqatigiit: people,
// community; German vaterländisch: fatherland); and a party's first word guessed from its acronym
// ("Federal Democratic Party", the FDP); and, from the Wikinews reading at the end of the wave, a
// word swapped in a generic two-word name of a newly known national body ("Alliance Party" of the
// Faroes' Union Party in an American story) — with the correct copy beside each.
// The sentences are written for these tests; the people, bodies and places come from the knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;
const d = (body: string) => flags(dated('2025-06-10', body));

describe('real-copy precision and recall (wave 36)', () => {
  it('takes a country setting the scene of its sentence, after another did, as the next stop of the story', () => {
    const germany = 'In Germany, Europa-Park is celebrating its 50th anniversary. The park in Rust, Bavaria, was founded in 1975 near Waldkirch, and a Hamburg analyst praised it.';
    assert.deepEqual(d(`${germany}\n\nIn the Netherlands, a smaller rival continues to draw families.`), []);
    // (Named in passing, in a story set in the other country, it is still compared.)
    assert.deepEqual(d(`${germany}\n\nA smaller rival in the Netherlands continues to draw families.`), [['Netherlands', 'Germany']]);
  });

  it('reads no wider body in a name without its first word and with another word changed', () => {
    assert.deepEqual(d("LONDON — The International Maritime Organization agreed the measures at a meeting of the body's Marine Environment Protection Committee at its headquarters on the Albert Embankment."), []);
    // (The name with its first word and its acronym beside it is still compared.)
    assert.deepEqual(d('Ministers met at the Baltic Marine Environment Protection Committee (HELCOM) in Helsinki.'), [['Baltic Marine Environment Protection Committee', 'Baltic Marine Environment Protection Commission']]);
  });

  it('keeps bodies that share an acronym apart', () => {
    const named = (name: string) => [...builtInChecker.registry.entities.values()].filter((e) => e.name === name || e.aliases?.includes(name));
    assert.deepEqual(named('Country Music Association').map((e) => e.name), ['Country Music Association']);
    assert.deepEqual(named('Competition and Markets Authority').map((e) => [e.name, e.country]), [['Competition and Markets Authority', 'country:united-kingdom']]);
    assert.deepEqual(named('Bahujan Samaj Party').map((e) => [e.name, e.country]), [['Bahujan Samaj Party', 'country:india']]);
    assert.ok(!named('Bangko Sentral ng Pilipinas')[0].aliases?.includes('Bahujan Samaj Party'));
    assert.deepEqual(d('The Country Music Association named its entertainer of the year in Nashville.'), []);
  });

  it('reads native names word for word with the glossary of their words', () => {
    assert.deepEqual(d('DUBLIN — Officers of the Guardians of the Peace seized cannabis worth two million euros in Cork.'), [['Guardians of the Peace', 'An Garda Síochána']]);
    assert.deepEqual(d("VADUZ — In Liechtenstein, the Fatherland Union won ten of the Landtag's 25 seats."), [['Fatherland Union', 'Patriotic Union']]);
    assert.deepEqual(d('NUUK — In Greenland, the Community of the People lost seats to the Democrats.'), [['Community of the People', 'Inuit Ataqatigiit']]);
    // (Only in a story of the body's country: the Sony hackers of 2014, a Vichy youth movement.)
    assert.deepEqual(d('LOS ANGELES — The hackers, who called themselves the Guardians of the Peace, attacked Sony Pictures in Culver City.'), []);
    assert.deepEqual(d('PARIS — The Fatherland Union was a Vichy-era youth movement, historians in France say.'), []);
  });

  it("reads a party's first word guessed from its acronym", () => {
    assert.deepEqual(d('The Federal Democratic Party, which dropped out of the Bundestag in February, has criticised the new borrowing.'), [['Federal Democratic Party', 'Free Democratic Party']]);
    assert.deepEqual(d('The Free Democratic Party, which dropped out of the Bundestag in February, has criticised the new borrowing.'), []);
    // (Only in a story of the party's country: elsewhere the words may be a party of its own.)
    assert.deepEqual(d('KATHMANDU — In Nepal, the Federal Democratic Party won two seats in Madhesh Province.'), []);
  });

  it('compares a slip with a person the knowledge knows by one name alone', () => {
    const mizoram = 'AIZAWL — Chief Minister Lalduhoma called it "a historic day for the Mizo people".';
    assert.deepEqual(d(`${mizoram}\n\n"Today we are connected to the rest of India by rail," Lalduhoama said.`), [['Lalduhoama', 'Lalduhoma']]);
    assert.deepEqual(d(`${mizoram}\n\n"Today we are connected to the rest of India by rail," Lalduhoma said.`), []);
  });

  it('knows a body by the short form of its name before the comma', () => {
    assert.deepEqual(d("ARDINGLY, England — Deep underground at Wakehurst, the Royal Botanic Gardens, Kew's wild botanic garden, billions of seeds sit in frozen vaults."), []);
  });

  it("reads a word swapped in a national body's generic two-word name only in a story of its country", () => {
    assert.deepEqual(d('TÓRSHAVN — In the Faroe Islands, the Alliance Party lost two seats in the Løgting.'), [['Alliance Party', 'Union Party']]);
    assert.deepEqual(d('In alternate party news, businessman Rocky De La Fuente, already the presidential nominee of the Alliance Party, was named the presidential nominee of the Reform Party.'), []);
  });
});
