// Wave 38 (issue 9): what the read held-out set 40 (test/fixtures/corpus/dev40-*, scored unread in
// wave 36) showed — a name with an Arabic article written in lower case ("Hussein al-Sheikh") not
// counted as the same name opening a sentence ("Al-Sheikh, 64, …"), so a slip of it went unseen; a
// person's surname slipped into an English word after the same given name ("Christiane Benner" …
// "Christiane Brenner told a rally"); a body's one-word name misspelt ("Bundeskartelamt"), which no
// check compared; a title written with its body as the person's own country names it ("Speaker of
// the National Assembly Tanja Fajon", Slovenia's foreign minister); and three correct names flagged: a country's adjective before the words of a court
// named "… of the Czech Republic", a possessive before a body's own name ("the Houthis' Supreme
// Political Council"), and a basilica dedicated to San Francesco taken for San Francisco — with the
// correct copy beside each. And one the hover card showed: "the National Assembly" of a story about
// Benin named as Afghanistan's, the first of the knowledge's many National Assemblies; and, from the
// wave's new knowledge, "the organisation, which is based in Basel" read as a body the story names
// only later (the American Library Association).
// The sentences are written for these tests; the people, bodies and places come from the knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;
const d = (body: string) => flags(dated('2025-06-10', body));

describe('real-copy precision and recall (wave 38)', () => {
  it('counts a name with its Arabic article in lower case as the same name with a capital', () => {
    const intro = 'RAMALLAH — The appointment of Hussein al-Sheikh as deputy chairman has put a confidant of the president at the front of the queue.\n\nAl-Sheikh, 64, was chosen by the executive committee last month.';
    assert.deepEqual(d(`${intro}\n\nAl-Shiekh, who has close ties with Egyptian officials, is expected to travel.`), [['Al-Shiekh', 'Al-Sheikh']]);
    // (In lower case mid-sentence, the fix keeps the article's case.)
    assert.deepEqual(d(`${intro}\n\nOfficials said al-Shiekh has close ties with Egyptian officials.`), [['al-Shiekh', 'al-Sheikh']]);
    // (The same name in both cases is no slip.)
    assert.deepEqual(d(`${intro}\n\nAl-Sheikh, who has close ties with Egyptian officials, is expected to travel.`), []);
    assert.deepEqual(d(`${intro}\n\nOfficials said al-Sheikh has close ties with Egyptian officials.`), []);
  });

  it("compares an English word written as a surname after the same given name as a person's", () => {
    const intro = 'STUTTGART — Christiane Benner, the first woman to lead the metalworkers, warned employers that the union would resist compulsory redundancies.';
    assert.deepEqual(d(`${intro}\n\nChristiane Brenner told a rally last month that the transition could not be paid for by the workforce alone.`), [['Brenner', 'Benner']]);
    assert.deepEqual(d(`${intro}\n\nChristiane Benner told a rally last month that the transition could not be paid for by the workforce alone.`), []);
    // (After another given name, the word is another person's: "Markus Brenner".)
    assert.deepEqual(d(`${intro}\n\nMarkus Brenner, a works councillor, told a rally last month that the plant would stay open.`), []);
  });

  it("compares a slip with a body's one-word name", () => {
    assert.deepEqual(d("BONN — Germany's Bundeskartelamt has taken a different route, using a 2021 amendment to competition law."), [['Bundeskartelamt', 'Bundeskartellamt']]);
    assert.deepEqual(d("BONN — Germany's Bundeskartellamt has taken a different route, using a 2021 amendment to competition law."), []);
    assert.deepEqual(d('MOSCOW — Gazprm said on Monday that exports to China rose.'), [['Gazprm', 'Gazprom']]);
    // (Not inside someone's name, nor a consonant changed: a person and a company of their own.)
    assert.deepEqual(d('JAKARTA — Baslan Damang, a security official at the port, said the search would go on.'), []);
    assert.deepEqual(d('ARITA — Firms such as Koransha and Fukagawa Seiji supply hotels and restaurants across Japan.'), []);
  });

  it("reads a country's adjective before a court's words as the court named in English", () => {
    assert.deepEqual(d('BRNO — The Czech Constitutional Court, based in Brno, has struck down parts of the electoral law.'), []);
    // (Its words in another order with the country are still a translation where they are not the name's.)
    assert.deepEqual(d('BRNO — The Czech Court of the Constitution, based in Brno, has struck down parts of the electoral law.').length, 1);
  });

  it("reads a possessive before a body's own name as whose the body is", () => {
    assert.deepEqual(d("SANAA — The Houthis' Supreme Political Council said on Monday it would respond to the strikes."), []);
    assert.deepEqual(d('SANAA — The Houthi Supreme Political Council said on Monday it would respond to the strikes.'), []);
  });

  it("reads a title with its body, named as the person's own country names it, as that body's office", () => {
    assert.deepEqual(d('LJUBLJANA — In Slovenia, Speaker of the National Assembly Tanja Fajon presided over a session on Tuesday.'), [['Tanja Fajon', 'Urška Klakočar Zupančič']]);
    assert.deepEqual(d('LJUBLJANA — In Slovenia, Speaker of the National Assembly Urška Klakočar Zupančič presided over a session on Tuesday.'), []);
    // (Not where the copy says the title is past, or another's: "former", "Deputy".)
    assert.deepEqual(d('LJUBLJANA — In Slovenia, former Speaker of the National Assembly Tanja Fajon presided over a session on Tuesday.'), []);
    assert.deepEqual(d('LJUBLJANA — In Slovenia, Deputy Speaker of the National Assembly Tanja Fajon presided over a session on Tuesday.'), []);
  });

  it("names a body many countries' bear as the one of the country the story is about (hover card, entity tree, See also)", () => {
    const ids = (text: string) => {
      const article = dated('2025-06-10', text);
      builtInChecker.check(article);
      const assembly = (id: string) => id.startsWith('org:national-assembly');
      return [builtInChecker.mentions(article).map((m) => m.entityId).filter(assembly), builtInChecker.mentionsIn(article).map((m) => m.id).filter(assembly), builtInChecker.entitiesIn(article).filter(assembly)];
    };
    const benin = 'org:national-assembly-benin';
    assert.deepEqual(ids('PORTO-NOVO — In Benin, opposition deputies in the National Assembly have called for a review, and President Patrice Talon disagreed.'), [[benin], [benin], [benin]]);
    // (Where the knowledge names the body "… of Slovenia", that one.)
    const slovenia = 'org:national-assembly-of-slovenia';
    assert.deepEqual(ids('LJUBLJANA — The National Assembly met in Ljubljana, and Slovenia voted.'), [[slovenia], [slovenia], [slovenia]]);
    // (A story that names no country keeps the knowledge's own.)
    assert.deepEqual(ids('The National Assembly met on Tuesday.')[0].length, 1);
  });

  it('reads "the organisation, which is based in …" back only to a body named before it', () => {
    const after = 'In the United States, the American Library Association announced its Youth Media Awards last month.';
    assert.deepEqual(d(`STOCKHOLM — The Hans Christian Andersen Awards, sponsored by Nestlé, are presented every two years by the International Board on Books for Young People.\n\nNational sections of the organisation, which is based in Basel, are preparing their nominations.\n\n${after}`), []);
    // (A company named before the noun is no organisation; the body named only after it is not the one meant either.)
    // (Named before the noun, the body is the one meant.)
    assert.deepEqual(d(`${after}\n\nThe organisation, which is based in Basel, said the winners would be honoured in June.`), [['Basel', 'Chicago']]);
  });

  it("reads a saint's name in a church's as the saint's, not a city's", () => {
    assert.deepEqual(d('ASSISI — The Basilica of San Francesco, where the saint is buried, will be the focus of the commemorations.'), []);
    // (Without a church, or where no one bears the name, it is a slip of the city.)
    assert.deepEqual(d('We flew to San Franciso on Monday for the conference.'), [['San Franciso', 'San Francisco']]);
  });
});
