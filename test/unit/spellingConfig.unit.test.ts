// The team's cspell configuration, read as Code Spell Checker reads it (by
// cspell-lib itself, from the document's folder), and the one write Copydesk
// makes to it (adding a word). Uses the real dictionaries in node_modules.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapProse } from '../../src/core/article/analysedArticle';
import { addCspellWord } from '../../src/core/spelling/config';
import { spellingText } from '../../src/core/spelling/prose';
import { compoundParts, CspellEngine, isCompound, normaliseLanguage, TERMS_FILE, unpackedTerms } from '../../src/node/spelling/cspellEngine';

const root = path.resolve(__dirname, '..', '..', '..');

describe('spelling: cspell configuration', function () {
  this.timeout(60_000);
  let dir: string;
  const engine = new CspellEngine(root);

  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-cspell-'));
    mkdirSync(path.join(dir, 'drafts'));
    mkdirSync(path.join(dir, 'uk'));
    writeFileSync(path.join(dir, 'team-words.txt'), 'Frobnicate\n');
    writeFileSync(
      path.join(dir, 'cspell.json'),
      JSON.stringify({
        version: '0.2',
        words: ['Zorblat'],
        ignoreWords: ['qwzx'],
        flagWords: ['alot'],
        ignoreRegExpList: ['/REF-\\w+/g'],
        ignorePaths: ['drafts/**'],
        dictionaryDefinitions: [{ name: 'team', path: './team-words.txt' }],
        dictionaries: ['team'],
        overrides: [{ filename: '**/uk/*.md', language: 'en-GB' }],
      }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function words(rel: string, text: string, extra: { language?: string; readConfig?: boolean } = {}): Promise<string[]> {
    const file = path.join(dir, rel);
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const r = await engine.check({ uri, text: spellingText(text, mapProse(text)), languageId: 'markdown', readConfig: extra.readConfig ?? true, language: extra.language });
    engine.forget(uri);
    return r.skipped ? ['<skipped>'] : r.issues.map((i) => i.text);
  }

  it('finds plain typos and knows ordinary words (US and British both right by default)', async () => {
    assert.deepEqual(await words('a.md', 'The goverment recieved the colour and the color report.\n'), ['goverment', 'recieved']);
  });

  it("takes no programmers' compounds for prose (software terms' *Migration* would make \"imigration\" a word)", async () => {
    assert.deepEqual(await words('a.md', 'It would stem illegal imigration and autobalance the books, said the migration office.\n'), ['imigration', 'autobalance']);
  });

  it('reads words, ignoreWords, flagWords, ignoreRegExpList and dictionaryDefinitions', async () => {
    assert.deepEqual(await words('b.md', 'Zorblat and qwzx wrote alot about REF-zzqq and Frobnicate.\n'), ['alot']);
  });

  it('marks flagWords as forbidden', async () => {
    const file = path.join(dir, 'c.md');
    const text = 'They wrote alot.\n';
    writeFileSync(file, text);
    const r = await engine.check({ uri: pathToFileURL(file).href, text, languageId: 'markdown', readConfig: true });
    assert.deepEqual(
      r.issues.map((i) => [i.text, i.forbidden]),
      [['alot', true]],
    );
  });

  it('honours ignorePaths', async () => {
    assert.deepEqual(await words('drafts/d.md', 'The goverment.\n'), ['<skipped>']);
  });

  it('applies overrides by file name (British English under uk/)', async () => {
    assert.deepEqual(await words('uk/e.md', 'The behavior of the behaviour.\n'), ['behavior']);
    assert.deepEqual(await words('f.md', 'The behavior of the behaviour.\n'), []);
  });

  it('lets copydesk.spelling.language choose the language', async () => {
    assert.deepEqual(await words('g.md', 'The behavior of the behaviour.\n', { language: 'en-US' }), ['behaviour']);
    assert.deepEqual(await words('uk/h.md', 'The behavior of the behaviour.\n', { language: 'en_US' }), ['behaviour']);
  });

  it('honours cspell:ignore and cspell:disable/enable in Markdown comments', async () => {
    const text = '<!-- cspell:ignore wrongy -->\nA wrongy word.\n\n<!-- cspell:disable -->\nA disabld part.\n<!-- cspell:enable -->\nAn enabld part.\n';
    assert.deepEqual(await words('i.md', text), ['enabld']);
  });

  it('reads no workspace configuration when told not to (untrusted workspace)', async () => {
    assert.deepEqual(await words('j.md', 'Zorblat wrote.\n', { readConfig: false }), ['Zorblat']);
  });

  it('normalises language names and recognises words built from dictionary words', () => {
    assert.equal(normaliseLanguage('en_gb'), 'en-GB');
    assert.equal(normaliseLanguage('british'), 'en-GB');
    assert.equal(normaliseLanguage(''), undefined);
    const has = (w: string) => ['lead', 'up', 'user', 'base', 'funding', 'beheading', 'pored'].includes(w);
    assert.equal(isCompound('userbase', has), true);
    assert.equal(isCompound('overfunding', has), true);
    // re + pored: built from words, yet flagged, since "reported" is one dropped letter away.
    assert.deepEqual(compoundParts('repored', has), ['pored']);
    assert.equal(isCompound('beheadings', has), true);
    assert.equal(isCompound('goverment', has), false);
  });

  it('finds the parts of a compound: two words, a prefix, a productive suffix, a plural; not a tripled letter', () => {
    const has = (w: string) => ['put', 'back', 'court', 'reboot', 'from', 'worm', 'reuse', 'across', 'taping'].includes(w);
    assert.deepEqual(compoundParts('putback', has), ['put', 'back']);
    assert.deepEqual(compoundParts('midcourt', has), ['court']);
    assert.deepEqual(compoundParts('rebooter', has), ['reboot']);
    // "-er" after a short stem is more often a slip ("fromer" for "former").
    assert.equal(compoundParts('fromer', has), undefined);
    assert.deepEqual(compoundParts('wormable', has), ['worm']);
    assert.deepEqual(compoundParts('reusers', has), ['reuse']);
    assert.deepEqual(compoundParts('tapings', has), ['taping']);
    assert.equal(compoundParts('acrosss', has), undefined);
  });

  it('finds inflections the dictionary lacks on a long stem as written, not slips of short or e-final words', () => {
    const has = (w: string) => ['tuxedo', 'junketeer', 'clairaudient', 'averse', 'avers', 'run'].includes(w);
    assert.deepEqual(compoundParts('tuxedoed', has), ['tuxedo']);
    assert.deepEqual(compoundParts('junketeering', has), ['junketeer']);
    assert.deepEqual(compoundParts('clairaudiently', has), ['clairaudient']);
    // "averse" + "d" and "run" + "ing" are slips ("averse", "running"), not inflections.
    assert.equal(compoundParts('aversed', has), undefined);
    assert.equal(compoundParts('runing', has), undefined);
  });
});

describe('spelling: technical dictionaries only clear flags, off the first check', function () {
  this.timeout(60_000);
  const text = 'Corals take up allelochemicals and the goverment said so.\n';
  const issues = async (engine: CspellEngine, uri: string) => (await engine.check({ uri, text, languageId: 'markdown', readConfig: false })).issues.map((i) => `${i.text}${i.technical ? ' technical' : ''}`);

  it('marks a word the scientific dictionary holds as technical, and never a typo it lacks', async () => {
    assert.deepEqual(await issues(new CspellEngine(root, { terms: 'first' }), 'file:///t1.md'), ['allelochemicals technical', 'goverment']);
  });

  it('reads them from the packed trie the .vsix ships, unpacked once to the temporary folder', async () => {
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'copydesk-packed-terms-')), 'dist');
    const packedDir = path.join(dist, '..', 'data', 'packed', 'generated');
    mkdirSync(packedDir, { recursive: true });
    writeFileSync(path.join(packedDir, 'technical-terms.trie.br'), brotliCompressSync(gunzipSync(readFileSync(path.join(root, TERMS_FILE)))));
    const unpacked = unpackedTerms(dist);
    assert.ok(unpacked && existsSync(unpacked), 'the trie is unpacked');
    assert.equal(unpackedTerms(dist), unpacked, 'once: the same file the next time');
    assert.deepEqual(await issues(new CspellEngine(root, { terms: 'first', termsPath: unpacked }), 'file:///t4.md'), ['allelochemicals technical', 'goverment']);
    // Without a packed file there is nothing to unpack: the technical words are left out.
    assert.equal(unpackedTerms(path.join(os.tmpdir(), 'copydesk-no-such-folder', 'dist')), undefined);
    rmSync(unpacked, { force: true });
    rmSync(path.dirname(dist), { recursive: true, force: true });
  });

  it('by default answers the first check without them, and marks words once they are loaded', async () => {
    const engine = new CspellEngine(root);
    assert.deepEqual(await issues(engine, 'file:///t2.md'), ['allelochemicals', 'goverment']);
    await engine.loadTerms();
    assert.deepEqual(await issues(engine, 'file:///t3.md'), ['allelochemicals technical', 'goverment']);
  });
});

describe('spelling: adding a word to the cspell configuration', () => {
  it('adds to words in JSON with comments, keeping them', () => {
    const text = '{\n  // team words\n  "version": "0.2",\n  "words": ["Alpha"]\n}\n';
    const out = addCspellWord(text, 'cspell.json', 'Zorblat');
    assert.ok(out.includes('// team words'));
    assert.match(out, /"Alpha",\s*"Zorblat"/);
    assert.equal(addCspellWord(out, 'cspell.json', 'Zorblat'), out);
  });

  it('creates words when missing, and a new file when there is none', () => {
    assert.match(addCspellWord('{ "version": "0.2" }', 'cspell.json', 'Zorblat'), /"words": \[\s*"Zorblat"\s*\]/);
    assert.deepEqual(JSON.parse(addCspellWord('', 'cspell.json', 'Zorblat')).words, ['Zorblat']);
  });

  it('adds to YAML configurations, keeping comments', () => {
    const out = addCspellWord('# ours\nwords:\n  - Alpha\n', 'cspell.config.yaml', 'Zorblat');
    assert.equal(out, '# ours\nwords:\n  - Alpha\n  - Zorblat\n');
  });

  it('refuses to edit a broken file instead of losing it', () => {
    assert.throws(() => addCspellWord('{ "words": [', 'cspell.json', 'x'), /not a valid JSON/);
    assert.throws(() => addCspellWord('words: [a\n', 'cspell.yaml', 'x'), /not valid YAML/);
  });
});
