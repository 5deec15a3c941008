// Translated names read against bodies' native names (wave 8, issue 9): a usual swap
// (Association for Federation) counts where the native word reads only the other way; a
// country's adjective before another country's generic body name; a native word kept as
// written; country names inside native names; acronyms that spell the English name, not the
// written words; another country's words beside a national acronym. Each positive has a
// correct-name negative beside it, with real, less-famous bodies the knowledge does not hold.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST, type WordSwapGroup } from '../../src/core/entities/registry';
import type { EntityRecord } from '../../src/core/entities/types';
import { summary } from './helpers/miniKnowledge';

const S = ['unit test fixture'];

const ENTITIES: EntityRecord[] = [
  { id: 'country:france', kind: 'country', name: 'France', adjectives: ['French'], sources: S },
  { id: 'country:argentina', kind: 'country', name: 'Argentina', adjectives: ['Argentine', 'Argentinian'], sources: S },
  { id: 'country:norway', kind: 'country', name: 'Norway', adjectives: ['Norwegian'], sources: S },
  { id: 'country:sweden', kind: 'country', name: 'Sweden', adjectives: ['Swedish'], sources: S },
  { id: 'country:italy', kind: 'country', name: 'Italy', adjectives: ['Italian'], sources: S },
  { id: 'country:malaysia', kind: 'country', name: 'Malaysia', adjectives: ['Malaysian'], sources: S },
  { id: 'country:china', kind: 'country', name: 'China', adjectives: ['Chinese'], sources: S },
  { id: 'country:brazil', kind: 'country', name: 'Brazil', adjectives: ['Brazilian'], sources: S },
  { id: 'country:bolivia', kind: 'country', name: 'Bolivia', adjectives: ['Bolivian'], sources: S },
  { id: 'country:ireland', kind: 'country', name: 'Ireland', adjectives: ['Irish'], sources: S },
  { id: 'country:austria', kind: 'country', name: 'Austria', adjectives: ['Austrian'], sources: S },
  { id: 'country:united-kingdom', kind: 'country', name: 'United Kingdom', adjectives: ['British'], sources: S },
  { id: 'country:nigeria', kind: 'country', name: 'Nigeria', adjectives: ['Nigerian'], sources: S },
  { id: 'org:nut', kind: 'organization', name: 'Nigeria Union of Teachers', country: 'country:nigeria', sources: S },
  { id: 'country:serbia', kind: 'country', name: 'Serbia', adjectives: ['Serbian'], sources: S },
  { id: 'org:zastitnik', kind: 'organization', name: 'Protector of Citizens', aliases: ['Zaštitnik građana'], country: 'country:serbia', sources: S },
  { id: 'org:the-fa', kind: 'organization', name: 'Football Association', aliases: ['The Football Association'], country: 'country:united-kingdom', sources: S },
  { id: 'org:fff', kind: 'organization', name: 'French Football Federation', aliases: ['Fédération Française de Football'], country: 'country:france', sources: S },
  { id: 'org:afa', kind: 'organization', name: 'Argentine Football Association', aliases: ['Asociación del Fútbol Argentino'], country: 'country:argentina', sources: S },
  { id: 'org:nfif', kind: 'organization', name: 'Norwegian Athletics Association', aliases: ['Norges Friidrettsforbund'], country: 'country:norway', sources: S },
  { id: 'org:riksdag', kind: 'organization', name: 'Riksdag', aliases: ['Swedish Riksdag', 'Sveriges riksdag'], description: 'Swedish parliament', country: 'country:sweden', sources: S },
  { id: 'org:cnmi', kind: 'organization', name: 'Camera Nazionale della Moda Italiana', aliases: ['National Chamber of Italian Fashion'], country: 'country:italy', sources: S },
  { id: 'org:macc', kind: 'organization', name: 'Malaysian Anti-Corruption Commission', aliases: ['Suruhanjaya Pencegahan Rasuah Malaysia'], country: 'country:malaysia', sources: S },
  { id: 'org:cfa', kind: 'organization', name: 'Chinese Football Association', acronyms: ['CFA'], country: 'country:china', sources: S },
  { id: 'org:cob', kind: 'organization', name: 'Brazilian Olympic Committee', acronyms: ['COB'], country: 'country:brazil', sources: S },
  { id: 'org:fi', kind: 'organization', name: 'Finansinspektionen', aliases: ['Swedish Financial Supervisory Authority'], country: 'country:sweden', sources: S },
  { id: 'org:rh', kind: 'organization', name: 'Austrian Court of Audit', aliases: ['Rechnungshof'], country: 'country:austria', sources: S },
  { id: 'country:spain', kind: 'country', name: 'Spain', adjectives: ['Spanish'], sources: S },
  { id: 'country:portugal', kind: 'country', name: 'Portugal', adjectives: ['Portuguese'], sources: S },
  { id: 'place:madrid', kind: 'place', name: 'Madrid', country: 'country:spain', sources: S },
  { id: 'org:real-madrid', kind: 'organization', name: 'Real Madrid CF', aliases: ['Real Madrid'], country: 'country:spain', sources: S },
  { id: 'org:chega', kind: 'organization', name: 'Chega', country: 'country:portugal', sources: S },
  { id: 'org:podemos', kind: 'organization', name: 'Podemos', country: 'country:spain', sources: S },
  { id: 'country:poland', kind: 'country', name: 'Poland', adjectives: ['Polish'], sources: S },
  { id: 'country:united-states', kind: 'country', name: 'United States', adjectives: ['American'], sources: S },
  { id: 'org:solidarnosc', kind: 'organization', name: 'Solidarność', description: 'Polish trade union', country: 'country:poland', sources: S },
  { id: 'org:an-coimisiun', kind: 'organization', name: 'Electoral Commission', aliases: ['An Coimisiún Toghcháin'], country: 'country:ireland', sources: S },
  { id: 'org:ec-malaysia', kind: 'organization', name: 'Election Commission of Malaysia', country: 'country:malaysia', sources: S },
  { id: 'country:belgium', kind: 'country', name: 'Belgium', adjectives: ['Belgian'], sources: S },
  { id: 'place:antwerp', kind: 'place', name: 'Antwerp', country: 'country:belgium', sources: S },
  { id: 'org:port-antwerp', kind: 'organization', name: 'Port of Antwerp', aliases: ['Havenbedrijf Antwerpen'], country: 'country:belgium', sources: S },
  { id: 'org:orf', kind: 'organization', name: 'ORF', acronyms: ['ORF'], aliases: ['Austrian Broadcasting Corporation', 'Österreichischer Rundfunk'], country: 'country:austria', sources: S },
];

const T = { translationOnly: true };
const N: Pick<WordSwapGroup, 'appliesTo' | 'native'> = { appliesTo: [], native: true };
const SWAPS: WordSwapGroup[] = [
  { words: ['federation', 'association', 'union', 'board', 'confederation', 'council'], appliesTo: ['organization'], ...T, bodyKind: true },
  { words: ['federation', 'association'], appliesTo: ['organization'], ...T, usual: true },
  { words: ['commission', 'committee'], appliesTo: ['organization'], ...T },
  { words: ['fédération', 'federation'], ...N },
  { words: ['asociación', 'association'], ...N },
  { words: ['fútbol', 'football'], ...N },
  { words: ['football', 'football'], ...N },
  { words: ['argentino', 'argentine'], ...N },
  { words: ['norges', 'norway', 'norwegian'], ...N },
  { words: ['friidrett', 'athletics', 'free sport'], ...N },
  { words: ['forbund', 'association', 'federation', 'union'], ...N },
  { words: ['sveriges', 'sweden', 'swedish'], ...N },
  { words: ['riksdag', 'parliament', 'diet'], ...N },
  { words: ['rechnung', 'accounts', 'audit'], ...N },
  { words: ['hof', 'court'], ...N },
  { words: ['camera', 'chamber', 'house'], ...N },
  { words: ['nazionale', 'national'], ...N },
  { words: ['moda', 'fashion'], ...N },
  { words: ['italiana', 'italian'], ...N },
  { words: ['suruhanjaya', 'commission'], ...N },
  { words: ['pencegahan', 'prevention'], ...N },
  { words: ['rasuah', 'corruption', 'bribery'], ...N },
  { words: ['finansinspektionen', 'financial inspection', 'financial inspectorate'], ...N },
  { words: ['zaštitnik', 'protector', 'defender'], ...N },
  { words: ['građana', "citizens'", 'citizens'], ...N },
  { words: ['real', 'royal', 'real'], ...N },
  { words: ['chega', 'enough'], ...N },
  { words: ['podemos', 'we can'], ...N },
  { words: ['solidarność', 'solidarity'], ...N },
  { words: ['an'], ...N },
  { words: ['coimisiún', 'commission'], ...N },
  { words: ['toghcháin', 'election', 'elections'], ...N },
  { words: ['haven', 'harbour', 'port'], ...N },
  { words: ['bedrijf', 'company'], ...N },
  { words: ['havenbedrijf', 'port authority'], ...N },
  { words: ['antwerpen', 'antwerp'], ...N },
  { words: ['de'], ...N },
  { words: ['del'], ...N },
  { words: ['della'], ...N },
];

const c = new NameChecker(new EntityRegistry(ENTITIES, [], EMPTY_HOUSE_LIST, [], SWAPS));

describe('translated names read against native names', () => {
  it("flags Association for Federation where the native word is only Fédération, and the reverse, a country's adjective before another country's Football Association", () => {
    assert.deepEqual(summary(c, 'In Paris, the French Football Association fined the club.'), [['French Football Association', 'near-miss', 'French Football Federation']]);
    assert.deepEqual(summary(c, 'In Paris, the French Football Federation fined the club.'), []);
    assert.deepEqual(summary(c, 'In Buenos Aires, the Argentine Football Federation fined the club.'), [['Argentine Football Federation', 'near-miss', 'Argentine Football Association']]);
    assert.deepEqual(summary(c, 'In Buenos Aires, the Argentine Football Association fined the club.'), []);
  });
  it('leaves the usual swap alone where the native word reads both ways, and a country with no such body', () => {
    // Norges Friidrettsforbund: forbund is association or federation.
    assert.deepEqual(summary(c, 'In Norway, the Norwegian Athletics Federation named its team.'), []);
    // The Irish Football Association (Northern Ireland) is a real body the knowledge does not hold.
    assert.deepEqual(summary(c, 'In Belfast, the Irish Football Association named its team.'), []);
  });
  it('reads a native word kept as written (a false friend) as a rendering, beside the English name', () => {
    assert.deepEqual(summary(c, 'In Milan, the National Camera of Italian Fashion opened the week.'), [
      ['National Camera of Italian Fashion', 'near-miss', 'Camera Nazionale della Moda Italiana'],
    ]);
    assert.deepEqual(summary(c, 'In Milan, the National Chamber of Italian Fashion opened the week.'), []);
  });
  it("reads a country's name inside a native name, and leaves the country and one word alone as a description", () => {
    assert.deepEqual(summary(c, 'In Malaysia, the Malaysian Corruption Prevention Commission opened a case.'), [
      ['Malaysian Corruption Prevention Commission', 'near-miss', 'Malaysian Anti-Corruption Commission'],
    ]);
    assert.deepEqual(summary(c, 'In Malaysia, the Malaysian Anti-Corruption Commission opened a case.'), []);
    assert.deepEqual(summary(c, 'In Sweden, she protested outside the Swedish Parliament.'), []);
  });
  it('reads a one-word native name, with the country English copy puts before it', () => {
    assert.deepEqual(summary(c, 'In Stockholm, the Swedish Financial Inspection fined the bank.'), [['Swedish Financial Inspection', 'near-miss', 'Finansinspektionen']]);
    assert.deepEqual(summary(c, 'In Stockholm, the Swedish Financial Supervisory Authority fined the bank.'), []);
  });
  it('reads a native word that is also an English word by its other sense (Spanish real: royal)', () => {
    assert.deepEqual(summary(c, 'In Spain, Royal Madrid beat Barcelona on Sunday.'), [['Royal Madrid', 'near-miss', 'Real Madrid CF']]);
    assert.deepEqual(summary(c, 'In Spain, Real Madrid beat Barcelona on Sunday.'), []);
  });
  it('names the body in its message with "the" only where English puts it', () => {
    assert.deepEqual(
      c.check('In Spain, Royal Madrid beat Barcelona on Sunday.').map((f) => f.message),
      ['“Royal Madrid” is not the name: it is Real Madrid CF, its official form.'],
    );
    assert.deepEqual(
      c.check('In Vienna, Austria, the Austrian Accounting Court criticised the states.').map((f) => f.message),
      ['“Austrian Accounting Court” is not the name: it is the Austrian Court of Audit, its official form.'],
    );
  });
  it("reads a party's one-word native name only before the word party, where the article names its country", () => {
    assert.deepEqual(summary(c, 'In Portugal, the far-right Enough party gained seats.'), [['Enough', 'near-miss', 'Chega']]);
    assert.deepEqual(summary(c, 'In Spain, the left-wing We Can party lost seats.'), [['We Can', 'near-miss', 'Podemos']]);
    assert.deepEqual(summary(c, 'In Portugal, the far-right Chega party gained seats.'), []);
    // Without the word party, or the party's country, the words are English.
    assert.deepEqual(summary(c, 'In Spain, the coach said We Can win it, and Enough was enough.'), []);
    assert.deepEqual(summary(c, 'In Brazil, the new Enough party was founded.'), []);
  });
  it("leaves a party's reading alone inside a longer name, and a body that is no party", () => {
    assert.deepEqual(summary(c, 'In Poland, the American Solidarity Party held a rally.'), []);
    assert.deepEqual(summary(c, 'In Poland, the Solidarity party held a rally.'), []);
  });
  it("leaves a reading that is another country's body's name less its country alone, and two words ending a longer name", () => {
    // An Coimisiún Toghcháin reads "Election Commission": Malaysia's, in a story from Kuching that names Ireland too.
    assert.deepEqual(summary(c, 'In Kuching, Malaysia, the Election Commission drew the seats, as Ireland did.'), []);
  });
  it("reads a glossary word that is a compound of glossary words both ways (havenbedrijf: port authority, harbour company)", () => {
    assert.deepEqual(summary(c, 'In Belgium, the Antwerp Harbour Company reported record volumes.'), [['Antwerp Harbour Company', 'near-miss', 'Port of Antwerp']]);
    assert.deepEqual(summary(c, 'In Belgium, the Port of Antwerp reported record volumes.'), []);
  });
  it("reads a one-word native name that compounds the glossary's words (Rechnung + s + Hof)", () => {
    assert.deepEqual(summary(c, 'In Vienna, Austria, the Austrian Accounting Court criticised the states.'), [['Austrian Accounting Court', 'near-miss', 'Austrian Court of Audit']]);
    assert.deepEqual(summary(c, 'In Vienna, Austria, the Austrian Court of Audit criticised the states.'), []);
    assert.deepEqual(summary(c, 'In Vienna, Austria, the Rechnungshof criticised the states.'), []);
  });
});

describe('acronym expansions: the acronym as evidence', () => {
  it("flags words that render a national body's name where the acronym spells the English name, not the words", () => {
    assert.deepEqual(summary(c, 'The Chinese Football Federation (CFA) fined the club.'), [['Chinese Football Federation', 'acronym-mismatch', 'Chinese Football Association']]);
    assert.deepEqual(summary(c, 'The Chinese Football Association (CFA) fined the club.'), []);
  });
  it("leaves another country's body beside a national acronym alone (its native acronym), and flags the body's own words changed", () => {
    assert.deepEqual(summary(c, "The Bolivian Workers' Centre (COB) called a strike."), []);
    assert.deepEqual(summary(c, 'The Brazilian Olympic Commission (COB) named its team.'), [['Brazilian Olympic Commission', 'near-miss', 'Brazilian Olympic Committee']]);
  });
  it('fixes a body named by its acronym with the alias nearest the written words', () => {
    const found = summary(c, 'The broadcaster Österreichisches Radio Fernsehen (ORF) aired it.');
    assert.deepEqual(found, [['Österreichisches Radio Fernsehen', 'acronym-mismatch', 'Österreichischer Rundfunk']]);
    assert.deepEqual(summary(c, 'The broadcaster Österreichischer Rundfunk (ORF) aired it.'), []);
  });
  it("reads a plural's possessive apostrophe inside a native name's rendering (\"Citizens' Defender\")", () => {
    assert.deepEqual(summary(c, "In Belgrade, Serbia, the Citizens' Defender said the police had acted unlawfully."), [["Citizens' Defender", 'near-miss', 'Protector of Citizens']]);
    assert.deepEqual(summary(c, 'In Belgrade, Serbia, the Defender of Citizens said the police had acted unlawfully.'), [['Defender of Citizens', 'near-miss', 'Protector of Citizens']]);
    assert.deepEqual(summary(c, 'In Belgrade, Serbia, the Protector of Citizens said the police had acted unlawfully.'), []);
    assert.deepEqual(summary(c, "In Belgrade, Serbia, the Citizens' Protector said the police had acted unlawfully."), []);
    assert.deepEqual(summary(c, "In Belgrade, Serbia, the voters' Defender League met."), []);
    // (Only a native name's reading is read across the apostrophe: a body's English words in another order are not.)
    assert.deepEqual(summary(c, "In Abuja, Nigeria, the Teachers' Union of Nigeria called a strike."), []);
  });
});
