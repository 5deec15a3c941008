// Correct words the dictionaries lack because they are built by rule (issue 11): derivations
// with a learned suffix ("modelisation", "distributism"), compounds closed with a particle or
// in the plural ("leadup", "playthroughs"), British "-our" derivations ("vapourised"),
// capitalised compounds ("Earthjustice"), technical words no typist's slip explains
// ("deamidation"), words in a passage of another language ("les siens"), and a name joined by a particle ("Arnel dela Vega"). Beside each, real
// typos that must stay flags. Uses the real dictionaries and word lists. (Words under four
// letters, "teh", are never checked: cspell's minWordLength, as Code Spell Checker has it.)
import * as assert from 'node:assert/strict';
import path from 'node:path';
import { mapProse } from '../../src/core/article/analysedArticle';
import { filterIssues } from '../../src/core/spelling/filter';
import { SpellingLexicon } from '../../src/core/spelling/lexicon';
import { SpellingChecker } from '../../src/core/spelling/spellingChecker';
import { britishVariantOf, compoundParts, CspellEngine } from '../../src/node/spelling/cspellEngine';
import { loadSpellingLexicon } from '../../src/node/spelling/lexiconFile';

const root = path.resolve(__dirname, '..', '..', '..');

describe('spelling: words built by rule are no typos; typos beside them stay flags', function () {
  this.timeout(120_000);
  const engine = new CspellEngine(root, { terms: 'first', suggestionsTimeout: 60_000 });
  const checker = new SpellingChecker(engine, { isNameWord: () => false }, loadSpellingLexicon(path.join(root, 'data')));
  let n = 0;
  const flags = async (text: string) => (await checker.check(`${text}\n`, { uri: `file:///derivations-${n++}.md`, readConfig: false })).findings.map((f) => f.text);

  it('takes a learned suffix on a dictionary word for a derivation, and still flags goverment and recieved', async () => {
    assert.deepEqual(await flags('The astronomer said the modelisation of the disc matched what theory expects.'), []);
    assert.deepEqual(await flags('He named his economic view as distributism at the debate.'), []);
    assert.deepEqual(await flags('The second instrument uses coronagraphy to hide the star.'), []);
    assert.deepEqual(await flags('The goverment recieved the modelisation report on Monday.'), ['goverment', 'recieved']);
  });

  it('flags a long word beside another language only as a slip of the keys that keeps its length ("bank of gwrmany"), not a word of that language', async () => {
    const named = new SpellingChecker(engine, { isNameWord: (w) => w === 'Germany' }, loadSpellingLexicon(path.join(root, 'data')));
    const withNames = async (text: string) => (await named.check(`${text}\n`, { uri: `file:///derivations-${n++}.md`, readConfig: false })).findings.map((f) => f.text);
    assert.deepEqual(await withNames('Officials of the kreditanstalt fur wiederaufbau (kfw) bank of gwrmany met.'), ['gwrmany']);
    // (A letter dropped or added is how languages differ, no slip: "germani".)
    assert.deepEqual(await withNames('Officials of the kreditanstalt fur wiederaufbau (kfw) bank of germani met.'), []);
    assert.deepEqual(await flags('The minister said: il governo italiano ha deciso di aumentare le tasse per tutti i cittadini.'), []);
    assert.deepEqual(await flags('The mayor wrote: Paris pleure les siens cet après-midi après cette effroyable attaque survenue.'), []);
    assert.deepEqual(await flags('She said: hay muchos abortos pese a la amenaza penal, the president added.'), []);
  });

  it('takes a compound closed with a particle or written in the plural for a coinage, and still flags accomodation', async () => {
    assert.deepEqual(await flags('In the leadup to this, testers ran playthroughs of the game.'), []);
    assert.deepEqual(await flags('The accomodation in the leadup to the final was poor.'), ['accomodation']);
  });

  it('takes a British -our derivation of a dictionary word for a spelling, not a -ous misspelling or a slip', async () => {
    assert.deepEqual(await flags('The peptide is combined with the matrix, vapourised, and released.'), []);
    assert.deepEqual(await flags('It was a humourous speech.'), ['humourous']);
    assert.deepEqual(await flags('Another favourtie host of recent years may return.'), ['favourtie']);
  });

  it('takes a capitalised compound for a name or a coinage, and still flags a capitalised slip', async () => {
    assert.deepEqual(await flags('Earthjustice lawyer Janette Brimmer said the group would appeal.'), []);
    assert.deepEqual(await flags('Expositionary characters, never asked to carry anything.'), []);
    assert.deepEqual(await flags('Remaning on the team are two rookies.'), ['Remaning']);
  });

  it('clears a technical word that no typist\'s slip of a dictionary word explains, and flags one a slip explains', async () => {
    assert.deepEqual(await flags('The deamidation of the collagen showed it was old.'), []);
    assert.deepEqual(await flags('The deamidation of the collagen was the key, the goverment said of the accomodation.'), ['goverment', 'accomodation']);
  });

  it('joins capitalised words across a name particle into a name, and still flags a slip before a lower-case word', async () => {
    assert.deepEqual(await flags('Arnel dela Vega of the army said the attack was planned.'), []);
    assert.deepEqual(await flags('Arnel said the attack was planned.'), ['Arnel']);
    assert.deepEqual(await flags('Elsewehere de facto rule ended.'), ['Elsewehere']);
  });

  it('flags slips that look like an epithet, dialect, a foreign passage or a compound, and still clears those', async () => {
    // After "U.S." the word is no species epithet; after a lone initial it is.
    assert.deepEqual(await flags('Tokyo will step up purchases of U.S. chpis this year.'), ['chpis']);
    assert.deepEqual(await flags('The coral P. damicornis grows fast.'), []);
    // Nor after an unknown name when it is a slip of a long common word; a species after its genus is no slip.
    assert.deepEqual(await flags('The camp was besieged by Amal miiltia fighters.'), ['miiltia']);
    assert.deepEqual(await flags('Samples of Bacillus subtilis grew.'), []);
    // A genus ends as a Latin noun does; a firm's name does not make the slip after it an epithet.
    assert.deepEqual(await flags('One share for every three Zentrabuild shres was offered.'), ['shres']);
    assert.deepEqual(await flags('The fish Garmanella pulchra was found.'), []);
    // Square brackets split a word only around letters an editor put in; an ellipsis or a comma after it does not.
    assert.deepEqual(await flags('"We had no monney[…] and no help," she said.'), ['monney']);
    assert.deepEqual(await flags('The [I]ncreasingly long con[c]essions ended.'), []);
    assert.deepEqual(await flags('Corals such as Porites cylindrica recovered.'), []);
    // A passage in another language stays in its paragraph: unknown words in the one before make none.
    assert.deepEqual(await flags('Then the sevengill shark (Notorhynchus cepedianus) moved in.\n\nThe sutdy was a joint project.'), ['sutdy']);
    assert.deepEqual(await flags('Ella dijo: "no tenemos dinero para pagar los sueldos".'), []);
    // A five-letter slip of a common word between names is no particle, unless another language has the word.
    assert.deepEqual(await flags('"We made ground," Caloundra coqch Geoff Ingram said.'), ['coqch']);
    assert.deepEqual(await flags('They met at the Palazzetto dello Sport in Rome.'), []);
    // A lone letter before it makes no name with a particle ("S and P"); a word of a name does.
    assert.deepEqual(await flags('Analysts at S and P cied Coastal on Monday.'), ['cied']);
    assert.deepEqual(await flags('Former president Daniel arap Moi spoke.'), []);
    // Nor is a slip of a word of office before a name a particle.
    assert.deepEqual(await flags('Soviet State Planning cihef Nikolai Talyzin told the deputies.'), ['cihef']);
    // A doubled e on a verb ending in e is a slip; a regular past of an irregular verb in speech is dialect.
    assert.deepEqual(await flags('He said he was "very agreeably surpriseed" by the rise.'), ['surpriseed']);
    assert.deepEqual(await flags('"I knowed it all along," he said.'), []);
    // The copy's vowel-less abbreviations do not make a quotation dialect.
    assert.ok((await flags('"We could not abslrb two billion dlrs of cuts," he said.')).includes('abslrb'));
    // A lower-case paragraph of names is no foreign passage for a slip of a long common word.
    assert.deepEqual(await flags('debt will go into private scetor investments, bank president hernan anzola said.\n\nAnzola told the bankers the plan would come in April.'), ['scetor']);
    assert.deepEqual(await flags('Dijo que hay muchos abortos pese a la amenaza.'), []);
    // A month is an ordinary word written capitalised.
    assert.deepEqual(await flags('The branch opened in septebmer 1984.'), ['septebmer']);
    // A split the article does not vouch for both halves of is no coinage; a hyphenated dictionary form is.
    assert.deepEqual(await flags('The share price rose as he moved to enhance shareolder values.'), ['shareolder']);
    assert.deepEqual(await flags('The cofounder of the firm said so.'), []);
    // A letter doubled in a common word is a slip, whatever parts the article vouches for; a key
    // away from one ("wormable", "workable") a coinage still is.
    assert.deepEqual(await flags('He looked over his shouldder and said he should go.'), ['shouldder']);
    assert.deepEqual(await flags('The wormable flaw let a worm spread, able to move.'), []);
    // So is a common word with two neighbouring letters swapped, whatever pieces the article
    // vouches for ("citise": the cit of the city, and -ise).
    assert.deepEqual(await flags('Unrest in various US citise grew as the cit said to organise and realise it.'), ['citise']);
    // A rare short part does not make a coinage of a slip ("wat" + "ship" for "warship").
    assert.deepEqual(await flags('After a U.S. watship was hit, the ship sailed on; the ship was safe.'), ['watship']);
    // Two everyday words written together with a letter doubled ("euro" + "bonds"): a slip the
    // dictionaries have no word near, fixed to the coinage; the coinage itself is none.
    const coinage = await checker.check('A total of 1.1 billion marks of new mark eurobonnds were launched.\n', { uri: 'file:///derivations-coinage.md', readConfig: false });
    assert.deepEqual(coinage.findings.map((f) => [f.text, f.suggestions[0]]), [['eurobonnds', 'eurobonds']]);
    assert.deepEqual(await flags('A total of 1.1 billion marks of new mark eurobonds were launched.'), []);
  });

  it('flags slips in quotes, beside names of firms and of places the article names, and still clears dialect and passages', async () => {
    // Two typos in one quote are no dialect; a dropped g in speech is.
    assert.deepEqual(await flags('"We have met our commitmnets and will rembmer that," he said.'), ['commitmnets', 'rembmer']);
    assert.deepEqual(await flags('"Ah reckon yo daddy wuz gwine fishin," he said.'), []);
    // A firm written in capitals is no Latin function word ("NEC", "nec").
    assert.deepEqual(await flags('The suit says NEC clones infirnges its patents.'), ['infirnges']);
    // A capitalised neighbour (a firm's name) says nothing about the language around a slip.
    assert.deepEqual(await flags('A complaint by the Dutch comany Akzo, whose fibres were banned.'), ['comany']);
    assert.deepEqual(await flags('Sie sagte, dass die Regierung nicht zahlen wird.'), []);
    // A listed misspelling between English words is English, even beside a lower-case foreign name.
    assert.deepEqual(await flags('Talks with representives of the landesbank hessen thueringen girozentrale ended.'), ['representives']);
    assert.deepEqual(await flags('"Es un momento muy difícil para nosotros," dijo el ministro.'), []);
    // A lower-case slip of a place the article names is a typo; a loanword near a name is not.
    assert.deepEqual(await flags('Officials in Jordan met on Monday. He said jofdan would borrow less.'), ['jofdan']);
    // A term alone in quotes is being introduced, unless it is a slip of a name the article writes.
    assert.deepEqual(await flags('Congress renewed the Superfund. Firms pay the "superfnud" tax on chemicals.'), ['superfnud']);
    assert.deepEqual(await flags('Congress renewed the Superfund. Fans call themselves "fursonas" online.'), []);
    // In copy with its capitals lost, a longer slip of a name the checker knows; not of one it does not.
    const knowing = new SpellingChecker(engine, { isNameWord: (w) => w.toLowerCase() === 'ecuador' }, loadSpellingLexicon(path.join(root, 'data')));
    const lost = 'information minister marco lara said ecudaor would pay its debt.\n';
    assert.deepEqual((await knowing.check(lost, { uri: 'file:///derivations-lost.md', readConfig: false })).findings.map((f) => f.text), ['ecudaor']);
    assert.deepEqual(await flags(lost), []);
  });
});

describe('spelling: the parts of a derivation and the British -our form', () => {
  const has = (w: string) => ['model', 'distribute', 'exposition', 'coronagraph', 'microscope', 'play', 'through', 'lead', 'up', 'goof', 'ups', 'vapour', 'vaporised', 'colour', 'colorist', 'humour', 'humorous', 'diction', 'into', 'arrest'].includes(w);

  it('finds a learned suffix, a family ending, a particle and a plural compound', () => {
    assert.deepEqual(compoundParts('modelisation', has), ['model']);
    assert.deepEqual(compoundParts('distributism', has), ['distribute']);
    assert.deepEqual(compoundParts('expositionary', has), ['exposition']);
    assert.deepEqual(compoundParts('coronagraphy', has), ['coronagraph']);
    assert.deepEqual(compoundParts('microscopy', has), ['microscope']);
    assert.deepEqual(compoundParts('leadup', has), ['lead', 'up']);
    assert.deepEqual(compoundParts('goofups', has), ['goof', 'ups']);
    assert.deepEqual(compoundParts('playthroughs', has), ['play', 'through']);
  });

  it('finds no parts in typos (the checker still asks for a typist\'s slip of those it finds)', () => {
    assert.equal(compoundParts('goverment', has), undefined);
    assert.equal(compoundParts('recieved', has), undefined);
    assert.equal(compoundParts('arrestted', has), undefined);
    // A doubled letter before "-ary" is undone ("diction"): "dictionary" is one slip away, so it stays a flag.
    assert.deepEqual(compoundParts('dictionnary', has), ['diction']);
  });

  it('gives the American form of a British -our derivation, never of -ous or of a slip', () => {
    assert.equal(britishVariantOf('vapourised', has), 'vaporised');
    assert.equal(britishVariantOf('Colourist', has), 'colorist');
    assert.equal(britishVariantOf('humourous', has), undefined);
    assert.equal(britishVariantOf('favourtie', has), undefined);
    assert.equal(britishVariantOf('vapourized', has), undefined);
  });
});

describe('spelling: a passage in another language', () => {
  const lexicon = new SpellingLexicon({
    attested: ['siens', 'shools'],
    common: ['schools', 'since', 'the'],
    foreign: { fr: ['pleure', 'effroyable'], es: ['muchos', 'abortos'] },
    function: { fr: ['les', 'cet'], es: ['hay', 'pese'] },
  });
  const kept = (text: string, unknown: string[]) => {
    const issues = [...text.matchAll(/[\p{L}'’]+/gu)].filter((m) => unknown.includes(m[0])).map((m) => ({ offset: m.index!, text: m[0], forbidden: false }));
    return filterIssues(issues, { text, prose: mapProse(text), names: { isNameWord: () => false }, lexicon }).map((i) => i.text);
  };

  // (A word of seven letters or more stays in doubt: the checker flags it only as a slip of the keys.)
  const sure = (text: string, unknown: string[]) => kept(text, unknown).filter((w) => w.length < 7);

  it('takes an English-looking word among unknown words of another language for that language\'s ("les siens")', () => {
    assert.deepEqual(sure('The mayor wrote: Paris pleure les siens cet après-midi après cette effroyable attaque survenue.', ['pleure', 'siens', 'effroyable', 'survenue']), []);
  });

  it('takes a frequent foreign word in a passage of its language for no loanword slip ("hay muchos abortos")', () => {
    assert.deepEqual(sure('She said: hay muchos abortos pese a la amenaza penal, the president added.', ['muchos', 'abortos', 'amenaza']), []);
  });

  it('still flags an attested slip in English copy, and English words do not make a passage of a typo', () => {
    assert.deepEqual(kept('The shools reopened on Monday.', ['shools']), ['shools']);
    // An attested English word does not count as another language's: two typos are no passage.
    assert.deepEqual(kept('The goverment closed shools and the recieved plan.', ['goverment', 'shools', 'recieved']), ['goverment', 'shools', 'recieved']);
  });
});
