// Sanity checks on the generated knowledge base (data/generated/entities.json):
// shape, unique ids, sources, and facts the entity checks rely on.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityRecord, KnowledgeBaseFile } from '../../src/core/entities/types';

const kb: KnowledgeBaseFile = JSON.parse(readFileSync(join(process.cwd(), 'data', 'generated', 'entities.json'), 'utf8'));
const byName = (name: string): EntityRecord | undefined => kb.entities.find((e) => e.name === name);
const byAcronym = (acronym: string): EntityRecord[] => kb.entities.filter((e) => e.acronyms?.includes(acronym));
const correctForms = (e: EntityRecord): string[] => [e.name, ...(e.aliases ?? []), ...(e.short ?? []), ...(e.acronyms ?? []), ...(e.variants ?? [])];

describe('entities.json', () => {
  it('gives every entity an id, a kind, a name and at least one source', () => {
    for (const e of kb.entities) {
      assert.ok(e.id && e.kind && e.name, `incomplete entity ${JSON.stringify(e).slice(0, 120)}`);
      assert.ok(e.sources.length > 0 && e.sources.every((s) => s.trim().length > 0), `${e.id} has no sources`);
    }
  });

  it('uses each id once', () => {
    const ids = kb.entities.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('prefixes ids with their kind', () => {
    const prefix: Record<string, string> = { country: 'country:', place: 'place:', person: 'person:', organization: 'org:', event: 'event:', other: 'other:' };
    for (const e of kb.entities) assert.ok(e.id.startsWith(prefix[e.kind]), e.id);
  });

  it('points capital and country references at entities that exist', () => {
    const ids = new Set(kb.entities.map((e) => e.id));
    for (const e of kb.entities) {
      if (e.capital) assert.ok(ids.has(e.capital), `${e.id} capital ${e.capital}`);
      if (e.country) assert.ok(ids.has(e.country), `${e.id} country ${e.country}`);
    }
  });

  it('never lists a wrong form that is a correct form of any entity', () => {
    const correct = new Set(kb.entities.flatMap(correctForms).map((f) => f.toLowerCase()));
    for (const e of kb.entities) for (const w of e.wrong ?? []) assert.ok(!correct.has(w.toLowerCase()), `${e.id}: "${w}"`);
  });

  it('has Xi Jinping with the short form Xi', () => {
    assert.deepEqual(byName('Xi Jinping')?.short, ['Xi']);
  });

  it('has Vladimir Putin without his patronymic', () => {
    const putin = byName('Vladimir Putin');
    assert.ok(putin);
    assert.equal(putin.kind, 'person');
    assert.ok(!correctForms(putin).some((f) => /Vladimirovich/.test(f)));
  });

  it('maps the acronym G20 to the Group of Twenty', () => {
    assert.deepEqual(byAcronym('G20').map((e) => e.name), ['Group of Twenty']);
  });

  it('maps CSTO to the Collective Security Treaty Organization', () => {
    assert.deepEqual(byAcronym('CSTO').map((e) => e.name), ['Collective Security Treaty Organization']);
  });

  it('gives China the combining form Sino', () => {
    assert.ok(byName('China')?.combiningForms?.includes('Sino'));
  });

  it('lists Govt-19 as a wrong form of COVID-19', () => {
    assert.ok(byName('COVID-19')?.wrong?.includes('Govt-19'));
  });

  it('has Colombia as a country', () => {
    assert.equal(byName('Colombia')?.kind, 'country');
  });

  it('spells one OECD form with Co-operation', () => {
    const oecd = byAcronym('OECD')[0];
    assert.ok(oecd);
    assert.ok(correctForms(oecd).some((f) => f.includes('Co-operation')));
  });
});
