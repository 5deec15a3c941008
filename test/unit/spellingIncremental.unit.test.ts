// The recheck after an edit re-checks only the paragraphs the edit changed
// (src/node/spelling/incremental.ts), and finds exactly what a full check of
// the same version finds: random edits (typos, new paragraphs, code, links,
// cspell directives, patterns that reach across paragraphs) are checked by an
// incremental engine and by one that checks every version whole, and the two
// must agree, for cspell's unknown words and for the findings after the
// name-aware filter. Uses the real dictionaries in node_modules.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { mapProse } from '../../src/core/article/analysedArticle';
import { nameVocabulary } from '../../src/core/spelling/names';
import { spellingText } from '../../src/core/spelling/prose';
import { SpellingChecker } from '../../src/core/spelling/spellingChecker';
import { CspellEngine } from '../../src/node/spelling/cspellEngine';
import { directiveSignature } from '../../src/node/spelling/incremental';
import { miniChecker } from './helpers/miniKnowledge';

const root = path.resolve(__dirname, '..', '..', '..');

const BASE = [
  '---',
  'title: Talks in Paris',
  'tags: [world]',
  '---',
  '',
  '# Ministers meet in Paris',
  '',
  'The goverment said on Monday that the minister recieved the report from Angela Merkel.',
  'Officials in Paris met for talks about the budgett.',
  '',
  'Olaf Scholz visited the city; see [the report](https://example.com/reprt) and `some cod`.',
  '',
  '```',
  'fencd code blok',
  '```',
  '',
  'The people of the city wrote alot of letters, and the colour of the flag was new.',
  '',
].join('\n');

/** Pieces an edit inserts: typos, known words, paragraph breaks, markup, and cspell directives. */
const PIECES = [
  'goverment ',
  'recieved',
  ' the',
  'report',
  '\n\n',
  '\n',
  ' ',
  'x',
  'Zqxv ',
  'alot ',
  'zorbl ',
  'teh ',
  '`code wrd`',
  '\n```\nfencd blok\n```\n',
  ' https://example.com/qwzxq ',
  '[lnk](https://example.com/zzqv)',
  '# Hedline\n',
  '- itm lisst\n',
  ' qq ',
  ' pp ',
  '<!-- cspell:ignore zorbl -->',
  '<!-- cspell:words Zqxv -->',
  '<!-- cspell:disable -->',
  '<!-- cspell:enable -->',
  '<!-- cspell:ignoreRegExp /qq[\\s\\S]*?pp/g -->',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.constantFrom(...PIECES) });

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('spelling: the recheck after an edit', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-incremental-'));
    mkdirSync(path.join(dir, 'plain'));
    mkdirSync(path.join(dir, 'team'));
    // A team configuration with cspell's limits low and a pattern that spans paragraphs.
    writeFileSync(
      path.join(dir, 'team', 'cspell.json'),
      JSON.stringify({ version: '0.2', maxNumberOfProblems: 9, maxDuplicateProblems: 1, words: ['Zqxv'], ignoreRegExpList: ['/BEGIN[\\s\\S]*?END/g'] }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const request = (uri: string, text: string, readConfig: boolean) => ({ uri, text: spellingText(text, mapProse(text)), languageId: 'markdown', readConfig });

  // The team's pattern opens in the first paragraph: an END typed (or deleted) further down
  // changes what cspell checks in paragraphs the edit did not touch.
  for (const [folder, readConfig, base, extra] of [
    ['plain', false, BASE, ['<!-- cspell:ignoreRegExp /qq[\\s\\S]*?pp/g -->', ' qq ', ' pp ']],
    ['team', true, BASE.replace('The goverment said', 'The BEGIN goverment said'), [' END ', ' BEGIN ', 'D', ' END.']],
  ] as const) {
    it(`finds what a full check finds, after any series of edits (${folder === 'team' ? 'a team configuration with limits and a pattern across paragraphs' : 'no configuration'})`, async () => {
      const incremental = new CspellEngine(root);
      const full = new CspellEngine(root, { incremental: false });
      const uri = pathToFileURL(path.join(dir, folder, 'article.md')).href;
      const edits = fc.array(fc.oneof(edit, fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 4 }), insert: fc.constantFrom(...extra) })), { minLength: 1, maxLength: 6 });
      let rechecked = 0;
      await fc.assert(
        fc.asyncProperty(edits, async (series) => {
          let text: string = base;
          // Each run starts from the same first version, as a newly opened document.
          incremental.forget(uri);
          await incremental.check(request(uri, text, readConfig));
          for (const e of series) {
            text = apply(text, e);
            const a = await incremental.check(request(uri, text, readConfig));
            const b = await full.check(request(uri, text, readConfig));
            assert.deepEqual(a, b, `after edits ${JSON.stringify(series)}:\n${text}`);
            const stats = incremental.lastStats(uri)!;
            rechecked += stats.rechecked;
          }
        }),
        { numRuns: 60 },
      );
      // Not a full check in disguise: most edits re-check a paragraph or two.
      assert.ok(rechecked > 0);
    });
  }

  it('gives the same findings after the name-aware filter', async () => {
    const names = miniChecker();
    const vocabulary = nameVocabulary(names.registry);
    // Suggestions are compared too: no time limit may cut one engine's list short on a busy machine.
    const incremental = new SpellingChecker(new CspellEngine(root, { suggestionsTimeout: 60_000 }), vocabulary);
    const full = new SpellingChecker(new CspellEngine(root, { incremental: false, suggestionsTimeout: 60_000 }), vocabulary);
    const uri = pathToFileURL(path.join(dir, 'plain', 'findings.md')).href;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (series) => {
        let text = BASE;
        for (const e of series) {
          text = apply(text, e);
          const options = { uri, readConfig: false, flagged: names.check(text), suggestions: 'lazy' as const };
          const a = await incremental.check(text, options);
          const b = await full.check(text, options);
          assert.deepEqual(a, b, `after edits ${JSON.stringify(series)}:\n${text}`);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('re-checks only the paragraph an edit changes', async () => {
    const engine = new CspellEngine(root);
    const uri = 'file:///copydesk-incremental-paragraphs.md';
    const paragraphs = ['The goverment met.', 'The minister recieved a letter.', 'The city was quiet.', 'People wrote alot.', 'The budgett grew.'];
    const text = paragraphs.join('\n\n') + '\n';
    await engine.check(request(uri, text, false));
    assert.deepEqual(engine.lastStats(uri), { blocks: 5, rechecked: 5 });
    const edited = text.replace('quiet', 'quiett');
    const r = await engine.check(request(uri, edited, false));
    assert.deepEqual(engine.lastStats(uri), { blocks: 5, rechecked: 1 });
    assert.deepEqual(
      r.issues.map((i) => i.text),
      ['goverment', 'recieved', 'quiett', 'alot', 'budgett'],
    );
    // A new paragraph above moves the others: their words are found at their new offsets.
    const moved = 'A new lede paragraf.\n\n' + edited;
    const m = await engine.check(request(uri, moved, false));
    assert.deepEqual(engine.lastStats(uri), { blocks: 6, rechecked: 1 });
    for (const issue of m.issues) assert.equal(moved.slice(issue.offset, issue.offset + issue.text.length), issue.text);
    // A cspell directive anywhere changes the dictionaries for every paragraph: all are re-checked.
    const directive = moved + '\n<!-- cspell:ignore budgett -->\n';
    const d = await engine.check(request(uri, directive, false));
    assert.deepEqual(engine.lastStats(uri), { blocks: 7, rechecked: 7 });
    assert.ok(!d.issues.some((i) => i.text === 'budgett'));
    // A closed document's paragraphs are dropped with it.
    engine.forget(uri);
    assert.equal(engine.lastStats(uri), undefined);
  });

  it('reads the directive text cspell reads', () => {
    assert.equal(directiveSignature('No directives here.'), '');
    assert.notEqual(directiveSignature('a <!-- cspell:ignore zorbl --> b'), directiveSignature('a <!-- cspell:ignore zorbq --> b'));
    assert.equal(directiveSignature('one <!-- cspell:words Zqxv -->\n\ntwo'), directiveSignature('changed <!-- cspell:words Zqxv -->\n\nprose'));
  });
});
