// Bodies' native names read word for word (checks/translatedNames.ts, the glossary of native words
// in data/rules/word-swaps.json), national bodies named by their field and country alone, and the
// wider classes of bodies of data/curated/world-bodies.yaml, over the built-in knowledge. Each
// positive has a correct-name negative beside it: the official form, and real bodies of the same
// kind the knowledge does not hold.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

/** [written, first fix] of the findings on the words of a text. */
function flags(text: string): Array<[string, string | undefined]> {
  return builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
}

function flagged(text: string, words: string): string | undefined {
  return builtInChecker.check(text).find((f) => f.text === words)?.suggestions[0];
}

describe('native names read word for word', () => {
  it('flags a native name rendered word by word, with the official English name first', () => {
    assert.equal(flagged('Iron ore in Sweden: the Swedish Geological Investigation said the field was larger.', 'Swedish Geological Investigation'), 'Geological Survey of Sweden');
    assert.equal(flagged('In Norway, the Norwegian Geological Investigation mapped the seabed.', 'Norwegian Geological Investigation'), 'Geological Survey of Norway');
    assert.equal(flagged('Controls were carried out in France by the French Agency for the Fight Against Doping.', 'French Agency for the Fight Against Doping'), 'French Anti-Doping Agency');
    assert.equal(flagged('Bluetongue spread in the Netherlands, the Dutch Food and Goods Authority said.', 'Dutch Food and Goods Authority'), 'Netherlands Food and Consumer Product Safety Authority');
  });

  it('leaves the official names and the native names themselves alone', () => {
    assert.deepEqual(flags('In Sweden, the Geological Survey of Sweden (SGU) said the field was larger.'), []);
    assert.deepEqual(flags('The Sveriges geologiska undersökning said the field was larger, Sweden reported.'), []);
    assert.deepEqual(flags('Controls were carried out in France by the French Anti-Doping Agency.'), []);
    assert.deepEqual(flags('In the Netherlands, the Netherlands Food and Consumer Product Safety Authority said so.'), []);
  });

  it('reads compounds by their parts (Volksoper, Havenbedrijf)', () => {
    assert.equal(flagged('The children’s opera moves to the Vienna People’s Opera next season.', 'Vienna People’s Opera'), 'Volksoper Wien');
    assert.equal(flagged('Ports in Belgium are ready. The Antwerp-Bruges Harbour Company expects volumes to recover.', 'Antwerp-Bruges Harbour Company'), 'Port of Antwerp-Bruges');
    assert.deepEqual(flags('The children’s opera moves to the Volksoper Wien, beside the Vienna State Opera.'), []);
    assert.deepEqual(flags('Ports in Belgium are ready. The Port of Antwerp-Bruges expects volumes to recover.'), []);
  });

  it('counts a national body of two words only where the article names its country', () => {
    const malaysia = 'Malaysia’s government tabled a bill in the People’s Hall on Tuesday.';
    assert.equal(flagged(malaysia, 'People’s Hall'), 'Dewan Rakyat');
    // The same words about another country, which has a People's Hall of its own, are no translation.
    assert.deepEqual(flags('The concert was held in the People’s Hall in Kraków on Tuesday.'), []);
    const peru = 'In Peru, the People’s Defence Office warned of a rise in political violence.';
    assert.equal(flagged(peru, 'People’s Defence Office'), 'Ombudsman’s Office'.replace('’', "'"));
    assert.deepEqual(flags('In Peru, the Ombudsman’s Office warned of a rise in political violence.'.replace('’', "'")), []);
    // Another country's office of the same English name stays alone.
    assert.deepEqual(flags('In the Philippines, the Office of the Ombudsman filed the cases.'), []);
  });

  it('does not read a usual English word for the body as a translation (Federation for Association)', () => {
    assert.deepEqual(flags('In Oslo, the Norwegian Athletics Federation confirmed the team.'), []);
    assert.deepEqual(flags('In Oslo, the Norwegian Athletics Association confirmed the team.'), []);
  });

  it('reads a short form of the English name as that name, not as a translation', () => {
    // "Ustavni sud" is the Constitutional Court of Serbia: "the Constitutional Court" is its short form.
    assert.deepEqual(flags('In Serbia, the Constitutional Court ruled on Tuesday.'), []);
    // "Public Ministry" is the official English name of Peru's prosecution service, not a rendering of the Dutch one.
    assert.deepEqual(flags('In Peru, the Public Ministry of Peru opened an inquiry.'), []);
  });
});

describe('national bodies named by their field and country alone', () => {
  it('flags a federation of the field for the body named by field and country', () => {
    assert.equal(flagged('At the trials in Brisbane, the Australian Swimming Federation named its team.', 'Australian Swimming Federation'), 'Swimming Australia');
    assert.equal(flagged('In Toronto, the Canadian Athletics Federation named its team.', 'Canadian Athletics Federation'), 'Athletics Canada');
  });

  it('leaves the official names and bodies of other fields alone', () => {
    assert.deepEqual(flags('At the trials in Brisbane, Swimming Australia named its team.'), []);
    assert.deepEqual(flags('In Toronto, Athletics Canada named its team.'), []);
    // A field with no body of this form in the knowledge (Australia's archery body is Archery Australia, not known here).
    assert.deepEqual(flags('At the trials in Brisbane, the Australian Croquet Association named its team.'), []);
  });
});

describe('wider classes of bodies (world-bodies.yaml)', () => {
  it('knows national federations, statistics offices and academies with their acronyms', () => {
    assert.equal(flagged('Belgrade: the Basketball Union of Serbia fined both clubs.', 'Basketball Union of Serbia'), 'Basketball Federation of Serbia');
    assert.deepEqual(flags('Belgrade: the Basketball Federation of Serbia (KSS) fined both clubs.'), []);
    assert.equal(flagged('Evidence handled by the Netherlands Financial Institute (NFI) was challenged.', 'Netherlands Financial Institute'), 'Netherlands Forensic Institute');
    assert.deepEqual(flags('Evidence handled by the Netherlands Forensic Institute (NFI) was challenged.'), []);
    assert.deepEqual(flags('Figures from the Hellenic Statistical Authority (ELSTAT) showed growth.'), []);
    assert.equal(flagged('The European Chess Federation (ECU) confirmed the dates.', 'European Chess Federation'), 'European Chess Union');
    assert.deepEqual(flags('The European Chess Union (ECU) confirmed the dates.'), []);
  });

  it('reads two words before a country code of a results table as a competitor, not a wrong expansion', () => {
    // ECU is the European Chess Union and Ecuador's code; ITA the International Testing Agency and Italy's.
    assert.deepEqual(flags('Stage 4: 1. Jhonatan Narváez (ECU) 4:12:09, 2. Filippo Ganna (ITA) same time.'), []);
    assert.deepEqual(flags('Results: 1. Sami Välimäki (FIN) 67, 2. Niklas Nørgaard Møller (DEN) 68.'), []);
  });

  it('keeps a place of a native name as written (Karnataka Sahitya Akademi)', () => {
    const text = 'In Bengaluru, the Karnataka Literature Academy gave its award to the translator.';
    assert.equal(flagged(text, 'Karnataka Literature Academy'), 'Karnataka Sahitya Academy');
    assert.deepEqual(flags('In Bengaluru, the Karnataka Sahitya Academy gave its award to the translator.'), []);
  });
});

describe('a known name written with a mark it does not have (wave 13)', () => {
  it('flags a mark put where the name has another or none, with the name as the knowledge writes it', () => {
    assert.deepEqual(flags('Astronomer Željko Ivežić, who leads the construction, said the camera was ready.'), [['Ivežić', 'Ivezić']]);
  });
  it('leaves marks dropped, the right marks, a comma below for a cedilla, and a given name many people share alone', () => {
    assert.deepEqual(flags('Astronomer Zeljko Ivezic said the camera was ready; Ivezić agreed.'), []);
    assert.deepEqual(flags('Green MP Chlöe Swarbrick said the campaign had begun.'), []);
    assert.deepEqual(flags('The mayor of Timișoara met the mayor of Timişoara.'), []);
  });
});
