// Wave 8 (issue 9): what an article says that shows the right country or place, over the
// built-in knowledge. Each positive beside correct names that must stand.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryPartners } from '../../src/core/entities/checks/confusableCountries';
import { confusableFlags as flags, repoRoot as root } from './helpers/builtInChecker';

describe('country evidence: a person introduced by a country', () => {
  it('flags the nationality of a person the results list under the look-alike code', () => {
    assert.deepEqual(flags('The Austrian Jessica Hull finished second. Results: 1. Faith Kipyegon (KEN), 2. Jessica Hull (AUS).'), [['Austrian', 'Australian']]);
    assert.deepEqual(flags('Lukas Weisshaidinger of Australia threw 68 metres. Discus: Lukas Weisshaidinger (AUT), Kristjan Čeh (SLO).'), [['Australia', 'Austria']]);
  });
  it('leaves the right nationality, and a code of an unrelated country, alone', () => {
    assert.deepEqual(flags('The Australian Jessica Hull finished second. Results: 1. Faith Kipyegon (KEN), 2. Jessica Hull (AUS).'), []);
    assert.deepEqual(flags('Lukas Weisshaidinger of Austria threw 68 metres. Discus: Lukas Weisshaidinger (AUT).'), []);
    assert.deepEqual(flags('Mykolas Alekna of Austria threw 70 metres. Discus: Mykolas Alekna (LTU).'), []);
    // A namesake's code is not the person's: the whole name decides where the results give it.
    assert.deepEqual(flags('The Austrian Jana Hulley won. Results: Jana Hulley (AUT), Tom Hulley (AUS).'), []);
  });
  it('reads a role between the nationality and the name ("the Austrian pole vaulter X")', () => {
    assert.deepEqual(flags('The Austrian pole vaulter Nina Kennedy was second. Results: Nina Kennedy (AUS), Wilma Murto (FIN).'), [['Austrian', 'Australian']]);
    assert.deepEqual(flags('The Australian pole vaulter Nina Kennedy was second. Results: Nina Kennedy (AUS), Wilma Murto (FIN).'), []);
  });
  it('flags the nationality of a person whose home town ("the Linz native") lies in the look-alike', () => {
    assert.deepEqual(flags('Australian Vincent Kriechmayr, the Linz native, won the downhill.'), [['Australian', 'Austrian']]);
    assert.deepEqual(flags('Austrian Vincent Kriechmayr, the Linz native, won the downhill.'), []);
  });
  it('flags an apposition that gives a known person the look-alike nationality ("Pellegrini, the Slovenian president")', () => {
    assert.deepEqual(flags('Peter Pellegrini met Natasa Pirc Musar in Ljubljana on Monday. "We will see," said Pellegrini, the Slovenian president.'), [['Slovenian', 'Slovak']]);
    assert.deepEqual(flags('Peter Pellegrini met Natasa Pirc Musar in Ljubljana on Monday. "We will see," said Pellegrini, the Slovak president.'), []);
  });
  it('flags a look-alike country\'s possessive before a known body ("Sweden\'s Novartis"), not the right one', () => {
    assert.deepEqual(flags("Sweden's Novartis raised its forecast on Tuesday."), [["Sweden", 'Switzerland']]);
    assert.deepEqual(flags("Switzerland's Novartis raised its forecast on Tuesday."), []);
  });
  it('flags a look-alike country\'s possessive before a known person ("Austria\'s Alex de Minaur"), not the right one', () => {
    assert.deepEqual(flags("He beat Austria's Alex de Minaur in the final."), [['Austria', 'Australia']]);
    assert.deepEqual(flags("Switzerland's Ludvig Åberg won the Open."), [['Switzerland', 'Sweden']]);
    assert.deepEqual(flags("He beat Australia's Alex de Minaur in the final."), []);
    // Since wave 18 another country altogether is a fact wrong where the person's nationality is
    // known (tests/unit/nationalityFacts), unless the description names that country too: England's
    // head coach is German.
    assert.deepEqual(flags("Italy's Ludvig Åberg won the Open."), [['Italy', 'Sweden']]);
    assert.deepEqual(flags("England's Thomas Tuchel named his squad on Friday."), []);
  });
  it('flags "The <adjective> <noun>" opening the sentence after one that names a known body or person alone', () => {
    assert.deepEqual(flags('Glencore reported lower coal output on Thursday.\n\nThe Swedish miner said prices had weakened in the third quarter.'), [['Swedish', 'Swiss']]);
    assert.deepEqual(flags('Oliver Glasner signed a new contract in London on Friday. The Australian manager said the squad could still improve.'), [['Australian', 'Austrian']]);
  });
  it('leaves the right adjective, and a sentence before that names something else the noun may mean, alone', () => {
    assert.deepEqual(flags('Glencore reported lower coal output on Thursday.\n\nThe Swiss miner said prices had weakened in the third quarter.'), []);
    // The miner may be the one Glencore bought, or Glencore's partner: another name, another country.
    assert.deepEqual(flags('Glencore agreed on Thursday to buy a stake in Boliden. The Swedish miner said the deal was fair.'), []);
    assert.deepEqual(flags('Glencore agreed on Thursday to buy a small Swedish miner. The Swedish miner said the deal was fair.'), []);
    assert.deepEqual(flags('Oliver Glasner signed a new contract in London on Friday. The Austrian manager said the squad could still improve.'), []);
  });
  it('leaves a body\'s unit in another country alone ("the group\'s Dutch business")', () => {
    assert.deepEqual(flags("Bertelsmann, based in Gütersloh, owns RTL Deutschland in Cologne. RTL's Dutch business was sold, Berlin said."), []);
  });
});

describe('country evidence: Columbia and Colombia', () => {
  it('flags Columbia where the rest of the article shows Colombia', () => {
    assert.deepEqual(flags('Gustavo Petro spoke in Bogotá on Monday. The mine in Columbia was closed, the ministry said.'), [['Columbia', 'Colombia']]);
  });
  it('leaves Columbia alone where nothing shows Colombia, or where it is a town\'s address', () => {
    assert.deepEqual(flags('The mine in Columbia was closed, the ministry said.'), []);
    assert.deepEqual(flags('Gustavo Petro spoke in Bogotá on Monday. She later studied in Columbia, Missouri, for a year.'), []);
  });
  it('flags the country\'s spelling inside the other names ("Colombia University", "British Colombia")', () => {
    assert.deepEqual(flags('She taught at Colombia University and lived in Kelowna, British Colombia.'), [['Colombia', 'Columbia'], ['Colombia', 'Columbia']]);
    assert.deepEqual(flags("She taught at Columbia University and studied Colombia's coffee growers."), []);
  });
});

describe('country evidence: the data', () => {
  const file = JSON.parse(readFileSync(join(root, 'data', 'generated', 'confusable-countries.json'), 'utf8')) as { pairs: Array<{ a: string; b: string; why: string }>; codes: Record<string, string> };
  const partners = countryPartners(file);
  it('pairs Mali and Malawi, Latvia and Lithuania, the Guineas and the Congos', () => {
    assert.ok(partners.get('country:mali')?.includes('country:malawi'));
    assert.ok(partners.get('country:latvia')?.includes('country:lithuania'));
    assert.ok(partners.get('country:guinea')?.includes('country:equatorial-guinea'));
    assert.ok(partners.get('country:republic-of-the-congo')?.includes('country:democratic-republic-of-the-congo'));
    assert.ok(!partners.bySense?.has('country:malawi country:mali'));
  });
  it('reads ISO and IOC country codes, and leaves out none that two countries claim', () => {
    assert.equal(partners.codes?.get('AUT'), 'country:austria');
    assert.equal(partners.codes?.get('SUI'), 'country:switzerland');
    assert.equal(partners.codes?.get('NIG'), 'country:niger');
    assert.equal(partners.codes?.get('NGR'), 'country:nigeria');
    assert.equal(partners.codes?.get('ENG'), undefined);
  });
});

describe('places: areas, nations, halves of regions and more shapes', () => {
  it('flags a historical land or island that does not hold the town, with the one that does', () => {
    assert.deepEqual(flags('The race starts in the Moravian city of Plzeň on Sunday.'), [['Moravian', 'Bohemian']]);
    assert.deepEqual(flags('The plant in Roskilde, in Jutland, will close.'), [['Jutland', 'Zealand']]);
  });
  it('leaves a town in its land, and one in a region two lands share, alone', () => {
    assert.deepEqual(flags('The race starts in the Moravian city of Olomouc on Sunday.'), []);
    assert.deepEqual(flags('The plant in Aarhus, in Jutland, will close.'), []);
    assert.deepEqual(flags('The race starts in the Moravian city of Jihlava on Sunday.'), []);
  });
  it('places the United Kingdom\'s towns in its four nations, and leaves its counties alone', () => {
    assert.deepEqual(flags('The final was played in Swansea, in Scotland, on Saturday.'), [['Scotland', 'Wales']]);
    assert.deepEqual(flags('The final was played in Swansea, in Wales, on Saturday.'), []);
    assert.deepEqual(flags('Mr Hale, originally from Essex in the UK, lived in Auckland.'), []);
  });
  it('flags a town put in the wrong half of a region, not one in the right half', () => {
    assert.deepEqual(flags('The mayor of Fort McMurray, in southern Alberta, spoke on Friday.'), [['southern Alberta', 'northern Alberta']]);
    assert.deepEqual(flags('The mayor of Lethbridge, in southern Alberta, spoke on Friday.'), []);
  });
  it('reads a compass word before a country\'s adjective ("the southern Spanish city of")', () => {
    assert.deepEqual(flags('The festival opened in the southern Spanish city of Bilbao.'), [['southern Spanish', 'northern Spanish']]);
    assert.deepEqual(flags('The festival opened in the northern Spanish city of Bilbao.'), []);
  });
  it('reads a region\'s possessive before a town ("in Bavaria\'s Dresden")', () => {
    assert.deepEqual(flags("Police in Bavaria's Dresden made arrests."), [["Bavaria's", "Saxony's"]]);
    assert.deepEqual(flags("Police in Saxony's Leipzig made arrests. Germany's Bayern Munich won."), []);
  });
  it('reads "X in the Y" for a country', () => {
    assert.deepEqual(flags('He grew up in La Romana in the Dominica.'), [['Dominica', 'Dominican Republic']]);
    assert.deepEqual(flags('He grew up in La Romana in the Dominican Republic.'), []);
  });
  it('reads "on the island of Y", "a town on Y" and "in Denmark\'s Y region"', () => {
    assert.deepEqual(flags('He lives in Catania, on the island of Sardinia, with his family.'), [['Sardinia', 'Sicily']]);
    assert.deepEqual(flags('He lives in Catania, on the island of Sicily, with his family.'), []);
    assert.deepEqual(flags('The plant near Roskilde, a town on the island of Funen, grew.'), [['Funen', 'Zealand']]);
    assert.deepEqual(flags('The plant near Odense, a town on the island of Funen, grew.'), []);
    assert.deepEqual(flags("Police in Dresden, in Germany's Bavaria region, made arrests."), [['Bavaria', 'Saxony']]);
    assert.deepEqual(flags("Police in Dresden, in Germany's Saxony region, made arrests. Protests in Lyon, on Monday, ended."), []);
  });
  it('reads a group\'s members after "made up of", "formed by"', () => {
    assert.deepEqual(flags('The Baltic states, made up of Estonia, Latvia and Finland, agreed.'), [['Finland', 'Lithuania']]);
    assert.deepEqual(flags('The Baltic states, made up of Estonia, Latvia and Lithuania, agreed.'), []);
  });
});
