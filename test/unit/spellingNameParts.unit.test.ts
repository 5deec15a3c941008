// Pieces of names the dictionaries cannot judge: a particle between a name's words, a romanised
// syllable hyphen-joined to a name's word, an elided French or Italian article before a name, a
// capitalised word that splits only into a name and a word. Beside each, a typo of the same shape.
import * as assert from 'node:assert/strict';
import { mapProse } from '../../src/core/article/analysedArticle';
import { filterIssues } from '../../src/core/spelling/filter';
import { SpellingLexicon } from '../../src/core/spelling/lexicon';
import { nearWord } from '../../src/core/spelling/spellingChecker';

/** The filter's verdict on `words` of `text`: the reason each is dropped, or 'kept'. */
function verdicts(text: string, words: string[]): string[] {
  const why = new Map<string, string>();
  const issues = words.map((w) => ({ offset: text.indexOf(w), text: w, forbidden: false }));
  const kept = filterIssues(issues, { text, prose: mapProse(text), names: { isNameWord: () => false } }, (i, w) => why.set(i.text, w));
  return words.map((w) => (kept.some((k) => k.text === w) ? 'kept' : (why.get(w) ?? 'none')));
}

describe('spelling: pieces of names', () => {
  it('does not flag a particle between two words of a name ("Daniel arap Moi", "Palazzetto dello Sport")', () => {
    assert.deepEqual(verdicts('In 1982, under President Daniel arap Moi, he left.\n', ['arap']), ['name-phrase']);
    assert.deepEqual(verdicts('They won at the Palazzetto dello Sport on Sunday.\n', ['dello']), ['name-phrase']);
  });

  it('flags a slip of a function word between capitalised words, and a word after a sentence-opening capital', () => {
    assert.deepEqual(verdicts('He joined the Bank fo England last year.\n', ['fo']), ['kept']);
    assert.deepEqual(verdicts('Officials met. The dello Sport said so.\n', ['dello']), ['kept']);
    assert.deepEqual(verdicts('They met in Paris adn Berlin last year.\n', ['adn']), ['kept']);
  });

  it('does not flag a romanised syllable hyphen-joined to a word of a name ("Kung Ming-hsin", "Jeong Eun-kyeong")', () => {
    assert.deepEqual(verdicts("Taiwan's economy minister Kung Ming-hsin said it.\n", ['hsin']), ['name-phrase']);
    assert.deepEqual(verdicts('Health minister Jeong Eun-kyeong led the agency.\n', ['kyeong']), ['name-phrase']);
  });

  it('flags a slip of an English word hyphen-joined to a name, and a syllable joined to a lone capital', () => {
    assert.deepEqual(verdicts('A New York-basde firm bought it.\n', ['basde']), ['kept']);
    assert.deepEqual(verdicts('It was a Kremlin-bakced plan.\n', ['bakced']), ['kept']);
    assert.deepEqual(verdicts('Officials said. Ming-hsin was there.\n', ['hsin']), ['kept']);
  });

  it('does not flag a name after an elided French or Italian article ("l\'Adour", "d\'Annunzio")', () => {
    assert.deepEqual(verdicts("Students of the Université de Pau et des Pays de l'Adour sang.\n", ["l'Adour"]), ['name-phrase']);
    assert.deepEqual(verdicts("A poem by Gabriele d'Annunzio was read.\n", ["d'Annunzio"]), ['name-phrase']);
  });

  it('flags an elided form that is not before a name', () => {
    assert.deepEqual(verdicts("He said l'adour was fine.\n", ["l'adour"]), ['kept']);
  });

  it('takes a word whose split opens with a name (the engine gives each part its dictionary case) for a name, not a slip', () => {
    assert.equal(nearWord('Aschbacher', ['Asch bached']), false);
    assert.equal(nearWord('Arianespace', ['Arian space']), false);
  });

  it('still takes a capitalised run-together of two ordinary words one slip away for a slip', () => {
    assert.equal(nearWord('Clunteroffers', ['clunker offers']), true);
    assert.equal(nearWord('clunteroffers', ['clunker offers']), true);
    // A split that opens with an ordinary word still counts ("Guttormson" beside "Guttormsen").
    assert.equal(nearWord('Guttormson', ['gut Tomson']), true);
  });
});

describe('spelling: combining forms before a hyphen', () => {
  const lexicon = new SpellingLexicon({
    attested: [],
    common: ['astronaut', 'astronomy', 'astrology', 'gigabyte', 'gigantic', 'gigawatt', 'multiple', 'multitude', 'multimedia', 'program', 'promise', 'proof', 'projects', 'tourism', 'year', 'three', 'threat', 'thread'],
    foreign: {},
    function: {},
  });
  function kept(text: string, word: string): boolean {
    const issues = [{ offset: text.indexOf(word), text: word, forbidden: false }];
    return filterIssues(issues, { text, prose: mapProse(text), names: { isNameWord: () => false }, lexicon }).length === 1;
  }

  it('does not flag a piece ending in o or a that begins everyday words ("astro-tourism", "giga-projects")', () => {
    assert.equal(kept('The region is known for astro-tourism now.\n', 'astro'), false);
    assert.equal(kept('The fund reviews its giga-projects now.\n', 'giga'), false);
  });

  it('flags slips before a hyphen: no everyday word begins so, another ending, a doubled last letter', () => {
    assert.equal(kept('It was a mutli-year deal.\n', 'mutli'), true);
    assert.equal(kept('It was a thre-day visit.\n', 'thre'), true);
    assert.equal(kept('A proo-government rally.\n', 'proo'), true);
    assert.equal(kept('The astro tourism grew.\n', 'astro'), true);
  });
});

describe('spelling: a name the article uses, extended', () => {
  it('does not flag a capitalised word that is a name the article uses with more after it ("Arianespace" beside "Ariane 6")', () => {
    assert.deepEqual(verdicts('The first Ariane 6 flew. Arianespace said the next flight is in April.\n', ['Arianespace']), ['article-name']);
  });

  it('flags it when the article uses that name only to open sentences, or adds only a letter or two', () => {
    assert.deepEqual(verdicts('Ariane flew. Arianespace said so.\n', ['Arianespace']), ['kept']);
    assert.deepEqual(verdicts('The first Ariane 6 flew. Arianex said so.\n', ['Arianex']), ['kept']);
  });
});
