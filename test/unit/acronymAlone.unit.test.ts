// A known body's name written with other words and without its acronym beside it
// (checks/acronymMismatch.ts, expansionsAlone): flagged only where the words' initials are the
// body's acronym, most of its words are the body's own, the article writes the acronym somewhere
// and names the body's country. Each positive has correct-name negatives beside it, with real,
// less-famous bodies.
import * as assert from 'node:assert/strict';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EntityRegistry, EMPTY_HOUSE_LIST } from '../../src/core/entities/registry';
import type { EntityRecord } from '../../src/core/entities/types';
import { summary } from './helpers/miniKnowledge';

const S = ['unit test fixture'];

const ENTITIES: EntityRecord[] = [
  { id: 'country:canada', kind: 'country', name: 'Canada', adjectives: ['Canadian'], sources: S },
  { id: 'country:malaysia', kind: 'country', name: 'Malaysia', adjectives: ['Malaysian'], sources: S },
  { id: 'country:kenya', kind: 'country', name: 'Kenya', adjectives: ['Kenyan'], sources: S },
  { id: 'org:oeb', kind: 'organization', name: 'Ontario Energy Board', acronyms: ['OEB'], country: 'country:canada', sources: S },
  { id: 'org:bam', kind: 'organization', name: 'Badminton Association of Malaysia', acronyms: ['BAM'], country: 'country:malaysia', sources: S },
  { id: 'org:kna', kind: 'organization', name: 'Kenya News Agency', acronyms: ['KNA'], country: 'country:kenya', sources: S },
  { id: 'org:epra', kind: 'organization', name: 'Energy and Petroleum Regulatory Authority', acronyms: ['EPRA'], country: 'country:kenya', sources: S },
];
const c = new NameChecker(new EntityRegistry(ENTITIES, [], EMPTY_HOUSE_LIST, [], []));

describe('a known body written with other words, its acronym elsewhere in the article', () => {
  it('flags the wrong words where the article writes the acronym and names the country', () => {
    assert.deepEqual(summary(c, 'In Canada, the Ontario Electricity Board approved the rate rise. The OEB said bills would climb.'), [
      ['Ontario Electricity Board', 'acronym-mismatch', 'Ontario Energy Board'],
    ]);
    assert.deepEqual(summary(c, 'Lee Zii Jia left the Badminton Academy of Malaysia in 2021. The BAM later dropped its case.'), [
      ['Badminton Academy of Malaysia', 'acronym-mismatch', 'Badminton Association of Malaysia'],
    ]);
  });
  it('leaves the right name alone, and the same words where the article never writes the acronym', () => {
    assert.deepEqual(summary(c, 'In Canada, the Ontario Energy Board approved the rate rise. The OEB said bills would climb.'), []);
    assert.deepEqual(summary(c, 'In Canada, the Ontario Electricity Board approved the rate rise on Monday.'), []);
    assert.deepEqual(summary(c, 'Lee Zii Jia left the Badminton Association of Malaysia in 2021. The BAM later dropped its case.'), []);
  });
  it('leaves words that share too few of the body\'s own alone, and a run whose initials are no known acronym', () => {
    assert.deepEqual(summary(c, 'In Nairobi, Kenya, the Eastern Province Rugby Association met. The EPRA set new fuel prices.'), []);
    assert.deepEqual(summary(c, 'In Nairobi, Kenya, the Energy and Petroleum Regulatory Authority set fuel prices. The EPRA said so.'), []);
  });
  it('reads a dateline in capitals before an agency code as no expansion', () => {
    assert.deepEqual(summary(c, 'NAIROBI (KNA) — The Energy and Petroleum Regulatory Authority raised fuel prices in Kenya.'), []);
    assert.deepEqual(summary(c, 'The Kenya Media Agency (KNA) reported that fuel prices rose in Kenya.'), [['Kenya Media Agency', 'acronym-mismatch', 'Kenya News Agency']]);
  });
});
