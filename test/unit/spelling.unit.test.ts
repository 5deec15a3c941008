// The name-aware spelling check: what is flagged (typos in prose, with
// suggestions in the writer's case) and what is not (names the checker knows,
// names the article itself establishes, spans a name check already flags,
// code, links and front-matter keys). The dictionary is a small fake behind the
// SpellingEngine interface, so each rule is pinned without cspell's data.
import * as assert from 'node:assert/strict';
import { mapProse } from '../../src/core/article/analysedArticle';
import { casedSuggestions, matchSuggestionCase } from '../../src/core/spelling/casing';
import { filterIssues } from '../../src/core/spelling/filter';
import { nameVocabulary } from '../../src/core/spelling/names';
import { spellingText } from '../../src/core/spelling/prose';
import { oneEditNeighbours } from '../../src/core/spelling/neighbours';
import { hyphenJoined } from '../../src/core/spelling/joins';
import { isTypingSlip, nearWord, SpellingChecker } from '../../src/core/spelling/spellingChecker';
import { keysTouch } from '../../src/core/text/keyboard';
import { SPELLING_CODE, type RawSpellingIssue, type SpellingEngine, type SpellingRequest } from '../../src/core/spelling/types';
import { miniChecker } from './helpers/miniKnowledge';

const KNOWN = new Set(
  'the a an and of to in on at for was were is it said say says that this with by from as be has had have he she they we government received officials minister met talks visit visited city paris news report reported week today on people article word words code link here text summary title more'.split(' '),
);
/** Common misspellings with their fixes, as cspell's list has them. */
const MISSPELT: Record<string, string> = { goverment: 'government', recieved: 'received' };
const SUGGEST: Record<string, string[]> = { minster: ['minister', 'monster'], offcials: ['officials'], vistied: ['visited'], raported: ['reported'] };

/** A fake dictionary: every word not in KNOWN is an issue (offsets into the text it is given). */
class FakeEngine implements SpellingEngine {
  requests: SpellingRequest[] = [];
  suggestCalls = 0;
  async check(request: SpellingRequest) {
    this.requests.push(request);
    const issues: RawSpellingIssue[] = [];
    for (const m of request.text.matchAll(/[\p{L}'’]+/gu)) {
      const w = m[0].replace(/['’]s$/, '');
      if (w.length < 3 || KNOWN.has(w.toLowerCase())) continue;
      const fix = MISSPELT[w.toLowerCase()];
      issues.push({ offset: m.index!, text: w, forbidden: !!fix, ...(fix ? { preferred: [fix] } : {}) });
    }
    return { issues };
  }
  async suggest(_uri: string, words: string[]) {
    this.suggestCalls++;
    return words.map((w) => SUGGEST[w] ?? []);
  }
  neighbourCalls = 0;
  async neighbours(_uri: string, words: string[]) {
    this.neighbourCalls++;
    return words.map((w) => oneEditNeighbours(w, (c) => (KNOWN.has(c) ? c : undefined)));
  }
}

const names = miniChecker();
function setup() {
  const engine = new FakeEngine();
  return { engine, checker: new SpellingChecker(engine, nameVocabulary(names.registry)) };
}
async function flagged(text: string, opts: { withNames?: boolean; ignore?: string[] } = {}): Promise<string[]> {
  const { checker } = setup();
  const r = await checker.check(text, { uri: 'file:///a.md', flagged: opts.withNames === false ? [] : names.check(text), ignore: new Set(opts.ignore ?? []) });
  return r.findings.map((f) => f.text);
}

describe('spelling', () => {
  describe('flags typos in prose', () => {
    it('flags a misspelt ordinary word with its suggestions, best first', async () => {
      const { checker } = setup();
      const r = await checker.check('The minster met officials.\n', { uri: 'file:///a.md' });
      assert.equal(r.findings.length, 1);
      const f = r.findings[0];
      assert.deepEqual([f.text, f.code, f.start, f.end], ['minster', SPELLING_CODE, 4, 11]);
      assert.deepEqual(f.suggestions, ['minister', 'monster']);
    });

    it('flags a common misspelling even when capitalised at the start of a sentence, with its known fix', async () => {
      const { checker } = setup();
      const r = await checker.check('Goverment officials said it.\n', { uri: 'file:///a.md' });
      assert.deepEqual(
        r.findings.map((f) => [f.text, f.suggestions[0]]),
        [['Goverment', 'Government']],
      );
      assert.match(r.findings[0].message, /common misspelling/);
    });

    it('checks the prose values of the front matter but not its keys', async () => {
      assert.deepEqual(await flagged('---\ntitle: Officials vistied Paris\nsluggo: whatever\n---\nText here.\n'), ['vistied']);
    });

    it('never checks code, link targets, URLs or shortcodes', async () => {
      const text = 'The `minstr` code and [a link](https://exampel.com/minstr) and https://exampel.org/offcials and {{< shorcode >}} here.\n\n```\nraported\n```\n';
      assert.deepEqual(await flagged(text), []);
    });

    it('asks the dictionaries for suggestions once per word, and again only for new words', async () => {
      const { engine, checker } = setup();
      await checker.check('The minster met officials.\n', { uri: 'file:///a.md' });
      await checker.check('The minster met officials today.\n', { uri: 'file:///a.md' });
      assert.equal(engine.suggestCalls, 1);
      await checker.check('The minster met offcials today.\n', { uri: 'file:///a.md' });
      assert.equal(engine.suggestCalls, 2);
    });
  });

  describe('suggestions off the diagnostics path', () => {
    it('finds the dictionary words one slip away: a letter dropped, added, changed or two swapped, and a hyphenated form', () => {
      const dict = new Set(['minister', 'visited', 'report', 'reports', 'co-founder']);
      const lookup = (c: string) => (dict.has(c) ? c : undefined);
      assert.deepEqual(oneEditNeighbours('minster', lookup).neighbours, ['minister']);
      assert.deepEqual(oneEditNeighbours('vistied', lookup).neighbours, ['visited']);
      assert.deepEqual(oneEditNeighbours('reportx', lookup).neighbours.sort(), ['report', 'reports']);
      assert.deepEqual(oneEditNeighbours('reportts', lookup).neighbours, ['reports']);
      assert.deepEqual(oneEditNeighbours('Cofounder', lookup), { neighbours: [], hyphenated: 'co-founder' });
      assert.deepEqual(oneEditNeighbours('zzzzzz', lookup), { neighbours: [] });
    });

    it('tells a typist’s slip from a different word: dropped, doubled, swapped or neighbouring keys', () => {
      assert.equal(isTypingSlip('discusseed', 'discussed'), true);
      assert.equal(isTypingSlip('repored', 'reported'), true);
      assert.equal(isTypingSlip('fromer', 'former'), true);
      assert.equal(isTypingSlip('minsyer', 'minster'), true);
      assert.equal(isTypingSlip('megadata', 'metadata'), true);
      assert.equal(isTypingSlip('postgame', 'postname'), false);
      assert.equal(isTypingSlip('ridgeline', 'ridgeling'), false);
      assert.equal(isTypingSlip('tapings', 'takings'), false);
      assert.equal(keysTouch('g', 't'), true);
      assert.equal(keysTouch('g', 'n'), false);
    });

    it('flags a capitalised word only when a typist’s slip of an ordinary word explains it', async () => {
      // "Vistied": two letters swapped (visited). "Vosoted": keys far from "visited"'s, two changes: a name.
      assert.deepEqual(await flagged('Vistied officials said it.\n'), ['Vistied']);
      const { checker } = setup();
      const r = await checker.check('Offixials said it. Ofzicials said it.\n', { uri: 'file:///a.md' });
      // c→x touch on the keyboard; c→z do not.
      assert.deepEqual(r.findings.map((f) => f.text), ['Offixials']);
    });

    it('with lazy suggestions, flags a slip without asking for suggestions, and fills them in later, best first', async () => {
      const { engine, checker } = setup();
      const r = await checker.check('The minster met officials.\n', { uri: 'file:///a.md', suggestions: 'lazy' });
      assert.equal(engine.suggestCalls, 0);
      assert.deepEqual(
        r.findings.map((f) => [f.text, f.pending, f.suggestions]),
        [['minster', true, []]],
      );
      assert.doesNotMatch(r.findings[0].message, /did you mean/);
      const done = await checker.complete('file:///a.md', r.findings);
      assert.equal(engine.suggestCalls, 1);
      assert.deepEqual(
        done.map((f) => [f.text, f.pending, f.suggestions]),
        [['minster', undefined, ['minister', 'monster']]],
      );
      assert.match(done[0].message, /did you mean “minister”/);
      // Known now: the next check has them at once.
      const again = await checker.check('The minster met officials today.\n', { uri: 'file:///a.md', suggestions: 'lazy' });
      assert.deepEqual(again.findings[0].suggestions, ['minister', 'monster']);
      assert.equal(engine.suggestCalls, 1);
    });

    it('with lazy suggestions, a known misspelling comes with its fix at once', async () => {
      const { engine, checker } = setup();
      const r = await checker.check('The goverment met officials.\n', { uri: 'file:///a.md', suggestions: 'lazy' });
      assert.deepEqual(r.findings.map((f) => [f.text, f.pending, f.suggestions[0]]), [['goverment', undefined, 'government']]);
      assert.equal(engine.suggestCalls, 0);
    });

    it('asks for suggestions to judge only a word no dictionary word is one slip from', async () => {
      const { engine, checker } = setup();
      // "raported" is one slip from "reported": judged from its neighbours.
      await checker.check('Officials raported it.\n', { uri: 'file:///a.md', suggestions: 'lazy' });
      assert.equal(engine.suggestCalls, 0);
      // "qqxxqq" is one slip from nothing: two edits may still count, so suggestions decide.
      const r = await checker.check('Officials qqxxqq it.\n', { uri: 'file:///a.md', suggestions: 'lazy' });
      assert.equal(engine.suggestCalls, 1);
      assert.deepEqual(r.findings, []);
    });
  });

  describe('names are not typos', () => {
    it('does not flag a word of a name the knowledge base knows', async () => {
      assert.deepEqual(await flagged('Officials said Scholz met Zelenskyy and Lavrov in Kazakhstan.\n'), []);
    });

    it('does not flag a name accepted in the house list', async () => {
      const house = miniChecker({ accept: ['Brenza Latin'], preferred: [], entities: [] });
      const { engine } = setup();
      const checker = new SpellingChecker(engine, nameVocabulary(house.registry));
      const r = await checker.check('Officials met Brenza in Paris.\n', { uri: 'file:///a.md' });
      assert.deepEqual(r.findings, []);
    });

    it('does not flag a capitalised word the article uses as a name mid-sentence and never in lower case', async () => {
      assert.deepEqual(await flagged('Officials visited Magnitogorsk. Magnitogorsk said more.\n'), []);
    });

    it('does not flag the words of a run of capitals (a name phrase)', async () => {
      assert.deepEqual(await flagged('The report said Nikolai Patrushev met officials.\n'), []);
    });

    it('counts the followers of a known person, named by a suffix, as a name', () => {
      const t = 'Officials met. Merkelites agreed. Zorbites agreed.\n';
      const why: string[] = [];
      const issues = ['Merkelites', 'Zorbites'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
      const kept = filterIssues(issues, { text: t, prose: mapProse(t), names: nameVocabulary(names.registry) }, (i, w) => why.push(`${i.text} ${w}`));
      assert.deepEqual(why, ['Merkelites known-name']);
      assert.deepEqual(kept.map((i) => i.text), ['Zorbites']);
    });

    it('does flag a capitalised slip of an ordinary word at the start of a sentence', async () => {
      assert.deepEqual(await flagged('Vistied officials said it.\n'), ['Vistied']);
    });

    it('does not flag an unknown word the article repeats (its own vocabulary), unless it is a known misspelling', async () => {
      assert.deepEqual(await flagged('The muscimol was here. The muscimol said the goverment recieved it. The goverment said.\n'), ['goverment', 'recieved', 'goverment']);
    });

    it('does not flag a span a name check already flags: one diagnostic per span', async () => {
      const text = 'Olaf Sholz met officials.\n';
      assert.equal(names.check(text)[0]?.text, 'Sholz');
      assert.deepEqual(await flagged(text), []);
    });

    it('does not flag the lower-case spelling of a name the article uses, nor handles and addresses', async () => {
      assert.deepEqual(await flagged('Officials met at Zorbnode. The Zorbnode people said the zorbnode meeting was here.\n'), []);
      assert.deepEqual(await flagged('Officials said @minstr and raven_minstr and www.minstr.com said it.\n'), []);
    });

    it('leaves words ignored in this file alone', async () => {
      assert.deepEqual(await flagged('The minster met officials.\n', { ignore: ['minster'] }), []);
    });
  });

  describe('the filter on its own', () => {
    const text = 'The minster met officials of the CNBC and YouTube in Paris.\n';
    const prose = mapProse(text);
    const issue = (word: string, extra: Partial<RawSpellingIssue> = {}): RawSpellingIssue => ({ offset: text.indexOf(word), text: word, forbidden: false, ...extra });
    const vocabulary = { isNameWord: () => false };

    it('keeps lower-case unknown words and drops acronyms and inner capitals', () => {
      const kept = filterIssues([issue('minster'), issue('CNBC'), issue('Tube')], { text, prose, names: vocabulary });
      assert.deepEqual(
        kept.map((i) => i.text),
        ['minster'],
      );
    });

    it('drops a lower-case word a name check flags, and says why', () => {
      const why: string[] = [];
      filterIssues([issue('minster')], { text, prose, names: vocabulary, flagged: [{ start: 4, end: 11 }] }, (_i, w) => why.push(w));
      assert.deepEqual(why, ['name-flag']);
    });

    it('doubts words written together from dictionary words, but never a known misspelling', () => {
      const kept = filterIssues([issue('minster', { compound: true }), issue('officials', { forbidden: true, compound: true })], { text, prose, names: vocabulary });
      assert.deepEqual(
        kept.map((i) => [i.text, i.doubt]),
        [
          ['minster', 'compound'],
          ['officials', undefined],
        ],
      );
    });

    it('doubts a word made of dictionary words, and lets the article vouch only against slips of its own words', () => {
      const t = 'The team met at midcourt after the game. Officials said the minster was at the court.\n';
      const p = mapProse(t);
      const at = (w: string, extra: Partial<RawSpellingIssue>) => ({ offset: t.indexOf(w), text: w, forbidden: false, ...extra });
      const why: string[] = [];
      const kept = filterIssues([at('midcourt', { compound: true, parts: ['mid', 'court'] }), at('minster', { compound: true, parts: ['mins', 'ter'] })], { text: t, prose: p, names: vocabulary }, (i, w) => why.push(`${i.text} ${w}`));
      assert.deepEqual(why, []);
      assert.deepEqual(kept.map((i) => [i.text, i.doubt, !!i.articleUses]), [
        ['midcourt', 'compound', true],
        ['minster', 'compound', false],
      ]);
      // The article uses "game", not "midcourt" itself: only a slip of "game" would make it a typo.
      assert.equal(kept[0].articleUses!('game'), true);
      assert.equal(kept[0].articleUses!('midcourt'), false);
    });

    it('drops a piece of a hyphenated dictionary word, and a g dropped with an apostrophe', () => {
      const pad = 'the officials said that the report was here today with more news about the city';
      const t = `He got his come-uppance, ${pad}. They were countin’ the votes, ${pad}, and runnin the show.\n`;
      const at = (w: string, extra: Partial<RawSpellingIssue> = {}) => ({ offset: t.indexOf(w), text: w, forbidden: false, ...extra });
      const why: string[] = [];
      const kept = filterIssues([at('uppance', { joined: 'comeuppance' }), at('countin'), at('runnin')], { text: t, prose: mapProse(t), names: vocabulary }, (i, w) => why.push(`${i.text} ${w}`));
      assert.deepEqual(why, ['uppance compound', 'countin elision']);
      // Without the apostrophe it is a typo like any other.
      assert.deepEqual(kept.map((i) => i.text), ['runnin']);
    });

    it('drops unknown words clustered in a quotation thick with them, not typos in an ordinary quote', () => {
      const pad = 'the officials said that the report was here today with more news about the city and its people';
      const t = `A soldier wrote: “thicker than lise on a hen and a dam site ornraier”. The minister said: “${pad}, and the goverment recieved a lettter about the budgett of ${pad}”. She said: “the minstr met them”.\n`;
      const issues = ['lise', 'ornraier', 'lettter', 'budgett', 'minstr'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
      const why: string[] = [];
      const kept = filterIssues(issues, { text: t, prose: mapProse(t), names: vocabulary }, (i, w) => why.push(`${i.text} ${w}`));
      assert.deepEqual(why, ['lise quoted-dialect', 'ornraier quoted-dialect']);
      assert.deepEqual(kept.map((i) => i.text), ['lettter', 'budgett', 'minstr']);
    });

    it('does not count the judged word itself as the article using its part', () => {
      const t = 'Officials discusseed it.\n';
      const kept = filterIssues([{ offset: t.indexOf('discusseed'), text: 'discusseed', forbidden: false, compound: true, parts: ['discus', 'seed'] }], { text: t, prose: mapProse(t), names: vocabulary });
      assert.deepEqual(kept.map((i) => i.text), ['discusseed']);
    });

    it('drops a short romanised word inside a passage in another script, but not a longer English typo there', () => {
      const t = 'उन्होंने कहा bada काम था और councelling करना है।\n';
      const issues = ['bada', 'councelling'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
      assert.deepEqual(filterIssues(issues, { text: t, prose: mapProse(t), names: vocabulary }).map((i) => i.text), ['councelling']);
      // Another script in the next sentence (a caption) is no passage the word belongs to.
      const c = 'Gagay took third plae in 2018. Image: Дмитрий Кошелев.\n';
      assert.deepEqual(filterIssues([{ offset: c.indexOf('plae'), text: 'plae', forbidden: false }], { text: c, prose: mapProse(c), names: vocabulary }).map((i) => i.text), ['plae']);
    });

    it('doubts a word mentioned rather than used: alone in quotation marks, or glossed in square brackets', () => {
      const pad = ' and the officials said that the report was here today with more news';
      const t = `Their characters are known as “fursonas”${pad}. He called them "kuffar" (non-Muslim)${pad}. The taghut [idolatry]${pad}. The minstr said so${pad}. It ran 42 kilometwrs (approximately 26 miles).\n`;
      const issues = ['fursonas', 'kuffar', 'taghut', 'minstr', 'kilometwrs'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
      const kept = filterIssues(issues, { text: t, prose: mapProse(t), names: vocabulary });
      // Doubted (a typist's slip must explain them); an aside in parentheses is no gloss.
      assert.deepEqual(
        kept.map((i) => [i.text, i.doubt]),
        [
          ['fursonas', 'mentioned'],
          ['kuffar', 'mentioned'],
          ['taghut', 'mentioned'],
          ['minstr', undefined],
          ['kilometwrs', undefined],
        ],
      );
    });

    it('drops identifiers: a word glued to digits, after a slash, or before an @', () => {
      const t = 'Image: Minstr1980. See blog.example.com/minstrel and write to minstro @ example.com today.\n';
      const p = mapProse(t);
      const issues = ['Minstr', 'minstrel', 'minstro'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
      const why: string[] = [];
      assert.deepEqual(filterIssues(issues, { text: t, prose: p, names: vocabulary }, (_i, w) => why.push(w)), []);
      assert.deepEqual(why, ['handle', 'handle', 'handle']);
    });

    it('counts accented lower-case words as signs of another language around an unknown word', () => {
      const t = 'In Hungarian: a haderő modernizációja a vas megvétele mellett is kiterjed.\n';
      const p = mapProse(t);
      const issues = ['haderő', 'modernizációja', 'megvétele', 'mellett'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
      const why: string[] = [];
      const kept = filterIssues(issues, { text: t, prose: p, names: vocabulary }, (i, w) => why.push(`${i.text} ${w}`));
      // (A word of seven letters or more is kept in doubt: only a slip of the keys makes it a typo.)
      assert.deepEqual(kept.map((i) => `${i.text} ${i.doubt}`), ['mellett foreign-passage'], why.join(', '));
      // One accented name nearby is not a passage in another language.
      const e = 'Maróth said the mulitple offers were good.\n';
      assert.deepEqual(filterIssues([{ offset: e.indexOf('Maróth'), text: 'Maróth', forbidden: false }, { offset: e.indexOf('mulitple'), text: 'mulitple', forbidden: false }], { text: e, prose: mapProse(e), names: vocabulary }).map((i) => i.text), ['mulitple']);
    });

    it('treats a run of unknown lower-case words as another language, not as typos', () => {
      const t = 'He said: hay muchos abortos desde el momento pese a la amenaza penal, then left.\n';
      const p = mapProse(t);
      const issues = ['muchos', 'abortos', 'pese', 'amenaza', 'desde', 'momento'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: w === 'momento' }));
      // The longer ones stay only in doubt, for a slip of the keys to decide (spellingChecker).
      assert.deepEqual(
        filterIssues(issues, { text: t, prose: p, names: vocabulary }).map((i) => `${i.text} ${i.doubt}`),
        ['abortos foreign-passage', 'amenaza foreign-passage'],
      );
    });

    it('keeps a listed misspelling beside such a passage (not inside it)', () => {
      const t = 'It will always be firts" hay muchos abortos pese a la amenaza penal.\n';
      const issues = ['firts', 'muchos', 'abortos', 'pese', 'amenaza'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: w === 'firts' }));
      assert.deepEqual(
        filterIssues(issues, { text: t, prose: mapProse(t), names: vocabulary })
          .filter((i) => i.doubt !== 'foreign-passage')
          .map((i) => i.text),
        ['firts'],
      );
    });

    it('keeps English typos inside text in another script', () => {
      const t = 'जैसे कि, police harrasment हो, या उनके घर में\n';
      const p = mapProse(t);
      const issues = ['जैसे', 'harrasment', 'उनके'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: w === 'harrasment' }));
      assert.deepEqual(
        filterIssues(issues, { text: t, prose: p, names: vocabulary }).map((i) => i.text),
        ['harrasment'],
      );
    });

    it('drops the epithet of a Latin binomial after an unknown genus or an initial, not a slip after a name', () => {
      const doubts = (t: string, words: string[]) =>
        filterIssues(
          words.map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false })),
          { text: t, prose: mapProse(t), names: { isNameWord: (w: string) => w === 'Chodankar' } },
        ).map((i) => [i.text, i.doubt]);
      // (The genus itself is a capitalised word the article uses as a name.)
      assert.deepEqual(doubts('Sharks (Carcharodon carcharias) were seen.\n', ['Carcharodon', 'carcharias']), []);
      assert.deepEqual(doubts('Corals (P. damicornis) were seen.\n', ['damicornis']), []);
      assert.deepEqual(doubts('Then Chodankar callde him.\n', ['Chodankar', 'callde']), [['callde', undefined]]);
    });
  });

  describe('text given to the dictionaries', () => {
    it('blanks non-prose but keeps offsets and cspell directives in HTML comments', () => {
      const text = '---\nslug: x\n---\nSee `code` here.\n<!-- cspell:ignore Zorblat -->\n<!-- a note -->\n';
      const out = spellingText(text, mapProse(text));
      assert.equal(out.length, text.length);
      assert.ok(out.includes('<!-- cspell:ignore Zorblat -->'));
      assert.ok(!out.includes('a note'));
      assert.ok(!out.includes('slug'));
      assert.ok(!out.includes('code'));
      assert.equal(out.indexOf('here'), text.indexOf('here'));
    });
  });

  describe('suggestion case', () => {
    it('keeps the case of the written word', () => {
      assert.equal(matchSuggestionCase('Goverment', 'government'), 'Government');
      assert.equal(matchSuggestionCase('GOVERMENT', 'government'), 'GOVERNMENT');
      assert.equal(matchSuggestionCase('goverment', 'government'), 'government');
      assert.equal(matchSuggestionCase('lavrov', 'Lavrov'), 'Lavrov');
    });

    it('drops repeats and the written word itself, and keeps the order', () => {
      assert.deepEqual(casedSuggestions('Minster', ['minister', 'Minister', 'minster', 'monster']), ['Minister', 'Monster']);
    });

    it('counts no name as a slip of an ordinary word, whatever the case of the word', () => {
      assert.equal(nearWord('sherrif', ['Sherri', 'sheriff']), true);
      assert.equal(nearWord('mahua', ['Maha']), false);
    });

    it('counts a capitalised word as a typo only when an ordinary word is one edit away', () => {
      assert.equal(nearWord('Dissolv', ['dissolve']), true);
      assert.equal(nearWord('Desirnee', ['Desiree']), false);
      assert.equal(nearWord('recluations', ['regulations']), true);
      assert.equal(nearWord('ohjelmointiputka', []), false);
      assert.equal(nearWord('recluations', ['regulations'], 1), false);
      assert.equal(nearWord('discusseed', ['discussed'], 1), true);
    });
  });
});

describe('spelling: loanwords, dialect and the article\'s own words', () => {
  const WORDS = new Set(['the', 'a', 'of', 'in', 'and', 'free', 'or', 'they', 'went', 'must', 'into', 'bond', 'ate', 'city', 'private', 'enterprise', 'rise', 'enter', 'game', 'court', 'sheriff', 'deputy', 'tree', 'seeds', 'from']);
  /** A dictionary that also knows two names, "Maha" and "Koga". */
  const NAMES = new Map([['maha', 'Maha']]);
  class Engine implements SpellingEngine {
    async check(request: SpellingRequest) {
      const issues: RawSpellingIssue[] = [];
      for (const m of request.text.matchAll(/[\p{L}]+/gu)) if (!WORDS.has(m[0].toLowerCase())) issues.push({ offset: m.index!, text: m[0], forbidden: false, ...(m[0] === 'midcourt' ? { compound: true, parts: ['court'] } : m[0] === 'enterrise' ? { compound: true, parts: ['enter', 'rise'] } : {}) });
      return { issues };
    }
    async suggest(_uri: string, words: string[]) {
      return words.map(() => []);
    }
    async neighbours(_uri: string, words: string[]) {
      return words.map((w) => oneEditNeighbours(w, (c) => (WORDS.has(c) ? c : NAMES.get(c))));
    }
  }
  const check = async (text: string) => (await new SpellingChecker(new Engine(), { isNameWord: () => false }).check(text, { uri: 'file:///l.md' })).findings.map((f) => f.text);

  it('flags a short word only when a typist\'s slip explains it', async () => {
    // "intpo": a p struck beside the o of "into"; "mukt" is no slip of "must" (k is far from s).
    assert.deepEqual(await check('They went intpo the city.\n\nThe free mukt or free city.\n'), ['intpo']);
  });

  it('does not flag a lower-case word whose only near word is a name', async () => {
    assert.deepEqual(await check('The seeds of the mahua tree.\n'), []);
  });

  it('flags a slip of a word the article uses, however well the article vouches for its pieces', async () => {
    assert.deepEqual(await check('The private enterprise.\n\nThey went into private enterrise to rise and enter.\n'), ['enterrise']);
    assert.deepEqual(await check('The game in midcourt and the court.\n'), []);
  });

  it('does not count hyphen pieces or dropped g\'s as a passage in another language', () => {
    const t = 'He got his come-uppance at the sherrif office, countin’ votes.\n';
    const issues: RawSpellingIssue[] = [
      { offset: t.indexOf('uppance'), text: 'uppance', forbidden: false, joined: 'comeuppance' },
      { offset: t.indexOf('sherrif'), text: 'sherrif', forbidden: false },
      { offset: t.indexOf('countin'), text: 'countin', forbidden: false },
    ];
    assert.deepEqual(filterIssues(issues, { text: t, prose: mapProse(t), names: { isNameWord: () => false } }).map((i) => i.text), ['sherrif']);
  });

  it('does not count the copy\'s vowel-less abbreviations as a passage in another language, but still counts words of one', () => {
    const t = 'The plan woyld repay 770 mln dlrs in debts.\n';
    const issues: RawSpellingIssue[] = ['woyld', 'mln', 'dlrs'].map((w) => ({ offset: t.indexOf(w), text: w, forbidden: false }));
    assert.ok(filterIssues(issues, { text: t, prose: mapProse(t), names: { isNameWord: () => false } }).some((i) => i.text === 'woyld'));
    const s = 'Dijo que hay muchos abortos pese woyld.\n';
    const spanish: RawSpellingIssue[] = ['muchos', 'abortos', 'pese', 'woyld'].map((w) => ({ offset: s.indexOf(w), text: w, forbidden: false }));
    assert.ok(!filterIssues(spanish, { text: s, prose: mapProse(s), names: { isNameWord: () => false } }).some((i) => i.text === 'woyld'));
  });

  it('finds the intended word when the wrong letter was doubled', async () => {
    assert.deepEqual(await check('The sherrif and a deputy.\n'), ['sherrif']);
    assert.ok(oneEditNeighbours('sherrif', (c) => (WORDS.has(c) ? c : undefined)).neighbours.includes('sheriff'));
  });

  it('joins a word across its hyphen, a line-break hyphen, and a number with a unit', () => {
    const has = (w: string) => ['comeuppance', 'outmoded', 'expenditures', 'yard', 'foot'].includes(w);
    const at = (t: string, w: string) => hyphenJoined(t, t.indexOf(w), w, has);
    assert.equal(at('his come-uppance came', 'uppance'), 'comeuppance');
    assert.equal(at('getting out-moded now', 'moded'), 'outmoded');
    assert.equal(at('budget ex- penditures rose', 'penditures'), 'expenditures');
    assert.equal(at('a 43-yarder in the fourth', 'yarder'), 'yarder');
    assert.equal(at('two 10-footers', 'footers'), 'footers');
    // A slip beside a hyphen is still a slip.
    assert.equal(at('a 43-yardr in the fourth', 'yardr'), undefined);
    assert.equal(at('right-toknow laws', 'toknow'), undefined);
    assert.equal(at('the uppance came', 'uppance'), undefined);
  });
});
