// Acronym expansions (checks/acronymMismatch.ts) of whole classes of bodies: state secretariats,
// regional integration bodies and the UN's regional commissions. Each positive has a
// correct-name negative beside it: a real, less-famous body of the same class.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST } from '../../src/core/entities/registry';
import type { EntityRecord } from '../../src/core/entities/types';
import { summary } from './helpers/miniKnowledge';

const S = ['unit test fixture'];

const ENTITIES: EntityRecord[] = [
  { id: 'country:switzerland', kind: 'country', name: 'Switzerland', adjectives: ['Swiss'], sources: S },
  { id: 'country:uruguay', kind: 'country', name: 'Uruguay', adjectives: ['Uruguayan'], sources: S },
  { id: 'org:seco', kind: 'organization', name: 'State Secretariat for Economic Affairs', acronyms: ['SECO'], country: 'country:switzerland', sources: S },
  { id: 'org:sem', kind: 'organization', name: 'State Secretariat for Migration', acronyms: ['SEM'], country: 'country:switzerland', sources: S },
  { id: 'org:laia', kind: 'organization', name: 'Latin American Integration Association', acronyms: ['LAIA', 'ALADI'], sources: S },
  { id: 'org:sica', kind: 'organization', name: 'Central American Integration System', acronyms: ['SICA'], sources: S },
  { id: 'org:escwa', kind: 'organization', name: 'Economic and Social Commission for Western Asia', acronyms: ['ESCWA'], sources: S },
  { id: 'org:escap', kind: 'organization', name: 'Economic and Social Commission for Asia and the Pacific', acronyms: ['ESCAP'], sources: S },
];
const c = new NameChecker(new EntityRegistry(ENTITIES, [], EMPTY_HOUSE_LIST, [], []));

describe('acronym expansions of whole classes of bodies', () => {
  it("flags a state secretariat's expansion with one word changed, with the official form as the fix", () => {
    assert.deepEqual(summary(c, 'The State Secretariat for Economic Analysis (SECO) cut its forecast for Swiss growth.'), [
      ['State Secretariat for Economic Analysis', 'acronym-mismatch', 'State Secretariat for Economic Affairs'],
    ]);
    assert.deepEqual(summary(c, 'The State Secretariat for Economic Affairs (SECO) cut its forecast for Swiss growth.'), []);
    assert.deepEqual(summary(c, 'The State Secretariat for Migration (SEM) said asylum requests fell in Switzerland.'), []);
  });
  it("flags a regional integration body's expansion after its native acronym", () => {
    assert.deepEqual(summary(c, 'The ALADI (Latin American Integration Agency), based in Montevideo, said trade grew.'), [
      ['Latin American Integration Agency', 'acronym-mismatch', 'Latin American Integration Association'],
    ]);
    assert.deepEqual(summary(c, 'The ALADI (Latin American Integration Association), based in Montevideo, said trade grew.'), []);
    assert.deepEqual(summary(c, 'The SICA (Central American Integration System) met in San Salvador.'), []);
  });
  it("flags a UN regional commission's region written as another, with the whole official form as the fix", () => {
    assert.deepEqual(summary(c, 'The ESCWA (Economic and Social Commission for West Africa), headquartered in Beirut, said so.'), [
      ['Economic and Social Commission for West Africa', 'acronym-mismatch', 'Economic and Social Commission for Western Asia'],
    ]);
    assert.deepEqual(summary(c, 'The ESCAP (Economic and Social Commission for Asia and the Pacific), based in Bangkok, said so.'), []);
  });
});
