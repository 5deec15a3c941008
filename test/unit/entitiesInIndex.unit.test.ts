// The .vsix ships the entities, the ordinary words near names and the word swaps only inside the registry index
// (entities.json, popular-entities.json, near-words.json and word-swaps.json are left out to keep the package under 10 MB): a house list with
// entities, which needs the registry built anew, takes them from the index — the same entities,
// in the same order, and a registry built anew from them is the index's own.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { EntityRegistry } from '../../src/core/entities/registry';
import { encodeRegistryIndex } from '../../src/core/entities/registryIndex';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';

const DATA = join(__dirname, '..', '..', '..', 'data');
const LEFT_OUT = ['entities.json', 'popular-entities.json', 'near-words.json'];
const RULES_LEFT_OUT = ['word-swaps.json'];

describe('entities read from the registry index', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-index-entities-'));
    for (const sub of ['generated', 'rules', 'packed']) mkdirSync(join(dir, sub));
    for (const f of readdirSync(join(DATA, 'generated'))) if (!LEFT_OUT.includes(f)) copyFileSync(join(DATA, 'generated', f), join(dir, 'generated', f));
    for (const f of readdirSync(join(DATA, 'rules'))) if (!RULES_LEFT_OUT.includes(f)) copyFileSync(join(DATA, 'rules', f), join(dir, 'rules', f));
    // As in the .vsix: the sizes stay in the packed sizes, the files are in neither form.
    const sizes = [...LEFT_OUT.map((f) => `generated/${f}`), ...RULES_LEFT_OUT.map((f) => `rules/${f}`)].map((f) => [f, statSync(join(DATA, f)).size]);
    writeFileSync(join(dir, 'packed', 'sizes.json'), JSON.stringify(Object.fromEntries(sizes)));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same curated and popular entities as the files, in their order', () => {
    const fromFiles = loadBuiltInKnowledge(DATA);
    const fromIndex = loadBuiltInKnowledge(dir);
    const curated = fromFiles.kb.entities.map((e) => e.id);
    assert.ok(curated.length > 10_000);
    assert.deepEqual(
      fromIndex.kb.entities.map((e) => e.id),
      curated,
    );
    const curatedIds = new Set(curated);
    assert.ok(fromIndex.popular!.length > 10_000);
    assert.deepEqual(
      fromIndex.popular!.map((e) => e.id),
      fromFiles.popular!.map((e) => e.id).filter((id) => !curatedIds.has(id)),
    );
  });

  it('gives the same ordinary words near names as near-words.json', () => {
    const fromFiles = loadBuiltInKnowledge(DATA);
    const fromIndex = loadBuiltInKnowledge(dir);
    assert.ok(fromFiles.ordinaryWords.length > 10_000);
    assert.deepEqual([...fromIndex.ordinaryWords].sort(), [...fromFiles.ordinaryWords].sort());
    assert.deepEqual([...fromIndex.namesOnly].sort(), [...fromFiles.namesOnly].sort());
  });

  it('gives the same word swaps and native glossary as word-swaps.json, each word its groups in their order', () => {
    const fromFiles = new EntityRegistry([], [], undefined, [], loadBuiltInKnowledge(DATA).wordSwaps);
    const fromIndex = new EntityRegistry([], [], undefined, [], loadBuiltInKnowledge(dir).wordSwaps);
    assert.ok(fromFiles.swapGroups.size > 100 && fromFiles.nativeWords.size > 1_000);
    assert.deepEqual([...fromIndex.swapGroups], [...fromFiles.swapGroups]);
    assert.deepEqual([...fromIndex.nativeWords].sort(), [...fromFiles.nativeWords].sort());
  });

  it('builds from them anew the registry of the index itself', () => {
    const k = loadBuiltInKnowledge(dir);
    const registry = new EntityRegistry(k.kb.entities, k.ordinaryWords, undefined, k.namesOnly, k.wordSwaps, k.knownNames, k.popular).prebuildForIndex();
    const built = encodeRegistryIndex(registry, 'stamp', EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(registry));
    const shipped = readFileSync(join(DATA, 'generated', 'registry-index.json'), 'latin1');
    // (Past the first two lines: the format's version and the stamp of the files.)
    const body = (t: string) => t.slice(t.indexOf('\n', t.indexOf('\n') + 1));
    assert.ok(body(built) === body(shipped), 'the registry built from the index’s entities encodes to the shipped index');
  });

  it('checks with a house list of entities as with the files', () => {
    const house = { accept: [], preferred: [], entities: [{ id: 'person:ada-example', kind: 'person' as const, name: 'Ada Example', sources: ['house list'] }] };
    const text = 'Qualcomm chief executive Cristiano Ammon spoke. Ada Example agreed.';
    const findings = (data: string) => createNameChecker(loadBuiltInKnowledge(data), house).check(text).map((f) => `${f.text} → ${f.suggestions[0]}`);
    assert.deepEqual(findings(dir), ['Ammon → Amon']);
    assert.deepEqual(findings(dir), findings(DATA));
  });
});
