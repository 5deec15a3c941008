// The registry's prebuilt indexes (data/generated/registry-index.json): the shipped file is what
// the data files and the registry code build today, and a registry loaded from it answers as one
// built from the knowledge, with or without a house list on top.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { EntityRegistry, EMPTY_HOUSE_LIST, type HouseList } from '../../src/core/entities/registry';
import { decodeRegistryIndex, encodeRegistryIndex } from '../../src/core/entities/registryIndex';
import { buildRegistryIndex, loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';
import { MINI_ENTITIES, MINI_NAMES_ONLY, MINI_ORDINARY_WORDS, MINI_WORD_SWAPS } from './helpers/miniKnowledge';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data');
const ARTICLE = [
  'German Chancellor Olaf Sholz met Emmanuel Macron in Paris on Monday.',
  '',
  'The Untied Nations and the World Health Organisation (WHO) said Angela Merkel and Mr. Scholz',
  'would attend. Phillipines officials and Sergey Lavrov, later Sergei Lavrov, joined them.',
].join('\n');

describe('prebuilt registry index', () => {
  it('the shipped index is the one the data files and the registry code build now (else run `npm run build:data`)', function () {
    this.timeout(60_000);
    const shipped = readFileSync(join(DATA_DIR, 'generated', 'registry-index.json'), 'utf8');
    assert.ok(shipped === buildRegistryIndex(DATA_DIR), 'data/generated/registry-index.json is stale: run `node scripts/build-registry-index.mjs`');
  });

  it('a registry decoded from an index encodes back to the same index, shared forms still shared', () => {
    const built = new EntityRegistry(MINI_ENTITIES, MINI_ORDINARY_WORDS, EMPTY_HOUSE_LIST, MINI_NAMES_ONLY, MINI_WORD_SWAPS);
    const text = encodeRegistryIndex(built, 'stamp', EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(built));
    const decoded = EntityRegistry.fromIndex(decodeRegistryIndex(text, 'stamp', EntityRegistry.indexTables())!, built.known)!;
    assert.equal(encodeRegistryIndex(decoded, 'stamp', EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(decoded)), text);
    const [first] = decoded.phrasesByFirst.get('olaf') ?? [];
    assert.ok(first, 'Olaf Scholz is indexed');
    assert.equal(first.entity, decoded.entities.get(first.entity.id), 'a form points at the very entity record of the entities map');
    assert.ok(decoded.nameTokens.get('scholz')!.forms.includes(first), 'a name token lists the very form of phrasesByFirst');
  });

  it('the shipped index decodes to a registry that encodes back to the very same text', function () {
    this.timeout(60_000);
    const shipped = readFileSync(join(DATA_DIR, 'generated', 'registry-index.json'), 'latin1');
    const stamp = shipped.split('\n', 2)[1];
    const knowledge = loadBuiltInKnowledge(DATA_DIR);
    const decoded = EntityRegistry.fromIndex(decodeRegistryIndex(shipped, stamp, EntityRegistry.indexTables())!, knowledge.knownNames!)!;
    assert.ok(encodeRegistryIndex(decoded, stamp, EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(decoded)) === shipped, 'every field, record and shared object survives the round trip');
    const scholz = decoded.nameTokens.get('scholz')!.forms[0];
    assert.equal(scholz.entity, decoded.entities.get(scholz.entity.id), 'a name token points at the very records of the entities map');
  });

  it('records that share inner data are written once and keep sharing it', () => {
    const sources = ['shared source'];
    const entities = [
      { id: 'person:ada-lovelace', kind: 'person' as const, name: 'Ada Lovelace', sources },
      { id: 'person:charles-babbage', kind: 'person' as const, name: 'Charles Babbage', sources },
    ];
    const built = new EntityRegistry(entities);
    const text = encodeRegistryIndex(built, 'stamp', EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(built));
    const decoded = EntityRegistry.fromIndex(decodeRegistryIndex(text, 'stamp', EntityRegistry.indexTables())!, built.known)!;
    const [ada, babbage] = [...decoded.entities.values()];
    assert.deepEqual(ada.sources, ['shared source']);
    assert.equal(ada.sources, babbage.sources);
    assert.equal(encodeRegistryIndex(decoded, 'stamp', EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(decoded)), text);
  });

  it('an index built for other files is not used (wrong stamp or format)', () => {
    const built = new EntityRegistry(MINI_ENTITIES, MINI_ORDINARY_WORDS);
    const text = encodeRegistryIndex(built, '1,2,3,4', EntityRegistry.NOT_INDEXED, EntityRegistry.indexTables(built));
    assert.equal(decodeRegistryIndex(text, '1,2,3,5'), undefined);
    assert.equal(decodeRegistryIndex(`not an index\n1,2,3,4\n{}`, '1,2,3,4'), undefined);
    const knowledge = loadBuiltInKnowledge(DATA_DIR);
    const stale = { ...knowledge, registryIndex: { read: () => text, stamp: '9,9,9,9' } };
    assert.ok(createNameChecker(stale).registry.entities.size > 1000, 'falls back to building from the knowledge files');
  });

  it('checks the same from the prebuilt index as from the knowledge files, with and without a house list', function () {
    this.timeout(60_000);
    const knowledge = loadBuiltInKnowledge(DATA_DIR);
    assert.ok(knowledge.registryIndex, 'the shipped index fits the shipped files');
    const { registryIndex: _, ...withoutIndex } = Object.getOwnPropertyDescriptors(knowledge);
    const fromFiles = Object.defineProperties({}, withoutIndex) as typeof knowledge;
    const houses: HouseList[] = [
      EMPTY_HOUSE_LIST,
      { accept: ['Sholz'], preferred: [], entities: [] },
      { accept: [], preferred: [{ form: 'Sergei Lavrov', over: ['Sergey Lavrov'] }], entities: [] },
    ];
    for (const house of houses) {
      const a = createNameChecker(knowledge, house).check(ARTICLE);
      const b = createNameChecker(fromFiles, house).check(ARTICLE);
      assert.deepEqual(a, b, JSON.stringify(house));
    }
    assert.ok(createNameChecker(knowledge).check(ARTICLE).some((f) => f.suggestions.includes('Scholz')), 'the sample has a slip to find');
    assert.ok(!createNameChecker(knowledge, houses[1]).check(ARTICLE).some((f) => f.text === 'Sholz'), 'an accepted name on top of the index is not flagged');
  });
});
