// Wave 22 (issue 9): what the read held-out set 24 (test/fixtures/corpus/dev24-*, first scored
// unread in wave 21) showed — correct names taken for slips, and classes of slip the checks let
// through — each positive beside the correct copy it must leave alone. The sentences are written
// for these tests.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('real-copy precision and recall (wave 22)', () => {
  it("leaves a name written with marks the known name does not have alone (another language's spelling)", () => {
    // Brazil's league is the Série A; Italy's the Serie A.
    assert.deepEqual(flags('SÃO PAULO, Brazil — Mirassol climbed from Série B to Série A in four seasons, coach Rafael Guanaes said.'), []);
    // A letter changed is still a slip of the name.
    assert.deepEqual(flags('ROME — Napoli lead Seria A after ten rounds, the club said.'), [['Seria A', 'Serie A']]);
  });
  it('reads a body whose name has "People\'s" in it against names with the same possessive', () => {
    assert.deepEqual(flags("YAOUNDÉ, Cameroon — Officials of the ruling Cameroon People's Development Movement said the count was fair."), [
      ["Cameroon People's Development Movement", "Cameroon People's Democratic Movement"],
    ]);
    assert.deepEqual(flags("YAOUNDÉ, Cameroon — Officials of the ruling Cameroon People's Democratic Movement said the count was fair."), []);
    // Another possessive is still read only as a native name word for word.
    assert.deepEqual(flags("LONDON — The Women's World Championship opens in Paris; the Women's World Cup is in Sydney."), []);
  });
  it('judges "X, capital of the Y region" without the article as "X, the capital of Y"', () => {
    assert.deepEqual(flags('YAOUNDÉ, Cameroon — In Bertoua, capital of the Adamawa region, party officials held a rally.'), [['Adamawa region', 'East region']]);
    assert.deepEqual(flags('YAOUNDÉ, Cameroon — In Bertoua, capital of the East region, party officials held a rally.'), []);
    assert.deepEqual(flags('YAOUNDÉ, Cameroon — In Ngaoundéré, capital of the Adamawa region, party officials held a rally.'), []);
  });
  it("flags a thing's name written twice and once with a vowel changed, not two people's", () => {
    assert.deepEqual(flags('DUSHANBE, Tajikistan — Work goes on at the Rogun Dam. Lenders back Rogun. Officials say Rogon will export power.'), [['Rogon', 'Rogun']]);
    assert.deepEqual(flags('DUSHANBE, Tajikistan — Work goes on at the Rogun Dam. Lenders back Rogun. Officials say Rogun will export power.'), []);
    // Two people a vowel apart, each with a given name, are two people.
    assert.deepEqual(flags('Maria Fávero scored twice. Fávero was pleased. Paulo Fávaro, the coach, said little.'), []);
  });
  it('leaves a town spelled the old way inside a two-word name of its own alone', () => {
    assert.deepEqual(flags('COPENHAGEN, Denmark — Ringkjøbing Landbobank, headquartered in Ringkøbing, grew. Ringkøbing is a small town.'), []);
    // The same slip standing alone is still flagged.
    assert.deepEqual(flags('COPENHAGEN, Denmark — Farmers in Ringkøbing met. Ringkøbing is a small town. Officials in Ringkjøbing agreed.'), [['Ringkjøbing', 'Ringkøbing']]);
  });
  it("reads a native acronym's English rendering against a national body only where its country leads the article", () => {
    // INTA is Spain's aerospace institute and Argentina's farm-technology institute.
    const patagonia =
      'RÍO GALLEGOS, Argentina — Scientists at INTA, the National Institute of Agricultural Technology, study grazing in Argentina. ' +
      'Settlers came from Spain and Chile a century ago; Argentina now exports the wool, and Argentina buys the machinery.';
    assert.deepEqual(flags(patagonia), []);
    // In a story from Spain the rendering is read against Spain's INTA.
    assert.deepEqual(flags('MADRID, Spain — Engineers at INTA, the National Institute of Agricultural Technology, tested a drone for Spain.'), [
      ['National Institute of Agricultural Technology', 'National Institute for Aerospace Technology'],
    ]);
  });
  it("places a venue in a country's other capital like any town (Bloemfontein, the judicial capital)", () => {
    assert.deepEqual(flags('CAPE TOWN, South Africa — The Bulls lost at Loftus Versfeld in Bloemfontein in 2024.'), [['Bloemfontein', 'Pretoria']]);
    assert.deepEqual(flags('CAPE TOWN, South Africa — The Bulls lost at Loftus Versfeld in Pretoria in 2024.'), []);
    assert.deepEqual(flags('CAPE TOWN, South Africa — The Cheetahs play at the Free State Stadium in Bloemfontein.'), []);
  });
  it("flags a head of state named with the title of the head of government's office, and the other way round", () => {
    const dated = (body: string) => `---\ntitle: Test\ndate: 2026-11-20\n---\n\n${body}\n`;
    assert.deepEqual(flags(dated('PODGORICA, Montenegro — Prime Minister Jakov Milatović said the country could close every chapter.')), [['Jakov Milatović', 'Milojko Spajic']]);
    assert.deepEqual(flags(dated('PARIS — Prime Minister Emmanuel Macron said France would act.')), [['Emmanuel Macron', 'Sebastien Lecornu']]);
    // The right title, another office ("Deputy"), a past one, or an article of a year before the term: nothing.
    assert.deepEqual(flags(dated('PODGORICA, Montenegro — President Jakov Milatović and Prime Minister Milojko Spajić said so.')), []);
    assert.deepEqual(flags(dated('PARIS — President Emmanuel Macron said France would act.')), []);
    assert.deepEqual(flags(dated('PARIS — Former Prime Minister Emmanuel Macron said so.')), []);
    assert.deepEqual(flags(dated('PODGORICA, Montenegro — Deputy Prime Minister Jakov Milatović said so.')), []);
    assert.deepEqual(flags('---\ntitle: Test\ndate: 2016-11-20\n---\n\nPARIS — Prime Minister Emmanuel Macron said France would act.\n'), []);
  });
  it("flags a slip of a listed person's surname in a place or work named after them", () => {
    assert.deepEqual(flags('DAR ES SALAAM, Tanzania — The Julius Nyrere Hydropower Project on the Rufiji River opened.'), [['Nyrere', 'Nyerere']]);
    assert.deepEqual(flags('DAR ES SALAAM, Tanzania — The Julius Nyerere Hydropower Project on the Rufiji River opened.'), []);
    // Before another kind of capitalised word, the two words begin some other name.
    assert.deepEqual(flags('DAR ES SALAAM, Tanzania — The Julius Nyrere Kambarage ensemble sang.'), []);
  });
  it("flags a party's name with its last word changed for another political body's word, where the article names its country", () => {
    assert.deepEqual(flags('MANAGUA, Nicaragua — The ruling Sandinista National Liberation Movement controls every branch of the state.'), [
      ['Sandinista National Liberation Movement', 'Sandinista National Liberation Front'],
    ]);
    assert.deepEqual(flags('MANAGUA, Nicaragua — The ruling Sandinista National Liberation Front controls every branch of the state.'), []);
    assert.deepEqual(flags("MALÉ, Maldives — Muizzu, whose People's National Council holds a supermajority, greeted the visitors."), [["People's National Council", "People's National Congress"]]);
    // Without the country, the words may be another body's.
    assert.deepEqual(flags('Delegates of the Sandinista National Liberation Movement met in exile.'), []);
  });
  it('reads "based in" a town of the seat\'s own country as the seat where the town lies far from it', () => {
    assert.deepEqual(flags('COPENHAGEN, Denmark — Jyske Bank, based in Vejle, grew its lending.'), [['Vejle', 'Silkeborg']]);
    assert.deepEqual(flags('COPENHAGEN, Denmark — Jyske Bank, based in Silkeborg, grew its lending.'), []);
    assert.deepEqual(flags('SEOUL, South Korea — For the Hanwha Eagles, based in Daegu, the defeat ended a season.'), [['Daegu', 'Daejeon']]);
    // A town beside the seat is often so described: Vantaa is Helsinki's airport town.
    assert.deepEqual(flags('HELSINKI, Finland — Finnair, based in Vantaa, added flights.'), []);
  });
  it('gives "the agency" or "the company" a seat by the body the noun fits, and by the body the article is about', () => {
    // Arianespace is a company; "the agency" is the European Space Agency.
    assert.deepEqual(flags('BREMEN, Germany — Ministers of the European Space Agency met. Arianespace will launch the missions. The agency, headquartered in Paris, will allocate contracts.'), []);
    // Equinor, named six times beside Ørsted once, is "the company".
    const equinor =
      'OSLO, Norway — Equinor raised its dividend. Equinor said output rose, and Equinor will drill more. Ørsted bought a stake in one field. ' +
      'Equinor expects prices to hold; Equinor sold gas to Germany.\n\nThe state-controlled company, which has its headquarters in Bergen, cut costs.';
    assert.deepEqual(flags(equinor), [['Bergen', 'Stavanger']]);
    // Named as often as the other, it is not.
    assert.deepEqual(flags('OSLO, Norway — Equinor raised its dividend. Ørsted bought a stake.\n\nThe state-controlled company, which has its headquarters in Bergen, cut costs.'), []);
  });
});
