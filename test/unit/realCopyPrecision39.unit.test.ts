// Wave 39 (issue 9): what the read held-out set 41 (test/fixtures/corpus/dev41-*, scored unread in
// wave 37) showed — a slip flagged at a person's full name but not where the article repeats the
// surname alone ("Nikesh Aurora … Aurora said"); a body's seat given in a clause of its own ("the
// UCI, which runs its disciplines from its headquarters in Lausanne"); the last letter of a
// hyphenated surname dropped where the person speaks ("President Netumbo Nandi-Ndaitwah …
// Nandi-Ndaitwa told"), which a hyphenated name could never do; and a false flag: a given name before
// a middle initial ("the Glenn H. Curtiss Museum") read as a slip of a place's word ("Watkins Glen").
// Besides, a surname with two letters one apart swapped ("Jeyhun Bayramov … Baymarov said"), which
// no check compared.
// The wave's knowledge (about 2,000 people of sport, culture and business, 752 bodies, 739 seats)
// first raised flags on correct copy and lost slips it had found; the classes behind them are read
// better now: an apposition that runs into the next name of a list, a given name before a particle,
// a place that "lies" somewhere, a given name changed in a name written family name first or two
// letters off with the surname exact, the middle of a longer name, a census-only surname, another
// known person's surname after the given name of the one introduced, a surname several people bear.
// The evaluation now finds a case at any of the places its article writes it as a whole word
// (src/cli/answerKey.ts), not inside a longer word ("Eckerman" inside "Eckermann").
// The sentences are written for these tests; the people, bodies and places come from the knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';
import { caseOffsets, wholeWords } from '../../src/cli/answerKey';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);
const dated = (date: string, body: string) => `---\ntitle: T\ndate: ${date}\n---\n${body}\n`;
const d = (body: string) => flags(dated('2025-06-10', body));

describe('real-copy precision and recall (wave 39)', () => {
  it('flags a slip again where the article repeats it, with the same fix', () => {
    const slip = 'SAN FRANCISCO — Nikesh Aurora, the chief executive of Palo Alto Networks, spoke on the second day. Aurora said buyers wanted fewer vendors.';
    assert.deepEqual(d(slip), [['Aurora', 'Arora'], ['Aurora', 'Arora']]);
    // (In the possessive, the fix keeps it.)
    assert.deepEqual(d(`${slip}\n\nAurora's company reported results last week.`), [['Aurora', 'Arora'], ['Aurora', 'Arora'], ["Aurora's", "Arora's"]]);
    // (Correct copy: nothing.)
    assert.deepEqual(d('SAN FRANCISCO — Nikesh Arora, the chief executive of Palo Alto Networks, spoke on the second day. Arora said buyers wanted fewer vendors.'), []);
    // (Not inside another name: another person, a place of its own.)
    assert.deepEqual(d(`${slip}\n\nIn the audience was Ana Aurora, a student from Quito, and visitors from Aurora Borealis Tours.`), [['Aurora', 'Arora'], ['Aurora', 'Arora']]);
  });

  it("reads a body's seat from a clause of its own after which", () => {
    assert.deepEqual(d('AIGLE — The race was hosted by the Union Cycliste Internationale, which runs its disciplines from its headquarters in Lausanne, and by World Skate.'), [['Lausanne', 'Aigle']]);
    assert.deepEqual(d('AIGLE — The race was hosted by the Union Cycliste Internationale, which runs its disciplines from its headquarters in Aigle, and by World Skate.'), []);
    // (Not where the clause moved the seat: the old one is named.)
    assert.deepEqual(d('AIGLE — The race was hosted by the Union Cycliste Internationale, which moved its headquarters in Lausanne to a new site decades ago.'), []);
    // (A suburb of a big city copy names for the seat is in the knowledge too: the IUCN in Gland, "in Geneva".)
    assert.deepEqual(d('ABU DHABI — The International Union for Conservation of Nature, which has its headquarters in Geneva, held its congress.'), []);
  });

  it("compares a hyphenated surname with its last letter dropped where the person speaks", () => {
    const intro = 'WINDHOEK — President Netumbo Nandi-Ndaitwah, who took office in March, has made jobs her priority.';
    assert.deepEqual(d(`${intro}\n\nNandi-Ndaitwa told a business forum that minerals should be processed at home.`), [['Nandi-Ndaitwa', 'Nandi-Ndaitwah']]);
    assert.deepEqual(d(`${intro}\n\nNandi-Ndaitwah told a business forum that minerals should be processed at home.`), []);
    // (Written with another given name, it is another person.)
    assert.deepEqual(d(`${intro}\n\nAnna Nandi-Ndaitwa, a trader in Oshakati, told a business forum that prices had risen.`), []);
  });

  it('compares a long surname with two letters one apart swapped, written after the person was introduced', () => {
    const intro = 'BAKU — The text was initialled by foreign ministers Ararat Mirzoyan and Jeyhun Bayramov at the White House.';
    assert.deepEqual(d(`${intro}\n\nIn Baku, Baymarov said Azerbaijan was ready to move quickly.`), [['Baymarov', 'Bayramov']]);
    assert.deepEqual(d(`${intro}\n\nIn Baku, Bayramov said Azerbaijan was ready to move quickly.`), []);
    // (With a given name of its own it is someone else.)
    assert.deepEqual(d(`${intro}\n\nIn Baku, Elnur Baymarov, a shopkeeper, said prices had gone up.`), []);
  });

  it('reads a given name before a middle initial as a given name, not a slip of a place', () => {
    const glen = 'WATKINS GLEN — Watkins Glen had a busy season, and Watkins Glen State Park drew crowds.';
    assert.deepEqual(d(`${glen}\n\nIn Hammondsport, the Glenn H. Curtiss Museum marked another year.`), []);
  });

  // The wave's knowledge (2,000 more people, 739 seats) raised new flags on correct copy and lost
  // found slips in the read sets and on Wikinews; each is a class the checks now read better.
  it('reads an apposition that runs into a name as that name\'s, not the name before the comma', () => {
    assert.deepEqual(d('LONDON — The panel included the Nigerian novelist Ayọ̀bámi Adébáyọ̀, the American writer Kiley Reid and the critic Chris Power.'), []);
    assert.deepEqual(d('LONDON — The panel included Ayọ̀bámi Adébáyọ̀, the American novelist, and the critic Chris Power.'), [['American', 'Nigerian']]);
    assert.deepEqual(d('OSLO — Casper Ruud, the Swedish player who reached the final, said he was tired.'), [['Swedish', 'Norwegian']]);
  });

  it('keeps a given name before a particle, and a place that lies somewhere, from a surname', () => {
    assert.deepEqual(d('BELÉM — "It was busy," said Raimunda dos Santos, 58, who sells açaí near the port.'), []);
    assert.deepEqual(d('BERLIN — Philipp Raimnd, the German ski jumper, won in Oberstdorf.'), [['Raimnd', 'Raimund']]);
    assert.deepEqual(d('SUNCHEON — Further inland, Gurye lies at the foot of Jirisan, where the cherry trees bloom.'), []);
    assert.deepEqual(d('MOSCOW — Andrey Guryv, the founder of PhosAgro, said fertiliser exports rose.'), [['Guryv', 'Guryev']]);
  });

  it("reads another given name in a name as another person's", () => {
    // (Family name first: a letter changed in the given name is another given name; a letter dropped is a slip.)
    assert.deepEqual(d("BEIJING — China's Xiaomi, whose president Lu Weibing oversees its expansion, said so."), []);
    assert.deepEqual(d('HANGZHOU — Wanxiang Group chairman Lu Weidng said the carmaker would expand.'), [['Weidng', 'Weiding']]);
    // (A real given name two letters off, the surname exact, with no title of theirs.)
    assert.deepEqual(d('SAPPORO — In Sapporo, delivery driver Takuya Hoshino, 41, said the cut would help.'), []);
    // (The middle of a longer name.)
    assert.deepEqual(d('DHAKA — One of the deceased was Jalal Saifur Rahman, a director of the Anti-Corruption Commission.'), []);
    // (A surname only the census lists is no other person: the census holds rare spellings.)
    assert.deepEqual(d('LONDON — Liz Truss resigned on Thursday; her predecessor Boris Jonhson is said to be considering a return.'), [['Jonhson', 'Johnson']]);
  });

  it("compares a surname slip with the person introduced, whoever else bears the slip or the surname", () => {
    const obrien = "DUBLIN — Darragh O'Brien, the minister for transport, spoke first. Rural TDs have criticised him, and Darragh O'Br";
    assert.deepEqual(d(`${obrien}ian said last week that he would publish a plan.`), [["O'Brian", "O'Brien"]]);
    assert.deepEqual(d(`${obrien}ien said last week that he would publish a plan.`), []);
    assert.deepEqual(d("LOS ANGELES — Katy O'Brian, who starred in Love Lies Bleeding, said the film changed her career."), []);
    const acosta = 'JEREZ — Pedro Acosta claimed his first win. His teammate could not hold off Acosta, who passed him late. Team manager Aki Ajo said ';
    assert.deepEqual(d(`${acosta}Acotsa was special.`), [['Acotsa', 'Acosta']]);
    assert.deepEqual(d(`${acosta}Acosta was special.`), []);
  });

  // Then heldout42 was read (test/fixtures/corpus/dev42-*, scored unread in waves 38 and 39).
  it("reads the capital a sentence gives where a word or the sentence's country makes it the nation's", () => {
    const tanzania = 'DAR ES SALAAM — Tanzania votes in October. Parliament, which sits in the official capital, ';
    assert.deepEqual(d(`${tanzania}Arusha, was dissolved earlier this month.`), [['Arusha', 'Dodoma']]);
    assert.deepEqual(d(`${tanzania}Dodoma, was dissolved earlier this month.`), []);
    assert.deepEqual(d('DAR ES SALAAM — Tanzania votes in October. Traders in the commercial capital, Dar es Salaam, were calm.'), []);
    // (A hyphenated town is found as the lists write it, "Bobo Dioulasso"; a region's seat is the
    // nation's capital where the sentence names the nation and no region.)
    const burkina = 'OUAGADOUGOU — Burkina Faso is tense. In Burkina Faso, Captain Ibrahim Traoré has consolidated power in the capital, ';
    assert.deepEqual(d(`${burkina}Bobo-Dioulasso, since the coup.`), [['Bobo-Dioulasso', 'Ouagadougou']]);
    assert.deepEqual(d(`${burkina}Ouagadougou, since the coup.`), []);
  });

  it("reads only a plural as a form of a person's name after the rest of it", () => {
    assert.deepEqual(d('TOKYO — In Japan, Tokyo Electron president Toshiki Kawaii has said sales in China will normalise.'), [['Kawaii', 'Kawai']]);
    assert.deepEqual(d('TOKYO — In Japan, Tokyo Electron president Toshiki Kawai has said sales in China will normalise.'), []);
    assert.deepEqual(d('SAN ANTONIO — He was never in the upper stratosphere of the coaching hierarchy, your Phil Jacksons and Gregg Popoviches.'), []);
  });

  it("keeps a company's letters from a club's and one person's two records from two holders", () => {
    // (CF Industries, the fertiliser maker, is no club called "Industries".)
    assert.deepEqual(d('EINDHOVEN — BE Semiconductor Industries, based in Duiven and led by Richard Blickman, pinned its hopes on hybrid bonding.'), []);
    assert.deepEqual(d('EINDHOVEN — BE Semiconductor Industries, based in Groningen and led by Richard Blickman, pinned its hopes on hybrid bonding.'), [['Groningen', 'Duiven']]);
    // ("Catherine Russell" and "Catherine M. Russell" are one holder of the title the copy gives.)
    assert.deepEqual(d('NEW YORK — UNICEF executive director Cindy McCain said cuts to nutrition programmes risked reversing gains.'), [['Cindy McCain', 'Catherine Russell']]);
    assert.deepEqual(d('NEW YORK — WFP executive director Cindy McCain said cuts to nutrition programmes risked reversing gains.'), []);
  });

  it('finds a case of an evaluation set only where its article writes it as a whole word', () => {
    const text = 'Henrik von Eckermann won in Aachen. Later Eckerman said the horse was tired.';
    assert.deepEqual(wholeWords(text, 'Eckerman'), [text.indexOf('Eckerman said')]);
    assert.deepEqual(caseOffsets(text, 'Eckerman', 1), [text.indexOf('Eckerman said')]);
    // (n counts the occurrences; in older sets, where the form is written more often, it says which one.)
    const twice = 'Aurora said so. Aurora left. Aurora came back.';
    assert.deepEqual(caseOffsets(twice, 'Aurora', 3), [0, 16, 29]);
    assert.deepEqual(caseOffsets(twice, 'Aurora', 2), [16]);
  });
});
