// Wave 23 (issue 9): what the read held-out set 25 (test/fixtures/corpus/dev25-*, first scored
// unread in wave 22) showed — correct names taken for slips, and classes of slip the checks let
// through — each positive beside the correct copy it must leave alone. The sentences are written
// for these tests.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('real-copy precision and recall (wave 23)', () => {
  it("flags a long body name with one word for a body changed for another with the same initial (the acronym still reads)", () => {
    assert.deepEqual(flags('MUMBAI — The group will seek approval from the Securities and Exchange Bureau of India for a bond issue.'), [
      ['Securities and Exchange Bureau of India', 'Securities and Exchange Board of India'],
    ]);
    assert.deepEqual(flags('MUMBAI — The group will seek approval from the Securities and Exchange Board of India for a bond issue.'), []);
    // The last word too, in a name of four words or more.
    assert.deepEqual(flags('OSLO — The International Ski and Snowboard Foundation has scheduled seven slopestyle events.'), [
      ['International Ski and Snowboard Foundation', 'International Ski and Snowboard Federation'],
    ]);
    assert.deepEqual(flags('OSLO — The International Ski and Snowboard Federation has scheduled seven slopestyle events.'), []);
    // Three words are too few to say which body is meant: another country's sibling is as likely.
    assert.deepEqual(flags("ASTANA, Kazakhstan — The National Security Committee said, as Washington and the National Security Council watched."), []);
  });
  it("leaves a place's Spanish demonym alone (Chilote, of Chiloé)", () => {
    assert.deepEqual(flags('CASTRO, Chile — Tourism to Chiloé has grown; the churches show the skills of Chilote craftsmen.'), []);
    assert.deepEqual(flags('CASTRO, Chile — Tourism to Chiloé has grown; the churches show the skills of Chilloé craftsmen.'), [['Chilloé', 'Chiloé']]);
  });
  it('reads a word in a list of places as a place, not as a slip of a person the article never names', () => {
    assert.deepEqual(flags('CASTRO, Chile — The churches stand in places such as Tenaún, Colo, San Juan, Detif, Aldachildo, Ichuac and Chelín.'), []);
    // Among people it is still a slip.
    assert.deepEqual(flags('GAZA — Commanders such as Yahya Sinwar, Marwan Issa, Mohammed Detif and Ismail Haniyeh were named.'), [['Detif', 'Deif']]);
    // And a slip of a place in a list of people stays a name.
    assert.deepEqual(flags('SEOUL — The members Minji, Hanni, Danielle, Haerin and Hyein performed.'), []);
  });
  it('flags one of two long unknown words written once each, a doubled letter apart', () => {
    const text = 'SÖLVESBORG, Sweden — Mjällby won 2-0 in front of a full house at Strandvallen. The club must play its European games elsewhere because Strandvalen is too small.';
    assert.deepEqual(flags(text), [['Strandvalen', 'Strandvallen']]);
    assert.deepEqual(flags(text.replace('Strandvalen', 'Strandvallen')), []);
    // People a doubled letter apart, each with a given name, are two people.
    assert.deepEqual(flags('HELSINKI — Erik Mattsonnen scored twice; the coach, Per Matsonnen, said little.'), []);
  });
  it("places a club by the town before the word side, beyond a suburb's distance from its seat", () => {
    assert.deepEqual(flags('TUNIS — Espérance and the Kinshasa side TP Mazembe drew 1-1 in Radès.'), [['Kinshasa', 'Lubumbashi']]);
    assert.deepEqual(flags('TUNIS — Espérance and the Lubumbashi side TP Mazembe drew 1-1 in Radès.'), []);
  });
  it('places a company by the town before "-based" in its appositive', () => {
    assert.deepEqual(flags('BERLIN — Siemens Healthineers, the Munich-based medical technology group, said it would cut jobs.'), [['Munich', 'Erlangen']]);
    assert.deepEqual(flags('BERLIN — Siemens Healthineers, the Erlangen-based medical technology group, said it would cut jobs.'), []);
  });
  it('leaves an acronym alone after three words of another kind of body that share none of its name', () => {
    // FFS is the French Ski Federation and Algeria's Socialist Forces Front.
    assert.deepEqual(flags('ALGIERS — The Socialist Forces Front (FFS) said the bill should do more for Kabylie.'), []);
    // A wrong expansion keeps the kind of body and most of its words.
    assert.deepEqual(flags('PARIS — The French Skiing Federation (FFS) named its squad.'), [['French Skiing Federation', 'French Ski Federation']]);
  });
  it('places a town whose name towns of many countries bear in any country (Santa Clara)', () => {
    assert.deepEqual(flags('WINDHOEK, Namibia — Trade between Santa Clara in Angola and Oshikango has grown.'), []);
    // A name of one or two countries' towns is still judged.
    assert.deepEqual(flags('WINDHOEK, Namibia — Trade between Lubango in Namibia and Oshikango has grown.'), [['Namibia', 'Angola']]);
  });
  it("reads a native name with words English shares word for word (Automobile Club de l'Ouest)", () => {
    assert.deepEqual(flags('LE MANS, France — Pierre Fillon, president of the Automobile Club of the West, spoke.'), [['Automobile Club of the West', "Automobile Club de l'Ouest"]]);
    assert.deepEqual(flags("LE MANS, France — Pierre Fillon, president of the Automobile Club de l'Ouest, spoke."), []);
    // Without the body's country in the article the words are left alone.
    assert.deepEqual(flags('PERTH — The Automobile Club of the West held its annual rally.'), []);
  });
  it("flags a listed club's own word slipped beside its affix (IF, FC), not an unknown club's", () => {
    assert.deepEqual(flags('SÖLVESBORG, Sweden — Mjällby AIF won, beating Degersfors IF 2-0 before a full house.'), [['Degersfors', 'Degerfors']]);
    assert.deepEqual(flags('SÖLVESBORG, Sweden — Mjällby AIF won, beating Degerfors IF 2-0 before a full house.'), []);
    // A club the lists do not hold, no slip of one they do, is left alone.
    assert.deepEqual(flags('STOCKHOLM — Huddinge IF and Sandvikens IF drew 1-1.'), []);
  });
  it("places a site named after a small town by the distance the copy gives from a city", () => {
    assert.deepEqual(flags('PERTH — Newmont will extend its Boddington mine, about 120 kilometers south-east of Darwin, the company said.'), [['south-east of Darwin', 'south-east of Perth']]);
    assert.deepEqual(flags('PERTH — Newmont will extend its Boddington mine, about 120 kilometers south-east of Perth, the company said.'), []);
    // Without a distance the bearing alone says too little about a site.
    assert.deepEqual(flags('PERTH — Newmont will extend its Boddington mine, south-east of Darwin, the company said.'), []);
  });
  it("reads a region of several words before a possessive (Uttar Pradesh's, New South Wales's)", () => {
    assert.deepEqual(flags("BHOPAL, India — The dam site lies in Uttar Pradesh's Chhatarpur district, officials said."), [["Uttar Pradesh's", "Madhya Pradesh's"]]);
    assert.deepEqual(flags("BHOPAL, India — The dam site lies in Madhya Pradesh's Chhatarpur district, officials said."), []);
    assert.deepEqual(flags("SYDNEY — Fans gathered in New South Wales's Newcastle on Sunday."), []);
  });
  it('places the second town of "between X and Y" as the first', () => {
    assert.deepEqual(flags('WINDHOEK — Trade between Santa Clara in Angola and Oshikango in the Oshana region has grown.'), [['Oshana region', 'Ohangwena region']]);
    assert.deepEqual(flags('WINDHOEK — Trade between Santa Clara in Angola and Oshikango in the Ohangwena region has grown.'), []);
  });
  it("leaves a body's name alone that is two changes from a known one and no slip of the hand (Airways, Railways)", () => {
    assert.deepEqual(flags('TASHKENT — Mirziyoyev said Uzbekistan Airways would buy up to 22 Boeing 787 Dreamliners.'), []);
    assert.deepEqual(flags('TASHKENT — Mirziyoyev said Uzbekistan Railwys would buy 22 locomotives.'), [['Uzbekistan Railwys', 'Uzbekistan Railways']]);
  });
  it("reads a known name's words before a body's word as another body's name (the Abu Dhabi Sports Council)", () => {
    assert.deepEqual(flags('ABU DHABI — The Abu Dhabi Sports Council said 3,000 athletes had registered.'), []);
    assert.deepEqual(flags('ABU DHABI — The Abu Dhabi Prots said 3,000 containers had arrived.'), [['Abu Dhabi Prots', 'Abu Dhabi Ports']]);
  });
  it("reads the end of a longer name as that name's, not as a wrong expansion of an acronym nearby", () => {
    assert.deepEqual(flags("KOTA KINABALU, Malaysia — The GRS coalition now comprises Hajiji's Parti Gagasan Rakyat Sabah and Parti Bersatu Sabah."), []);
  });
  it("reads words after another country's name as that country's own body (the Indonesian Palm Oil Producers Association)", () => {
    assert.deepEqual(flags('JAKARTA — The Indonesian Palm Oil Producers Association reports a value of $473 per ton.'), []);
    assert.deepEqual(flags('JAKARTA — The Palm Oil Producing Countries Council met in Jakarta.'), [['Palm Oil Producing Countries Council', 'Council of Palm Oil Producing Countries']]);
  });
  it("takes no word for a slip of a person's last name where the knowledge gives the person no short form (Chan Chun Sing)", () => {
    assert.deepEqual(flags('NEW DELHI — India has revived plans for its own Siang Upper Multipurpose Project.'), []);
    assert.deepEqual(flags('SINGAPORE — Defence Minister Chan Chun Sing said so. Chan Chun Sign later added more.'), [['Sign', 'Sing']]);
  });
  it('reads a given name across a middle initial (Karen B. Olson)', () => {
    assert.deepEqual(flags('ANCHORAGE — Karen B. Olson was charged. Olson denied it. Olson said she would fight. Olson was calm. Olsen has every reason to deal, prosecutors said.'), [['Olsen', 'Olson']]);
    assert.deepEqual(flags('ANCHORAGE — Karen B. Olson was charged. Olson denied it. Olson said she would fight. Olson was calm. Olson has every reason to deal, prosecutors said.'), []);
  });
});
