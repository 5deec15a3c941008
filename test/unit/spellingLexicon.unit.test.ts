// The spelling check's word lists beyond the dictionaries: a word a larger list attests, or a
// frequent foreign word, is no flag unless it is a typist's slip of a common word; a foreign
// word among words of its language is that language's; a word broken off in speech is no typo.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapProse } from '../../src/core/article/analysedArticle';
import { filterIssues, wordsAround, type DropReason } from '../../src/core/spelling/filter';
import { SpellingLexicon, type SpellingLexiconFile } from '../../src/core/spelling/lexicon';
import { SpellingChecker } from '../../src/core/spelling/spellingChecker';
import type { RawSpellingIssue, SpellingEngine } from '../../src/core/spelling/types';

const small = new SpellingLexicon({
  attested: ['brinksmanship', 'employes', 'heptachlor', 'shools'],
  common: ['employees', 'schools', 'chine', 'the', 'dog', 'throw', 'know'],
  foreign: { fr: ['chien', 'goutte', 'humaine', 'comedie'], it: ['contadini'] },
  function: { fr: ['le', 'une', 'de'], it: ['delle'] },
});

/** Every word of `text` in `unknown` is an issue, as the dictionaries would report it. */
function issuesOf(text: string, unknown: string[]): RawSpellingIssue[] {
  return [...text.matchAll(/[\p{L}'’]+/gu)].filter((m) => unknown.includes(m[0])).map((m) => ({ offset: m.index!, text: m[0], forbidden: false }));
}

function judge(text: string, unknown: string[], lexicon: SpellingLexicon | null = small): { kept: string[]; dropped: string[] } {
  const dropped: string[] = [];
  const kept = filterIssues(issuesOf(text, unknown), { text, prose: mapProse(text), names: { isNameWord: () => false }, lexicon: lexicon ?? undefined }, (i, why: DropReason) => dropped.push(`${i.text} ${why}`));
  return { kept: kept.map((k) => k.text), dropped };
}

describe('spelling: word lists beyond the dictionaries', () => {
  it('takes a word a larger list attests for a real word when no common word is one slip away', () => {
    assert.equal(small.vouchFor('brinksmanship', []), 'attested');
    assert.equal(small.vouchFor('heptachlor', []), 'attested');
  });

  it('still flags an attested word that is a typist\'s slip of a common word', () => {
    assert.equal(small.slipOfCommon('shools'), 'schools');
    assert.equal(small.vouchFor('shools', []), undefined);
    assert.equal(small.vouchFor('employes', []), undefined);
  });

  it('takes a short attested word for a slip of any common word one edit away', () => {
    const l = new SpellingLexicon({ attested: ['hault', 'haulty'], common: ['halt', 'haughty'], foreign: {}, function: {} });
    assert.equal(l.vouchFor('hault', []), undefined);
    assert.equal(l.vouchFor('haulty', []), 'attested', 'six letters: "haughty" is no typist\'s slip away');
  });

  it('does not vouch for a word no list holds', () => {
    assert.equal(small.vouchFor('transfered', []), undefined);
  });

  it('takes a frequent foreign word alone for a loanword (the checker still asks the dictionary) unless it is a slip of a common English word', () => {
    assert.equal(small.vouchFor('contadini', []), 'loanword');
    assert.equal(small.vouchFor('chien', []), undefined, '"chien" is one swap from "chine"');
  });

  it('takes a foreign word among words of its language for that language, whatever English word it resembles', () => {
    assert.equal(small.vouchFor('chien', ['meaning', 'of', 'le']), 'foreign-word');
    assert.equal(small.vouchFor('goutte', ['Pas', 'une', 'de', 'sang']), 'foreign-word');
    assert.equal(small.vouchFor('comedie', ['Bates', 'humaine']), 'foreign-word');
    assert.equal(small.vouchFor('chien', ['the', 'dog']), undefined);
  });

  it('takes any word between two words of another language for that language', () => {
    assert.equal(small.vouchFor('siens', ['pleure', 'le', 'une', 'sang']), 'foreign-word');
    assert.equal(small.vouchFor('siens', ['the', 'le', 'dog']), undefined, 'one word of the language is not enough for a word it lacks');
  });

  it('takes a common misspelling among words of another language for that language', () => {
    const text = 'Il a dit: une momento de silence.';
    const at = text.indexOf('momento');
    const issue: RawSpellingIssue = { offset: at, text: 'momento', forbidden: true, preferred: ['memento'] };
    const dropped: string[] = [];
    const kept = filterIssues([issue], { text, prose: mapProse(text), names: { isNameWord: () => false }, lexicon: small }, (_i, why) => dropped.push(why));
    assert.deepEqual(kept, []);
    assert.deepEqual(dropped, ['foreign-passage']);
    const english = 'It was a momento of the war.';
    assert.equal(filterIssues([{ ...issue, offset: english.indexOf('momento') }], { text: english, prose: mapProse(english), names: { isNameWord: () => false }, lexicon: small }).length, 1);
  });

  it('folds accents and drops a possessive', () => {
    assert.deepEqual(small.languagesOf('Comédie'), ['fr']);
    assert.equal(small.isAttested("heptachlor's"), true);
  });

  it('reads the words around a word within its sentence', () => {
    const t = 'It was said. The meaning of le chien and le chat; nothing more';
    const at = t.indexOf('chien');
    assert.deepEqual(wordsAround(t, at, at + 5), ['of', 'le', 'and', 'le']);
    const d = t.indexOf('said');
    assert.deepEqual(wordsAround(t, d, d + 4), ['It', 'was']);
  });

  describe('in the filter', () => {
    it('drops attested and foreign words and keeps typos beside them', () => {
      const r = judge('The whole of the old estate was transfered, field by field and house by house. Years later the brinksmanship of le chien was over, and the land went to the contadini.', ['brinksmanship', 'chien', 'transfered', 'contadini']);
      assert.deepEqual(r.kept, ['transfered', 'contadini']);
      assert.deepEqual(r.dropped, ['brinksmanship attested', 'chien foreign-word']);
    });

    it('keeps a slip of a common word however well attested', () => {
      assert.deepEqual(judge('The shools are open.', ['shools']).kept, ['shools']);
    });

    it('without the lexicon, judges by the dictionaries alone', () => {
      assert.deepEqual(judge('The brinksmanship was over.', ['brinksmanship'], null).kept, ['brinksmanship']);
    });

    it('does not flag a word broken off in transcribed speech, but flags a typo before a plain hyphen', () => {
      const r = judge('We will not seek esca-—ecala-—excuse me—escalation, nor a tranfer-based fix.', ['esca', 'ecala', 'tranfer']);
      assert.deepEqual(r.kept, ['tranfer']);
      assert.deepEqual(r.dropped, ['esca cut-off', 'ecala cut-off']);
    });
  });

  describe('species', () => {
    it('does not flag a Latin epithet after a genus, even a genus the dictionaries know', () => {
      assert.deepEqual(judge('The feed holds extracts of Bacillus subtilis and other moulds.', ['subtilis']).dropped, ['subtilis scientific-name']);
      assert.deepEqual(judge('Light came from the organism Noctiluca miliaris at night.', ['miliaris']).kept, []);
    });

    it('flags a slip of a common word after a capitalised word, and a word after a sentence start', () => {
      const l = new SpellingLexicon({ attested: [], common: ['analysis'], foreign: {}, function: {} });
      assert.deepEqual(judge('The team in Georgia analyis of the vote was late.', ['analyis'], l).kept, ['analyis']);
      assert.deepEqual(judge('It was over. Bacillus subtilis grows.', ['subtilis'], null).kept, ['subtilis'], 'no lexicon, no rule');
    });
  });

  describe('speech written as it sounds', () => {
    it('does not flag the regular past of a common verb or a lost syllable in a quotation or beside dropped g\'s', () => {
      assert.deepEqual(judge('He said: “They knowed it all along.”', ['knowed']).kept, []);
      assert.deepEqual(judge("The cowboy was seizin' its tail, and this throwed the animal off balance.", ['throwed']).kept, []);
      assert.deepEqual(judge('“His rep\'tation was good,” she said.', ["rep'tation"]).kept, []);
    });

    it('flags the same words in plain narration, and other typos in quotations', () => {
      assert.deepEqual(judge('The animal was throwed off balance.', ['throwed']).kept, ['throwed']);
      assert.deepEqual(judge('He said: “The shools are open.”', ['shools']).kept, ['shools']);
    });
  });

  describe('the shipped lists (data/generated/spelling-lexicon.json)', () => {
    const lexicon = new SpellingLexicon(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'generated', 'spelling-lexicon.json'), 'utf8')) as SpellingLexiconFile);

    it('vouches for rare and technical words and loanwords', () => {
      for (const w of ['heptachlor', 'tuxedoed', 'crimination', 'insourcing']) assert.equal(lexicon.vouchFor(w, []), 'attested', w);
      assert.equal(lexicon.vouchFor('chien', ['le']), 'foreign-word');
    });

    it('still flags slips of common words and common misspellings the big lists hold', () => {
      for (const w of ['shools', 'soring', 'tink', 'flota', 'eevnings', 'employes', 'programing', 'stong', 'fouth']) assert.equal(lexicon.vouchFor(w, []), undefined, w);
    });
  });
});

/** One unknown word (a compound of "power" and "plant" when `compound`); its one-edit neighbours are `neighbours`, its suggestions `suggestions`. */
const engineWith = (word: string, neighbours: string[], compound = true, suggestions: string[] = []): SpellingEngine => ({
  check: async (r) => ({ issues: [{ offset: r.text.indexOf(word), text: word, forbidden: false, ...(compound ? { compound: true, parts: ['power', 'plant'] } : {}) }] }),
  suggest: async (_u, ws) => ws.map(() => suggestions),
  neighbours: async (_u, ws) => ws.map(() => ({ neighbours })),
});

describe('spelling: a loanword on its own', () => {
  const check = async (word: string, neighbours: string[], suggestions: string[] = []) =>
    (await new SpellingChecker(engineWith(word, neighbours, false, suggestions), { isNameWord: () => false }, small).check(`A study of the ${word} was published.`, { uri: 'file:///l.md' })).findings.map((f) => f.text);

  it('is no flag when no dictionary word is one edit away, whatever two edits find', async () => {
    assert.deepEqual(await check('contadini', [], ['contain']), []);
  });

  it('is a flag when a dictionary word is one edit away', async () => {
    assert.deepEqual(await check('contadini', ['contadino']), ['contadini']);
  });

  it('without the lexicon, two edits still decide', async () => {
    const flags = (await new SpellingChecker(engineWith('contadini', [], false, ['contain']), { isNameWord: () => false }).check('A study of the contadini was published.', { uri: 'file:///l.md' })).findings.map((f) => f.text);
    assert.deepEqual(flags, ['contadini']);
  });
});

describe('spelling: a compound the dictionary has only in the plural', () => {
  const check = async (word: string, neighbour: string) =>
    (await new SpellingChecker(engineWith(word, [neighbour]), { isNameWord: () => false }).check(`The ${word} was built last year.`, { uri: 'file:///p.md' })).findings.map((f) => f.text);

  it('does not take its own plural for the word it slipped from', async () => {
    assert.deepEqual(await check('powerplant', 'powerplants'), []);
  });

  it('still flags a compound-looking word one slip from another word', async () => {
    assert.deepEqual(await check('powerplamt', 'powerplant'), ['powerplamt']);
  });
});

describe('spelling: Latin, old documents and technical terms (issue 11)', () => {
  const lexicon = new SpellingLexicon({
    attested: [],
    common: ['sword', 'drawn', 'fear', 'enemy', 'liberty', 'run', 'turn', 'know', 'unto', 'have', 'love', 'house', 'public'],
    foreign: {},
    function: {},
    latin: ['sunt', 'atque', 'quae'],
  });
  const j = (text: string, unknown: string[]) => judge(text, unknown, lexicon);

  describe('a Latin phrase in an English sentence', () => {
    it('does not flag Latin words beside a Latin function word', () => {
      const r = j('The court held that pacta sunt servanda applies to the deal.', ['pacta', 'servanda']);
      assert.deepEqual(r.kept, []);
      assert.deepEqual(r.dropped, ['pacta latin', 'servanda latin']);
    });

    it('does not flag two unknown Latin-looking words side by side or one word apart', () => {
      assert.deepEqual(j('She whispered noli me tangere to the crowd.', ['noli', 'tangere']).dropped, ['noli latin', 'tangere latin']);
      assert.deepEqual(j('He strained the transversus abdominis in training.', ['transversus', 'abdominis']).kept, []);
    });

    it('still flags unknown words in a list, a lone typo with a Latin ending, and a pair when one is a slip of a common word', () => {
      assert.deepEqual(j('It was mixed with the sedative etizolam, or benzos, the police said.', ['etizolam', 'benzos']).kept, ['etizolam', 'benzos']);
      assert.deepEqual(j('The comittee met on Tuesday.', ['comittee']).kept, ['comittee']);
      assert.deepEqual(j('The hoise musica played all night.', ['hoise', 'musica']).kept, ['hoise', 'musica']);
    });
  });

  describe('old spellings in a quotation of an old document', () => {
    it('finds the everyday word an old spelling is of', () => {
      assert.deepEqual(
        ['sworde', 'feare', 'libertie', 'vnto', 'haue', 'loue', 'runneth', 'knowest', 'publick', 'house'].map((w) => lexicon.modernFormOf(w)),
        ['sword', 'fear', 'liberty', 'unto', 'have', 'love', 'run', 'know', 'public', undefined],
      );
    });

    it('does not flag old spellings in a quotation attributed to a year before 1800', () => {
      const text = 'In 1598 the mayor wrote to the council: “we have taken up the sworde against them, and we shall not lay it down until the town is at peace and without feare of them.”';
      const r = j(text, ['sworde', 'feare']);
      assert.deepEqual(r.kept, []);
      assert.deepEqual(r.dropped, ['sworde old-spelling', 'feare old-spelling']);
    });

    it('does not flag old spellings in a passage with Early Modern English in it, nor a verb\'s -eth in any quotation', () => {
      assert.deepEqual(j('The charter reads: thou shalt haue thy libertie.', ['haue', 'libertie']).kept, []);
      assert.deepEqual(j('He knew that “a soft word turneth away wrath,” and smiled.', ['turneth']).kept, []);
    });

    it('flags the same words in modern copy, in a quotation of a recent year, and a typo that is no old spelling', () => {
      assert.deepEqual(j('The sworde was drawn at the parade.', ['sworde']).kept, ['sworde']);
      assert.deepEqual(j('The crowd did not feare the rain, the mayor said.', ['feare']).kept, ['feare']);
      assert.deepEqual(j('In 1998 the mayor wrote to the council: “we have taken up the sworde against them.”', ['sworde']).kept, ['sworde']);
      assert.deepEqual(j('In 1598 the mayor wrote: “the goverment is weak.”', ['goverment']).kept, ['goverment']);
      // An -eth that a typist's slip of an everyday word explains is that slip ("woe" is no verb).
      assert.deepEqual(j('“Its other assets would not be woeth anything,” he added.', ['woeth']).kept, ['woeth']);
    });
  });

  describe('a word a technical dictionary holds', () => {
    const engine = (word: string, neighbours: string[], technical: boolean): SpellingEngine => ({
      check: async (r) => ({ issues: [{ offset: r.text.indexOf(word), text: word, forbidden: false, ...(technical ? { technical } : {}) }] }),
      suggest: async (_u, ws) => ws.map(() => neighbours),
      neighbours: async (_u, ws) => ws.map(() => ({ neighbours })),
    });
    const check = async (word: string, neighbours: string[], technical = true) =>
      (await new SpellingChecker(engine(word, neighbours, technical), { isNameWord: () => false }, lexicon).check(`Corals take up ${word} from the water.`, { uri: 'file:///t.md' })).findings.map((f) => f.text);

    it('is no flag when no dictionary word is one edit away', async () => {
      assert.deepEqual(await check('allelochemicals', []), []);
    });

    it('is a flag when a dictionary word is one edit away, and without the technical dictionary', async () => {
      assert.deepEqual(await check('methanoegns', ['methanogens']), ['methanoegns']);
      assert.deepEqual(await check('allelochemicals', ['allelochemical'], false), ['allelochemicals']);
    });
  });
});
