// Stale titles (issue 9, confusable names): a person named with an office they had left before
// the article's date, where the knowledge names who holds it then.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';
import { articleDate, officesIn } from '../../src/core/entities/checks/staleTitles';
import { KnownNames } from '../../src/core/entities/knownNames';
import { NameChecker } from '../../src/core/entities/nameChecker';
import { EMPTY_HOUSE_LIST, EntityRegistry } from '../../src/core/entities/registry';
import type { EntityRecord } from '../../src/core/entities/types';

const dated = (date: string, body: string) => `---\ntitle: "A story"\ndate: ${date}\n---\n\n${body}\n`;
const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('stale titles', () => {
  it('reads the offices and terms of a description', () => {
    assert.deepEqual(officesIn('Prime Minister of Israel (1996–1999, 2009–2021, since 2022)'), [
      { text: 'Prime Minister of Israel', terms: [{ from: 1996, to: 1999 }, { from: 2009, to: 2021 }, { from: 2022 }] },
    ]);
    assert.deepEqual(officesIn('President of the European Council (since 2024); Prime Minister of Portugal (2015–2024)'), [
      { text: 'President of the European Council', terms: [{ from: 2024 }] },
      { text: 'Prime Minister of Portugal', terms: [{ from: 2015, to: 2024 }] },
    ]);
    assert.deepEqual(officesIn('Norwegian politician'), []);
  });

  it("reads the front matter's date", () => {
    assert.deepEqual(articleDate({ date: '2026-02-10' }), { year: 2026, month: 2 });
    assert.deepEqual(articleDate({ date: new Date(Date.UTC(2025, 10, 3)) }), { year: 2025, month: 11 });
    assert.equal(articleDate({ date: 'last Tuesday' }), undefined);
    assert.equal(articleDate({}), undefined);
  });

  it('flags a person named with an office they left before the article was written, with the holder then as the fix', () => {
    assert.deepEqual(flags(dated('2026-02-10', 'IOC President Thomas Bach said the Games would go ahead.')), [['Thomas Bach', 'Kirsty Coventry']]);
    assert.deepEqual(flags(dated('2026-02-10', 'German Chancellor Olaf Scholz said the budget was final.')), [['Olaf Scholz', 'Friedrich Merz']]);
    assert.deepEqual(flags(dated('2026-02-10', 'US President Joe Biden said on Jan. 5 that the budget was final.')), [['Joe Biden', 'Donald Trump']]);
  });

  it('leaves the holder alone, and the former holder where the copy says the title is past or the article predates the change', () => {
    assert.deepEqual(flags(dated('2026-02-10', 'IOC President Kirsty Coventry said the Games would go ahead.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'Former German Chancellor Olaf Scholz said the budget was final.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'Then-Chancellor Olaf Scholz had said the budget was final.')), []);
    assert.deepEqual(flags(dated('2024-02-10', 'German Chancellor Olaf Scholz said the budget was final.')), []);
    assert.deepEqual(flags('German Chancellor Olaf Scholz said the budget was final.'), []);
  });

  it('leaves a sentence about a year of the term alone, written or relative to the date', () => {
    assert.deepEqual(flags(dated('2026-02-10', 'In 2023, Chancellor Olaf Scholz said the budget was final.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'Protests toppled the government of Prime Minister K.P. Sharma Oli last September.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'Two years ago, Chancellor Olaf Scholz said the budget was final.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'IOC President Thomas Bach said in Lausanne last month that the committee was open.')), [['Thomas Bach', 'Kirsty Coventry']]);
  });

  it('reads the title in apposition after the name too, with what it is of before or after it', () => {
    assert.deepEqual(flags(dated('2026-02-10', 'Thomas Bach, the IOC president, said the Games would go ahead.')), [['Thomas Bach', 'Kirsty Coventry']]);
    assert.deepEqual(flags(dated('2026-02-10', "On Monday Olaf Scholz, Germany's chancellor, said the budget was final.")), [['Olaf Scholz', 'Friedrich Merz']]);
    assert.deepEqual(flags(dated('2026-02-10', 'Thomas Bach, the president of the IOC, said the Games would go ahead.')), [['Thomas Bach', 'Kirsty Coventry']]);
    assert.deepEqual(flags(dated('2026-02-10', 'Thomas Bach, the former IOC president, said the Games would go ahead.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'Thomas Bach, the IOC president between 2013 and 2025, oversaw the Games.')), []);
    assert.deepEqual(flags(dated('2026-02-10', 'Olaf Scholz, the German chancellor who lost the election, said so.')), []);
  });

  it("leaves a title of another country to the nationality check (the office meant is not the person's)", () => {
    assert.deepEqual(flags(dated('2026-02-10', 'French Chancellor Olaf Scholz said so.')), [['French', 'German']]);
  });

  describe("the lists' people (the second tier curated by class)", () => {
    // Listed people: the registry's cautious tier, whose descriptions may give life dates as well as offices.
    const person = (id: string, name: string, description: string): EntityRecord => ({ id, kind: 'person', name, description, country: 'country:usa', sources: ['test'] });
    const countries: EntityRecord[] = [
      { id: 'country:usa', kind: 'country', name: 'United States', adjectives: ['American'], sources: ['test'] },
      { id: 'place:ohio', kind: 'place', name: 'Ohio', country: 'country:usa', sources: ['test'] },
    ];
    const listed = [
      person('person:jo-anders', 'Jo Anders', 'Governor of Ohio (2011–2019)'),
      person('person:mae-brill', 'Mae Brill', 'Governor of Ohio (since 2019)'),
      person('person:cal-dorn', 'Cal Dorn', 'American artist (1954–2012)'),
      person('person:ida-ferro', 'Ida Ferro', 'American artist (since 2013)'),
    ];
    const checker = new NameChecker(new EntityRegistry(countries, [], EMPTY_HOUSE_LIST, [], [], KnownNames.empty(), listed));
    const flagsOf = (text: string) => checker.check(text).map((f) => [f.text, f.suggestions[0]]);

    it("reads a listed holder's office from a holder's title, with the place it is of", () => {
      assert.deepEqual(flagsOf(dated('2026-02-10', 'Governor Jo Anders signed the bill on Monday.')), [['Jo Anders', 'Mae Brill']]);
      assert.deepEqual(flagsOf(dated('2026-02-10', 'Ohio Governor Jo Anders signed the bill on Monday.')), [['Jo Anders', 'Mae Brill']]);
      assert.deepEqual(flagsOf(dated('2026-02-10', 'Ohio Governor Mae Brill signed the bill on Monday.')), []);
      assert.deepEqual(flagsOf(dated('2026-02-10', 'Former Ohio Governor Jo Anders signed the letter.')), []);
      // "former" before a qualifier the knowledge does not read ("St Lucian") still says the title is past.
      assert.deepEqual(flagsOf(dated('2026-02-10', 'The panel includes former Buckeye State governor Jo Anders.')), []);
      assert.deepEqual(flagsOf(dated('2026-02-10', 'The panel includes Buckeye State governor Jo Anders.')), [['Jo Anders', 'Mae Brill']]);
    });

    it('never reads life dates as an office', () => {
      assert.deepEqual(flagsOf(dated('2026-02-10', 'American artist Cal Dorn painted the mural.')), []);
    });
  });
});

