// The .vsix ships the popular entities only inside the registry index (popular-entities.json is
// left out to keep the package under 10 MB): a house list with entities, which needs the registry
// built anew, takes them from the index — the same entities, in the same order.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';

const DATA = join(__dirname, '..', '..', '..', 'data');

describe('popular entities read from the registry index', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-popular-'));
    for (const sub of ['generated', 'rules', 'packed']) mkdirSync(join(dir, sub));
    for (const f of readdirSync(join(DATA, 'generated'))) if (f !== 'popular-entities.json') copyFileSync(join(DATA, 'generated', f), join(dir, 'generated', f));
    for (const f of readdirSync(join(DATA, 'rules'))) copyFileSync(join(DATA, 'rules', f), join(dir, 'rules', f));
    // As in the .vsix: the size stays in the packed sizes, the file is in neither form.
    writeFileSync(join(dir, 'packed', 'sizes.json'), JSON.stringify({ 'generated/popular-entities.json': statSync(join(DATA, 'generated', 'popular-entities.json')).size }));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same popular entities as the file, in its order', () => {
    const fromFile = loadBuiltInKnowledge(DATA).popular!.map((e) => e.id);
    const fromIndex = loadBuiltInKnowledge(dir).popular!.map((e) => e.id);
    const curated = new Set((JSON.parse(readFileSync(join(DATA, 'generated', 'entities.json'), 'utf8')) as { entities: Array<{ id: string }> }).entities.map((e) => e.id));
    assert.ok(fromIndex.length > 10_000);
    assert.deepEqual(fromIndex, fromFile.filter((id) => !curated.has(id)));
  });

  it('checks with a house list of entities as with the file', () => {
    const house = { accept: [], preferred: [], entities: [{ id: 'person:ada-example', kind: 'person' as const, name: 'Ada Example', sources: ['house list'] }] };
    const text = 'Qualcomm chief executive Cristiano Ammon spoke. Ada Example agreed.';
    const findings = (data: string) => createNameChecker(loadBuiltInKnowledge(data), house).check(text).map((f) => `${f.text} → ${f.suggestions[0]}`);
    assert.deepEqual(findings(dir), ['Ammon → Amon']);
    assert.deepEqual(findings(dir), findings(DATA));
  });
});
