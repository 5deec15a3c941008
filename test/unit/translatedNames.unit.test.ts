// Translated names of bodies and events (checks/translatedNames.ts) and acronym expansions
// written with their words rendered another way (checks/acronymMismatch.ts). Each positive has
// a correct-name negative beside it, with real, less-famous bodies the knowledge does not hold.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST, type WordSwapGroup } from '../../src/core/entities/registry';
import { stemOf } from '../../src/core/entities/checks/translatedNames';
import type { EntityRecord } from '../../src/core/entities/types';
import { summary } from './helpers/miniKnowledge';
import { packKnownNames } from './helpers/knownNamesPack';

const S = ['unit test fixture'];

const ENTITIES: EntityRecord[] = [
  { id: 'country:germany', kind: 'country', name: 'Germany', adjectives: ['German'], sources: S },
  { id: 'country:norway', kind: 'country', name: 'Norway', adjectives: ['Norwegian'], sources: S },
  { id: 'country:poland', kind: 'country', name: 'Poland', adjectives: ['Polish'], sources: S },
  { id: 'country:hungary', kind: 'country', name: 'Hungary', adjectives: ['Hungarian'], sources: S },
  { id: 'country:sweden', kind: 'country', name: 'Sweden', adjectives: ['Swedish'], sources: S },
  { id: 'country:australia', kind: 'country', name: 'Australia', adjectives: ['Australian'], sources: S },
  { id: 'country:united-states', kind: 'country', name: 'United States', acronyms: ['US'], sources: S },
  { id: 'place:victoria', kind: 'place', name: 'Victoria', country: 'country:australia', sources: S },
  { id: 'org:bfv', kind: 'organization', name: 'Federal Office for the Protection of the Constitution', acronyms: ['BfV'], country: 'country:germany', sources: S },
  { id: 'org:nod', kind: 'organization', name: 'Norwegian Offshore Directorate', country: 'country:norway', sources: S },
  { id: 'org:faa', kind: 'organization', name: 'Federal Aviation Administration', acronyms: ['FAA'], country: 'country:united-states', sources: S },
  { id: 'org:nik', kind: 'organization', name: 'Supreme Audit Office', acronyms: ['NIK'], wrong: ['Supreme Chamber of Control'], country: 'country:poland', sources: S },
  { id: 'org:hca', kind: 'organization', name: 'High Court of Australia', country: 'country:australia', sources: S },
  { id: 'org:iaea', kind: 'organization', name: 'International Atomic Energy Agency', acronyms: ['IAEA'], sources: S },
  { id: 'org:nea', kind: 'organization', name: 'Nuclear Energy Agency', acronyms: ['NEA'], sources: S },
  { id: 'org:pts', kind: 'organization', name: 'Swedish Post and Telecom Authority', acronyms: ['PTS'], country: 'country:sweden', sources: S },
  { id: 'org:accc', kind: 'organization', name: 'Australian Competition and Consumer Commission', acronyms: ['ACCC'], country: 'country:australia', sources: S },
  { id: 'event:hungarian-gp', kind: 'event', name: 'Hungarian Grand Prix', sources: S },
  { id: 'org:wada', kind: 'organization', name: 'World Anti-Doping Agency', acronyms: ['WADA'], sources: S },
  { id: 'place:new-york-city', kind: 'place', name: 'New York City', aliases: ['New York'], country: 'country:united-states', sources: S },
  { id: 'org:nyse', kind: 'organization', name: 'New York Stock Exchange', acronyms: ['NYSE'], sources: S },
  { id: 'org:osce', kind: 'organization', name: 'Organization for Security and Co-operation in Europe', aliases: ['Organization for Security and Cooperation in Europe'], acronyms: ['OSCE'], sources: S },
  { id: 'org:ecowas', kind: 'organization', name: 'Economic Community of West African States', acronyms: ['ECOWAS'], sources: S },
  { id: 'org:destatis', kind: 'organization', name: 'Federal Statistical Office of Germany', country: 'country:germany', sources: S },
  { id: 'event:nyc-marathon', kind: 'event', name: 'New York City Marathon', sources: S },
  { id: 'country:iran', kind: 'country', name: 'Iran', adjectives: ['Iranian'], sources: S },
  { id: 'country:iraq', kind: 'country', name: 'Iraq', adjectives: ['Iraqi'], sources: S },
  { id: 'org:irgc', kind: 'organization', name: 'Islamic Revolutionary Guard Corps', acronyms: ['IRGC'], country: 'country:iran', sources: S },
  { id: 'country:india', kind: 'country', name: 'India', adjectives: ['Indian'], sources: S },
  { id: 'country:brazil', kind: 'country', name: 'Brazil', adjectives: ['Brazilian'], sources: S },
  { id: 'country:mexico', kind: 'country', name: 'Mexico', adjectives: ['Mexican'], sources: S },
  { id: 'org:cdsco', kind: 'organization', name: 'Central Drugs Standard Control Organisation', acronyms: ['CDSCO'], country: 'country:india', sources: S },
  { id: 'org:ittf', kind: 'organization', name: 'International Table Tennis Federation', acronyms: ['ITTF'], sources: S },
  { id: 'org:itf', kind: 'organization', name: 'International Tennis Federation', acronyms: ['ITF'], sources: S },
  { id: 'org:pt-brazil', kind: 'organization', name: "Workers' Party", acronyms: ['PT'], country: 'country:brazil', sources: S },
  { id: 'country:serbia', kind: 'country', name: 'Serbia', adjectives: ['Serbian'], sources: S },
  { id: 'org:sns', kind: 'organization', name: 'Serbian Progressive Party', acronyms: ['SNS'], country: 'country:serbia', sources: S },
  { id: 'org:eca', kind: 'organization', name: 'European Court of Auditors', acronyms: ['ECA'], sources: S },
  { id: 'org:african-court', kind: 'organization', name: 'East African Court of Justice', sources: S },
];

const T = { translationOnly: true };
const SWAPS: WordSwapGroup[] = [
  { words: ['agency', 'office', 'authority', 'directorate', 'administration', 'service'], appliesTo: ['organization'], ...T, bodyKind: true },
  { words: ['supreme', 'highest', 'high'], appliesTo: ['organization'], ...T },
  { words: ['offshore', 'shelf'], appliesTo: ['organization'], ...T },
  { words: ['atomic', 'nuclear'], appliesTo: ['organization'], ...T },
  { words: ['prize', 'prix'], appliesTo: ['event'], ...T },
  { words: ['world', 'global'], appliesTo: ['organization'], ...T },
  { words: ['post', 'postal'], appliesTo: ['organization'], ...T },
  { words: ['telecom', 'telegraph'], appliesTo: ['organization'], ...T },
  { words: ['labour', 'labor', 'work', 'workers'], appliesTo: ['organization'], ...T },
  { words: ['progressive', 'advanced'], appliesTo: ['organization'], ...T },
  { words: ['auditors', 'accounts'], appliesTo: ['organization'], ...T },
];

const c = new NameChecker(new EntityRegistry(ENTITIES, [], EMPTY_HOUSE_LIST, [], SWAPS));

describe('translated names of bodies and events', () => {
  it('flags a long name with one word changed for a look-alike, the rest as written', () => {
    assert.deepEqual(summary(c, 'The Organization for Security and Commerce in Europe sent observers.'), [
      ['Organization for Security and Commerce in Europe', 'near-miss', 'Organization for Security and Co-operation in Europe'],
    ]);
    assert.deepEqual(summary(c, 'Ghana belongs to the Economic Commission of West African States, the bloc.'), [
      ['Economic Commission of West African States', 'near-miss', 'Economic Community of West African States'],
    ]);
  });
  it('leaves sibling bodies that differ in a word unlike it, or in their last word, alone', () => {
    // Germany's Federal Aviation Office is a real body beside the Federal Statistical Office.
    assert.deepEqual(summary(c, 'The Federal Aviation Office of Germany banned the airline.'), []);
    assert.deepEqual(summary(c, 'The New York City Mayor spoke on Monday.'), []);
    assert.deepEqual(summary(c, 'The Organization for Security and Co-operation in Europe sent observers.'), []);
  });

  it("leaves a name whose changed word is a treaty's or a gathering's head noun alone: it names that other thing", () => {
    // The East African Community's treaty and its court are two things; a convention of jurists is a third.
    assert.deepEqual(summary(c, 'Kenya argued that the East African Convention of Justice bound every member state.'), []);
    assert.deepEqual(summary(c, 'Delegates met at the East African Conference of Justice in Arusha.'), []);
    assert.deepEqual(summary(c, 'Kenya appealed to the East African Count of Justice in Arusha.'), [['East African Count of Justice', 'near-miss', 'East African Court of Justice']]);
  });

  it('flags a body written word for word from its own language, with its official name as the fix', () => {
    assert.deepEqual(summary(c, 'In Germany, the Federal Agency for Constitution Protection put the party under watch.'), [
      ['Federal Agency for Constitution Protection', 'near-miss', 'Federal Office for the Protection of the Constitution'],
    ]);
    assert.deepEqual(summary(c, 'In Germany, the Federal Office for the Protection of the Constitution put the party under watch.'), []);
  });
  it('reads a country adjective as its country and a word of another language as its rendering', () => {
    assert.deepEqual(summary(c, 'The Norwegian Shelf Directorate approved the plan.'), [['Norwegian Shelf Directorate', 'near-miss', 'Norwegian Offshore Directorate']]);
    assert.deepEqual(summary(c, 'He won the Hungarian Grand Prize on Sunday.'), [['Hungarian Grand Prize', 'near-miss', 'Hungarian Grand Prix']]);
    // The Norwegian Ocean Industry Authority (Havtil) is another, real body.
    assert.deepEqual(summary(c, 'The Norwegian Ocean Industry Authority approved the plan.'), []);
  });
  it('matches a literal translation against a known wrong form, fixing to the official name, where the article names the country', () => {
    assert.deepEqual(summary(c, 'In Poland, the Highest Chamber of Control found waste.'), [['Highest Chamber of Control', 'near-miss', 'Supreme Audit Office']]);
    assert.deepEqual(summary(c, 'The Highest Chamber of Control found waste.'), []);
  });
  it("leaves another country's body of the same kind alone", () => {
    // Germany's Federal Aviation Office (Luftfahrt-Bundesamt) beside the US Federal Aviation Administration.
    assert.deepEqual(summary(c, "The United States and Germany's Federal Aviation Office agreed."), []);
    // A state's Supreme Court is not the High Court of Australia.
    assert.deepEqual(summary(c, 'In Australia, the Supreme Court of Victoria ruled.'), []);
    assert.deepEqual(summary(c, 'The case could reach the Supreme Court of Australia.'), [['Supreme Court of Australia', 'near-miss', 'High Court of Australia']]);
  });
  it('reads words joined by a hyphen as words of the name', () => {
    assert.deepEqual(summary(c, 'The Global Anti-Doping Agency banned him.'), [['Global Anti-Doping Agency', 'near-miss', 'World Anti-Doping Agency']]);
    // The Russian Anti-Doping Agency (RUSADA) is another, real body.
    assert.deepEqual(summary(c, 'The Russian Anti-Doping Agency banned him.'), []);
  });
  it('leaves part of a longer known name alone', () => {
    assert.deepEqual(summary(c, 'The International Atomic Energy Agency met.'), []);
  });
  it('flags a name in another order where it carries its place', () => {
    assert.deepEqual(summary(c, 'Shares rose on the Stock Exchange of New York on Monday.'), [['Stock Exchange of New York', 'near-miss', 'New York Stock Exchange']]);
    assert.deepEqual(summary(c, 'Shares rose on the New York Stock Exchange on Monday.'), []);
  });
  it('stems plurals and -ing/-ery forms alike', () => {
    assert.equal(stemOf('universities'), stemOf('university'));
    assert.equal(stemOf('fisheries'), stemOf('fishing'));
    assert.notEqual(stemOf('commerce'), stemOf('commission'));
  });
});

describe('acronym expansions written with other words', () => {
  it("takes the body's own country's adjective for one of its words as a description, another country's as a wrong name", () => {
    assert.deepEqual(summary(c, 'Iran and Iraq talked. The Iranian Revolutionary Guard Corps (IRGC) fired missiles.'), []);
    assert.deepEqual(summary(c, 'Iran and Iraq talked. The Iraqi Revolutionary Guard Corps (IRGC) fired missiles.'), [
      ['Iraqi Revolutionary Guard Corps', 'acronym-mismatch', 'Islamic Revolutionary Guard Corps'],
    ]);
  });
  it('flags an expansion whose words render the known one, the whole name replaced', () => {
    assert.deepEqual(summary(c, 'In Sweden, the Swedish Postal and Telegraph Service (PTS) fined the operator.'), [
      ['Swedish Postal and Telegraph Service', 'acronym-mismatch', 'Swedish Post and Telecom Authority'],
    ]);
    assert.deepEqual(summary(c, 'In Sweden, the Swedish Post and Telecom Authority (PTS) fined the operator.'), []);
    // Another body with the same initials shares none of its words.
    assert.deepEqual(summary(c, 'In Sweden, the Public Transport Service (PTS) ran late.'), []);
  });
  it('reads the whole name before the parenthesis, its "and" included', () => {
    assert.deepEqual(summary(c, 'In Australia, the Australian Consumer and Competition Council (ACCC) sued.'), [
      ['Australian Consumer and Competition Council', 'acronym-mismatch', 'Australian Competition and Consumer Commission'],
    ]);
    assert.deepEqual(summary(c, 'In Australia, the Australian Competition and Consumer Commission (ACCC) sued.'), []);
  });
});

describe('acronym first, expansion after it', () => {
  it('reads the expansion in brackets after the acronym, with the real one as the fix', () => {
    assert.deepEqual(summary(c, 'In India, the CDSCO (Central Drugs Safety Control Organisation) approved the drug.'), [
      ['Central Drugs Safety Control Organisation', 'acronym-mismatch', 'Central Drugs Standard Control Organisation'],
    ]);
    assert.deepEqual(summary(c, 'In India, the CDSCO (Central Drugs Standard Control Organisation) approved the drug.'), []);
  });
  it('leaves a description in brackets after the acronym alone', () => {
    assert.deepEqual(summary(c, 'In India, the CDSCO (the national regulator) approved the drug.'), []);
    assert.deepEqual(summary(c, 'In India, the CDSCO (Ministry of Health) approved the drug.'), []);
  });
  it("flags another known body's full name given as an appositive, and leaves that body's own acronym alone", () => {
    assert.deepEqual(summary(c, 'WTT was created by the ITTF, the International Tennis Federation, in 2019.'), [
      ['International Tennis Federation', 'acronym-mismatch', 'International Table Tennis Federation'],
    ]);
    assert.deepEqual(summary(c, 'WTT was created by the ITTF, the International Table Tennis Federation, in 2019.'), []);
    assert.deepEqual(summary(c, 'Davis Cup rules are set by the ITF, the International Tennis Federation, in London.'), []);
  });
  it("leaves another country's body that renders a national body's name word for word alone (Mexico's PT)", () => {
    assert.deepEqual(summary(c, 'In Mexico, as in Brazil, the coalition includes the Labor Party (PT).'), []);
  });
});

describe('renderings of one native word added for wave 5', () => {
  it('flags "Serbian Advanced Party" (napredna) with the Serbian Progressive Party, and leaves the real name alone', () => {
    assert.deepEqual(summary(c, 'Serbia votes soon. Students want to end the rule of the Serbian Advanced Party.'), [
      ['Serbian Advanced Party', 'near-miss', 'Serbian Progressive Party'],
    ]);
    assert.deepEqual(summary(c, 'Serbia votes soon. Students want to end the rule of the Serbian Progressive Party.'), []);
  });
  it('flags "European Court of Accounts" (Cour des comptes) with the European Court of Auditors', () => {
    assert.deepEqual(summary(c, 'The European Court of Accounts criticised the spending.'), [['European Court of Accounts', 'near-miss', 'European Court of Auditors']]);
    assert.deepEqual(summary(c, 'The European Court of Auditors criticised the spending.'), []);
  });
});

// The word-bag lookup: a known name's content words in any order, with words rendered another way.
const BAG_ENTITIES: EntityRecord[] = [
  { id: 'country:poland', kind: 'country', name: 'Poland', adjectives: ['Polish'], sources: S },
  { id: 'country:norway', kind: 'country', name: 'Norway', adjectives: ['Norwegian'], sources: S },
  { id: 'country:japan', kind: 'country', name: 'Japan', adjectives: ['Japanese'], sources: S },
  { id: 'country:nepal', kind: 'country', name: 'Nepal', adjectives: ['Nepali'], sources: S },
  { id: 'country:lebanon', kind: 'country', name: 'Lebanon', adjectives: ['Lebanese'], sources: S },
  { id: 'country:costa-rica', kind: 'country', name: 'Costa Rica', adjectives: ['Costa Rican'], sources: S },
  { id: 'country:bolivia', kind: 'country', name: 'Bolivia', adjectives: ['Bolivian'], sources: S },
  { id: 'country:united-states', kind: 'country', name: 'United States', sources: S },
  { id: 'country:south-korea', kind: 'country', name: 'South Korea', adjectives: ['South Korean'], sources: S },
  { id: 'place:africa', kind: 'place', name: 'Africa', adjectives: ['African'], sources: S },
  { id: 'place:paris', kind: 'place', name: 'Paris', sources: S },
  { id: 'place:seoul', kind: 'place', name: 'Seoul', country: 'country:south-korea', sources: S },
  { id: 'org:un', kind: 'organization', name: 'United Nations', acronyms: ['UN'], sources: S },
  { id: 'org:eala', kind: 'organization', name: 'East African Legislative Assembly', acronyms: ['EALA'], sources: S },
  { id: 'org:unifil', kind: 'organization', name: 'United Nations Interim Force in Lebanon', acronyms: ['UNIFIL'], sources: S },
  { id: 'org:undof', kind: 'organization', name: 'United Nations Disengagement Observer Force', acronyms: ['UNDOF'], sources: S },
  { id: 'org:ciaa', kind: 'organization', name: 'Commission for the Investigation of Abuse of Authority', acronyms: ['CIAA'], country: 'country:nepal', sources: S },
  { id: 'org:pzla', kind: 'organization', name: 'Polish Athletic Association', acronyms: ['PZLA'], country: 'country:poland', sources: S },
  { id: 'org:norway-athletics', kind: 'organization', name: 'Norwegian Athletics Association', country: 'country:norway', sources: S },
  { id: 'org:jaaf', kind: 'organization', name: 'Japan Association of Athletics Federations', acronyms: ['JAAF'], country: 'country:japan', sources: S },
  { id: 'org:tse-costa-rica', kind: 'organization', name: 'Supreme Electoral Tribunal', acronyms: ['TSE'], country: 'country:costa-rica', sources: S },
  { id: 'org:tse-bolivia', kind: 'organization', name: 'Supreme Electoral Tribunal', acronyms: ['TSE'], country: 'country:bolivia', sources: S },
  { id: 'org:usda', kind: 'organization', name: 'United States Department of Agriculture', acronyms: ['USDA'], country: 'country:united-states', sources: S },
  { id: 'event:esc', kind: 'event', name: 'Eurovision Song Contest', aliases: ['Eurovision'], sources: S },
  { id: 'event:paris-motor-show', kind: 'event', name: 'Paris Motor Show', sources: S },
  { id: 'country:sri-lanka', kind: 'country', name: 'Sri Lanka', adjectives: ['Sri Lankan'], sources: S },
  { id: 'country:kazakhstan', kind: 'country', name: 'Kazakhstan', adjectives: ['Kazakh'], sources: S },
  { id: 'country:russia', kind: 'country', name: 'Russia', adjectives: ['Russian'], sources: S },
  { id: 'org:adb', kind: 'organization', name: 'Asian Development Bank', acronyms: ['ADB'], sources: S },
  { id: 'org:ec-sri-lanka', kind: 'organization', name: 'Election Commission of Sri Lanka', country: 'country:sri-lanka', sources: S },
  { id: 'org:cec-kazakhstan', kind: 'organization', name: 'Central Election Commission of Kazakhstan', country: 'country:kazakhstan', sources: S },
  { id: 'org:cec-russia', kind: 'organization', name: 'Central Election Commission of Russia', country: 'country:russia', sources: S },
  { id: 'country:malaysia', kind: 'country', name: 'Malaysia', adjectives: ['Malaysian'], sources: S },
  { id: 'country:bosnia', kind: 'country', name: 'Bosnia and Herzegovina', aliases: ['Bosnia'], adjectives: ['Bosnian'], sources: S },
  { id: 'org:dap', kind: 'organization', name: 'Democratic Action Party', acronyms: ['DAP'], country: 'country:malaysia', sources: S },
  { id: 'org:emercom', kind: 'organization', name: 'Ministry of Emergency Situations', acronyms: ['EMERCOM'], country: 'country:russia', sources: S },
];
const BAG_SWAPS: WordSwapGroup[] = [
  { words: ['interim', 'temporary', 'provisional'], appliesTo: ['organization'], ...T },
  { words: ['athletics', 'athletic', 'light athletics', 'land competition'], appliesTo: ['organization'], ...T },
  { words: ['federation', 'association', 'union'], appliesTo: ['organization'], ...T, bodyKind: true },
  { words: ['federation', 'association'], appliesTo: ['organization'], ...T, usual: true },
  { words: ['department', 'ministry'], appliesTo: ['organization'], ...T, bodyKind: true },
  { words: ['show', 'salon', 'world'], appliesTo: ['event'], ...T },
  { words: ['motor', 'automobile', 'auto'], appliesTo: ['event'], ...T },
  { words: ['court', 'tribunal'], appliesTo: ['organization'], ...T },
  { words: ['electoral', 'election', 'elections'], appliesTo: ['organization'], ...T },
  { words: ['investigation', 'inquiry'], appliesTo: ['organization'], ...T },
  { words: ['electoral', 'election', 'elections', 'votes', 'choices'], appliesTo: ['organization'], ...T },
  { words: ['asia', 'asian'], appliesTo: ['organization'], ...T, region: true },
];
const KNOWN_NAMES = packKnownNames([], [], ['Seoul National University', 'National University of Singapore', 'County of San Bernardino', 'Democratic Action Party'], [['San Bernardino', 'city, United States']]);
const bags = new NameChecker(new EntityRegistry(BAG_ENTITIES, [], EMPTY_HOUSE_LIST, [], BAG_SWAPS, KNOWN_NAMES));

describe('translated names found by their bag of words', () => {
  it('flags a name in another order with its place written as a place ("Legislative Assembly of East Africa")', () => {
    assert.deepEqual(summary(bags, 'MPs of the Legislative Assembly of East Africa met in Arusha.'), [
      ['Legislative Assembly of East Africa', 'near-miss', 'East African Legislative Assembly'],
    ]);
    assert.deepEqual(summary(bags, 'MPs of the East African Legislative Assembly met in Arusha.'), []);
  });
  it('flags a word rendered another way with the words reordered ("Temporary Force of the United Nations in Lebanon")', () => {
    assert.deepEqual(summary(bags, 'Israel, Lebanon and the Temporary Force of the United Nations in Lebanon met.'), [
      ['Temporary Force of the United Nations in Lebanon', 'near-miss', 'United Nations Interim Force in Lebanon'],
    ]);
    assert.deepEqual(summary(bags, 'Israel, Lebanon and the United Nations Disengagement Observer Force met.'), []);
  });
  it('takes a ministry written with its subject first as its name ("Emergency Situations Ministry")', () => {
    assert.deepEqual(summary(bags, 'In Russia, the Emergency Situations Ministry said seven people died.'), []);
    assert.deepEqual(summary(bags, 'In Russia, the Ministry of Emergency Situations said seven people died.'), []);
    // (Another body's words in another order are still flagged: "Legislative Assembly of East Africa" above.)
  });
  it('flags an order that links its words with "of" where the name has none', () => {
    assert.deepEqual(summary(bags, 'Organisers of the Eurovision Contest of the Song said on Tuesday.'), [['Eurovision Contest of the Song', 'near-miss', 'Eurovision Song Contest']]);
    assert.deepEqual(summary(bags, 'Organisers of the Eurovision Song Contest said on Tuesday.'), []);
  });
  it('takes no list before the name ("Lebanon and the …") for a word of it', () => {
    assert.deepEqual(summary(bags, 'France, Lebanon and the Temporary Force of the United Nations met.'), [
      ['Temporary Force of the United Nations', 'near-miss', 'United Nations Interim Force in Lebanon'],
    ]);
  });
  it("flags a national body's words rendered and reordered only where the article names its country", () => {
    assert.deepEqual(summary(bags, 'In Nepal, the Authority Abuse Inquiry Commission filed cases.'), [
      ['Authority Abuse Inquiry Commission', 'near-miss', 'Commission for the Investigation of Abuse of Authority'],
    ]);
    assert.deepEqual(summary(bags, 'The Authority Abuse Inquiry Commission filed cases.'), []);
  });
  it('reads "light athletics" and "land competition" as athletics, and a usual Federation for Association as no error', () => {
    assert.deepEqual(summary(bags, 'Henryk Olszewski, president of the Polish Union of Light Athletics, spoke.'), [
      ['Polish Union of Light Athletics', 'near-miss', 'Polish Athletic Association'],
    ]);
    assert.deepEqual(summary(bags, 'The Japan Land Competition Federation picked the team.'), [
      ['Japan Land Competition Federation', 'near-miss', 'Japan Association of Athletics Federations'],
    ]);
    assert.deepEqual(summary(bags, 'The Norwegian Athletics Federation picked the team.'), []);
  });
  it('renders a motor show\'s "Mondial" and "Automobile", and leaves another show of the same city alone', () => {
    assert.deepEqual(summary(bags, 'Renault will show it at the Automobile World of Paris in October.'), [['Automobile World of Paris', 'near-miss', 'Paris Motor Show']]);
    assert.deepEqual(summary(bags, 'Airbus will show it at the Paris Air Show in June.'), []);
  });
  it('takes of several bodies with one name the one of the country the article names, and none where it names neither', () => {
    const cr = bags.check('In Costa Rica, the president clashed with the Supreme Tribunal of Elections.');
    assert.deepEqual(
      cr.map((f) => [f.text, f.entityId]),
      [['Supreme Tribunal of Elections', 'org:tse-costa-rica']],
    );
    assert.deepEqual(summary(bags, 'The president clashed with the Supreme Tribunal of Elections.'), []);
    // The country named in another paragraph of the article counts too.
    assert.deepEqual(summary(bags, 'Costa Rica votes on Sunday.\n\nThe president clashed with the Supreme Tribunal of Elections.'), [
      ['Supreme Tribunal of Elections', 'near-miss', 'Supreme Electoral Tribunal'],
    ]);
  });
  it('leaves out of a name only a word that says what kind of body it is', () => {
    // "United States Department (of Justice)" is not the Department of Agriculture with its last word left out.
    assert.deepEqual(summary(bags, 'The United States Department said on Monday it would appeal.'), []);
  });
  it('flags a listed name in another order with "of" put in, and leaves a place and one word in either order alone', () => {
    assert.deepEqual(summary(bags, 'Samsung will work with the National University of Seoul on AI.'), [
      ['National University of Seoul', 'near-miss', 'Seoul National University'],
    ]);
    assert.deepEqual(summary(bags, 'He studied at the National University of Singapore.'), []);
    // The National University of Lesotho is a real university the lists do not hold.
    assert.deepEqual(summary(bags, 'He studied at the National University of Lesotho.'), []);
    assert.deepEqual(summary(bags, 'The film premiered in San Bernardino County on Friday.'), []);
  });
  it("leaves another country's body alone when its name is a listed body's words reordered (Bosnia's Party of Democratic Action)", () => {
    assert.deepEqual(summary(bags, "Bosnia's Party of Democratic Action said it would field a candidate."), []);
    assert.deepEqual(summary(bags, 'In Malaysia, the Party of Democratic Action won seats in Penang.'), [
      ['Party of Democratic Action', 'near-miss', 'Democratic Action Party'],
    ]);
  });
  it('reads a two-word country adjective as its country ("Sri Lankan Commission of Votes")', () => {
    assert.deepEqual(summary(bags, 'The Sri Lankan Commission of Votes said it needs three months.'), [
      ['Sri Lankan Commission of Votes', 'near-miss', 'Election Commission of Sri Lanka'],
    ]);
    assert.deepEqual(summary(bags, 'The Election Commission of Sri Lanka said it needs three months.'), []);
  });
  it("takes a country's own Central Election Commission, its country's name left out, where the article names that country", () => {
    const kz = bags.check('In Kazakhstan, the Central Commission of Choices began consultations.');
    assert.deepEqual(
      kz.map((f) => [f.text, f.entityId, f.suggestions[0]]),
      [['Central Commission of Choices', 'org:cec-kazakhstan', 'Central Election Commission of Kazakhstan']],
    );
    // Both countries named: two readings, no flag.
    assert.deepEqual(summary(bags, 'Russia and Kazakhstan watched as the Central Commission of Choices met.'), []);
  });
  it("reads a continent's adjective as the continent, from the region groups", () => {
    assert.deepEqual(summary(bags, 'Mongolia borrowed from the Development Bank of Asia last year.'), [['Development Bank of Asia', 'near-miss', 'Asian Development Bank']]);
    assert.deepEqual(summary(bags, 'Mongolia borrowed from the Asian Development Bank last year.'), []);
    // The Development Bank of Southern Africa is a real bank of its own.
    assert.deepEqual(summary(bags, 'It borrowed from the Development Bank of Southern Africa last year.'), []);
  });
});
