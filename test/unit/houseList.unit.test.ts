// The newsroom's house list (.copydesk/entities.yaml) and cspell `words`:
// what is read, where problems are reported, how a name is added, and what
// the checker over the real built-in data makes of it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addAcceptedName, parseCspellConfig, parseHouseList } from '../../src/core/entities/houseList';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';
import { EntityRegistry, type HouseList } from '../../src/core/entities/registry';
import { NameChecker } from '../../src/core/entities/nameChecker';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const DATA_DIR = resolve(__dirname, '../../../data');

describe('parseHouseList', () => {
  it('reads accepted names, preferred forms and entities from a valid list', () => {
    const text = [
      '# Harbor Daily house list',
      'accept: [Brenza Latin, Harbor Daily]',
      'preferred:',
      '  Kyiv: [Kiev]',
      '  Zelenskyy: Zelensky',
      'entities:',
      '  - name: Okonjo Biwott',
      '    kind: person',
      '    description: Finance minister of Brenza',
      '    short: Biwott',
      '    variants: [Okonjo Bewott]',
      '  - name: Brenza Port Authority',
      '    id: org:brenza-port',
      '    kind: organization',
      '    acronyms: [BPA]',
      '    sources: [Port website]',
      '',
    ].join('\n');
    assert.deepEqual(parseHouseList(text), {
      list: {
        accept: ['Brenza Latin', 'Harbor Daily'],
        preferred: [
          { form: 'Kyiv', over: ['Kiev'] },
          { form: 'Zelenskyy', over: ['Zelensky'] },
        ],
        entities: [
          {
            id: 'house:okonjo-biwott',
            kind: 'person',
            name: 'Okonjo Biwott',
            description: 'Finance minister of Brenza',
            short: ['Biwott'],
            variants: ['Okonjo Bewott'],
            sources: ['house list'],
          },
          { id: 'org:brenza-port', kind: 'organization', name: 'Brenza Port Authority', acronyms: ['BPA'], sources: ['Port website'] },
        ],
      },
      problems: [],
    });
  });

  it('gives an entity without a kind the kind other', () => {
    const { list, problems } = parseHouseList('entities:\n  - name: Brenza Cup\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(list.entities, [{ id: 'house:brenza-cup', kind: 'other', name: 'Brenza Cup', sources: ['house list'] }]);
  });

  it('reads an empty file as an empty list without problems', () => {
    assert.deepEqual(parseHouseList(''), { list: { accept: [], preferred: [], entities: [] }, problems: [] });
  });

  it('reads a file of comments only as an empty list without problems', () => {
    assert.deepEqual(parseHouseList('# nothing yet\n'), { list: { accept: [], preferred: [], entities: [] }, problems: [] });
  });

  describe('YAML syntax errors', () => {
    it('points at the stray bracket on line 1', () => {
      const { list, problems } = parseHouseList('accept: [Brenza Latin]]\n');
      assert.deepEqual(list, { accept: [], preferred: [], entities: [] });
      assert.equal(problems.length, 1);
      assert.deepEqual([problems[0].line, problems[0].column], [1, 23]);
      assert.match(problems[0].message, /^House list is not valid YAML: /);
    });

    it('points at the nested mapping on line 3, column 6', () => {
      const { problems } = parseHouseList('accept:\n  - Brenza Latin\nfoo: bar: baz\n');
      assert.deepEqual(problems, [{ message: 'House list is not valid YAML: Nested mappings are not allowed in compact mappings', line: 3, column: 6 }]);
    });

    it('counts lines the same way with CRLF line endings', () => {
      const { problems } = parseHouseList('accept:\r\n  - Brenza Latin\r\nfoo: bar: baz\r\n');
      assert.deepEqual(
        problems.map((p) => [p.line, p.column]),
        [[3, 6]],
      );
    });

    it('points at a tab used as indentation', () => {
      const { problems } = parseHouseList('accept:\n\t- Brenza\n');
      assert.deepEqual(problems, [{ message: 'House list is not valid YAML: Tabs are not allowed as indentation', line: 2, column: 1 }]);
    });

    it('points at the second of two identical preferred forms', () => {
      const { problems } = parseHouseList('preferred:\n  Kyiv: [Kiev]\n  Kyiv: [Kieff]\n');
      assert.deepEqual(problems, [{ message: 'House list is not valid YAML: Map keys must be unique', line: 3, column: 3 }]);
    });
  });

  it('reports `accept` that is not a list at its value', () => {
    const { list, problems } = parseHouseList('accept: Brenza Latin\n');
    assert.deepEqual(list.accept, []);
    assert.deepEqual(problems, [{ message: '`accept` must be a list of names.', line: 1, column: 9 }]);
  });

  it('reports `entities` that is not a list', () => {
    const { problems } = parseHouseList('entities:\n  name: Brenza\n');
    assert.deepEqual(problems, [{ message: '`entities` must be a list.', line: 2, column: 3 }]);
  });

  it('reports `preferred` that is not a map', () => {
    const { problems } = parseHouseList('preferred: [Kyiv]\n');
    assert.deepEqual(problems, [{ message: '`preferred` must map a preferred form to the forms it replaces, e.g. `Kyiv: [Kiev]`.', line: 1, column: 12 }]);
  });

  it('reports an entity without a name at that entity and drops it', () => {
    const { list, problems } = parseHouseList('entities:\n  - name: Okonjo Biwott\n  - kind: person\n    variants: [Bewott]\n');
    assert.deepEqual(
      list.entities.map((e) => e.name),
      ['Okonjo Biwott'],
    );
    assert.deepEqual(problems, [{ message: 'An entity needs a `name`.', line: 3, column: 5 }]);
  });

  it('reports an entity whose name is blank', () => {
    const { problems } = parseHouseList('entities:\n  - name: "  "\n');
    assert.deepEqual(problems, [{ message: 'An entity needs a `name`.', line: 2, column: 5 }]);
  });

  it('reports an entity that is plain text instead of a map', () => {
    const { problems } = parseHouseList('entities:\n  - Okonjo Biwott\n');
    assert.deepEqual(problems, [{ message: 'Each entity must be a map with at least `name`.', line: 2, column: 5 }]);
  });

  it('reports an unknown kind, naming it and the kinds allowed', () => {
    const { list, problems } = parseHouseList('entities:\n  - name: Brenza\n    kind: planet\n');
    assert.deepEqual(list.entities, []);
    assert.deepEqual(problems, [{ message: 'Unknown kind “planet” (expected one of country, place, person, organization, event, other).', line: 2, column: 5 }]);
  });

  it('reports an unknown section at its key and still reads the known ones', () => {
    const { list, problems } = parseHouseList('accept: [Brenza Latin]\nwords: [Harbor]\n');
    assert.deepEqual(list.accept, ['Brenza Latin']);
    assert.deepEqual(problems, [{ message: 'Unknown house list section “words” (expected accept, preferred or entities; keys starting with x- may hold anchors).', line: 2, column: 1 }]);
  });

  it('reports a list that is not a map at all', () => {
    const { problems } = parseHouseList('- Brenza Latin\n- Harbor Daily\n');
    assert.deepEqual(problems, [{ message: 'House list must be a map with `accept`, `preferred` and `entities`.', line: 1, column: 1 }]);
  });

  describe('items that are not text', () => {
    it('reports each accepted name that is a number or a boolean and keeps the text ones', () => {
      const { list, problems } = parseHouseList('accept:\n  - 42\n  - true\n  - Brenza Latin\n');
      assert.deepEqual(list.accept, ['Brenza Latin']);
      assert.deepEqual(problems, [
        { message: 'Each accepted name must be text.', line: 2, column: 5 },
        { message: 'Each accepted name must be text.', line: 3, column: 5 },
      ]);
    });

    it('reports a preferred form that replaces a number', () => {
      const { list, problems } = parseHouseList('preferred:\n  Kyiv: [Kiev, 3]\n');
      assert.deepEqual(list.preferred, []);
      assert.deepEqual(problems, [{ message: 'Preferred form “Kyiv” must list the forms it replaces.', line: 2, column: 9 }]);
    });

    it('reports entity variants that are numbers', () => {
      const { list, problems } = parseHouseList('entities:\n  - name: Brenza\n    variants: [1, 2]\n');
      assert.deepEqual(list.entities, []);
      assert.deepEqual(problems, [{ message: '`variants` of “Brenza” must be a list of text.', line: 2, column: 5 }]);
    });
  });
});

describe('addAcceptedName', () => {
  it('appends to a block list and keeps comments and the other sections', () => {
    const before = [
      '# Harbor Daily house list',
      'accept:',
      '  - Brenza Latin # the town, not the dialect',
      '  - Harbor Daily',
      'preferred:',
      '  # since 2019',
      '  Kyiv:',
      '    - Kiev',
      'entities:',
      '  - name: Okonjo Biwott',
      '    kind: person',
      '',
    ].join('\n');
    const after = [
      '# Harbor Daily house list',
      'accept:',
      '  - Brenza Latin # the town, not the dialect',
      '  - Harbor Daily',
      '  - Okonjo Biwott',
      'preferred:',
      '  # since 2019',
      '  Kyiv:',
      '    - Kiev',
      'entities:',
      '  - name: Okonjo Biwott',
      '    kind: person',
      '',
    ].join('\n');
    assert.equal(addAcceptedName(before, 'Okonjo Biwott'), after);
  });

  it('appends to a short flow list and keeps its trailing comment', () => {
    assert.equal(addAcceptedName('# list\naccept: [Brenza Latin] # local names\n', 'Harbor Daily'), '# list\naccept: [Brenza Latin, Harbor Daily] # local names\n');
  });

  it('creates `accept` after the other sections when it is missing', () => {
    const before = '# Harbor Daily house list\nentities:\n  - name: Okonjo Biwott # minister\n';
    assert.equal(addAcceptedName(before, 'Brenza Latin'), '# Harbor Daily house list\nentities:\n  - name: Okonjo Biwott # minister\naccept:\n  - Brenza Latin\n');
  });

  it('fills an `accept` key that has no value yet', () => {
    assert.equal(addAcceptedName('accept:\n', 'Brenza Latin'), 'accept:\n  - Brenza Latin\n');
  });

  it('starts an empty file with a header comment and the name', () => {
    const expected = '# Copydesk house list: names that are right in this newsroom.\naccept: [Brenza Latin]\n';
    assert.equal(addAcceptedName('', 'Brenza Latin'), expected);
    // Even blank lines are the writer's: the new text goes before them.
    assert.equal(addAcceptedName('  \n\n', 'Brenza Latin'), expected + '  \n\n');
  });

  it('writes a result that parseHouseList reads back with the new name', () => {
    const updated = addAcceptedName(addAcceptedName('', 'Brenza Latin'), 'Harbor Daily');
    assert.deepEqual(parseHouseList(updated), { list: { accept: ['Brenza Latin', 'Harbor Daily'], preferred: [], entities: [] }, problems: [] });
  });

  it('does not add a name that is already accepted', () => {
    const before = 'accept:\n  - Brenza Latin\n  - Harbor Daily\n';
    assert.equal(addAcceptedName(before, 'Harbor Daily'), before);
  });

  it('keeps a flow list of eight names a flow list', () => {
    assert.equal(addAcceptedName('accept: [A1, A2, A3, A4, A5, A6, A7, A8]\n', 'A9'), 'accept: [A1, A2, A3, A4, A5, A6, A7, A8, A9]\n');
  });

  it('throws a clear error instead of rewriting a file with a YAML error', () => {
    assert.throws(() => addAcceptedName('accept: [Brenza Latin]]\n', 'Harbor Daily'), (e: Error) => {
      assert.match(e.message, /^The house list has a YAML error; fix it before adding names: Unexpected flow-seq-end token/);
      return true;
    });
  });

  it('throws a clear error when the file is a list instead of a map', () => {
    assert.throws(() => addAcceptedName('- Brenza Latin\n', 'Harbor Daily'), { message: 'The house list must be a map with `accept`, `preferred` and `entities`.' });
  });
});

describe('parseCspellConfig', () => {
  it('reads `words` from cspell.json with // comments and trailing commas', () => {
    const text = '{\n  // newsroom names\n  "version": "0.2",\n  "words": [\n    "Brenza",\n    "Okonjo", // a minister\n  ],\n}\n';
    assert.deepEqual(parseCspellConfig(text, 'cspell.json'), { words: ['Brenza', 'Okonjo'], problems: [] });
  });

  it('reads `words` from .cspell.json', () => {
    assert.deepEqual(parseCspellConfig('{ "words": ["Brenza"] }', '.cspell.json'), { words: ['Brenza'], problems: [] });
  });

  it('reads `words` from cspell.config.yaml', () => {
    const text = 'version: "0.2"\n# names\nwords:\n  - Brenza\n  - Okonjo\n';
    assert.deepEqual(parseCspellConfig(text, 'cspell.config.yaml'), { words: ['Brenza', 'Okonjo'], problems: [] });
  });

  it('keeps only the text entries of `words`', () => {
    assert.deepEqual(parseCspellConfig('{ "words": ["Brenza", 3, null, "Okonjo"] }', 'cspell.json'), { words: ['Brenza', 'Okonjo'], problems: [] });
  });

  it('reports invalid JSON at the 1-based line and column of the missing comma', () => {
    const text = '{\n  "words": [\n    "Brenza"\n    "Okonjo"\n  ]\n}\n';
    assert.deepEqual(parseCspellConfig(text, 'cspell.json'), {
      words: [],
      problems: [{ message: 'cspell configuration is not valid JSON: CommaExpected', line: 4, column: 5 }],
    });
  });

  it('reports invalid YAML in cspell.config.yml with its line and column', () => {
    assert.deepEqual(parseCspellConfig('words:\n\t- Brenza\n', 'cspell.config.yml'), {
      words: [],
      problems: [{ message: 'cspell configuration is not valid YAML: Tabs are not allowed as indentation', line: 2, column: 1 }],
    });
  });

  it('reads no words and no problems from a JSON configuration without `words`', () => {
    assert.deepEqual(parseCspellConfig('{ "version": "0.2", "language": "en" }', 'cspell.json'), { words: [], problems: [] });
  });

  it('reads no words and no problems from a YAML configuration without `words`', () => {
    assert.deepEqual(parseCspellConfig('language: en\n', 'cspell.yaml'), { words: [], problems: [] });
  });

  it('ignores `words` that is text instead of a list', () => {
    assert.deepEqual(parseCspellConfig('{ "words": "Brenza" }', 'cspell.json'), { words: [], problems: [] });
  });
});

describe('house list through createNameChecker with the built-in data', () => {
  const knowledge = loadBuiltInKnowledge(DATA_DIR);
  const found = (house: HouseList | undefined, text: string) =>
    createNameChecker(knowledge, house)
      .check(text)
      .map((f) => [text.slice(f.start, f.end), f.code, f.suggestions[0]]);

  it('flags Sholz without a house list (the control for the next test)', () => {
    assert.deepEqual(found(undefined, 'Chancellor Olaf Sholz said.'), [['Sholz', 'near-miss', 'Scholz']]);
  });

  it('does not flag a name the house list accepts', () => {
    const { list, problems } = parseHouseList('accept: [Sholz]\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(found(list, 'Chancellor Olaf Sholz said.'), []);
  });

  it('does not flag a name accepted through cspell words', () => {
    const { words } = parseCspellConfig('{ "words": ["Sholz"] }', 'cspell.json');
    assert.deepEqual(found({ accept: words, preferred: [], entities: [] }, 'Chancellor Olaf Sholz said.'), []);
  });

  it('does not flag Kiev alone without a house list', () => {
    assert.deepEqual(found(undefined, 'Officials in Kiev said.'), []);
  });

  it('flags Kiev alone with Kyiv first when the house prefers Kyiv', () => {
    const { list, problems } = parseHouseList('preferred:\n  Kyiv: [Kiev]\n');
    assert.deepEqual(problems, []);
    const text = 'Officials in Kiev said.';
    const findings = createNameChecker(knowledge, list).check(text);
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].start, findings[0].end), 'Kiev');
    assert.equal(findings[0].code, 'inconsistent-name');
    assert.equal(findings[0].suggestions[0], 'Kyiv');
    assert.match(findings[0].message, /house list prefers “Kyiv”/);
  });

  it('does not flag Kyiv when the house prefers Kyiv', () => {
    assert.deepEqual(found({ accept: [], preferred: [{ form: 'Kyiv', over: ['Kiev'] }], entities: [] }, 'Officials in Kyiv said.'), []);
  });
});

describe('a house list over the built-in registry (EntityRegistry.withHouse)', () => {
  const knowledge = loadBuiltInKnowledge(DATA_DIR);
  const CORPUS = resolve(__dirname, '../../../test/fixtures/corpus');
  const texts = ['beats-dev', 'heldout4-politics', 'dev39-beats'].flatMap((dir) =>
    readdirSync(resolve(CORPUS, dir))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(resolve(CORPUS, dir, f), 'utf8')),
  );
  const spans = (checker: ReturnType<typeof createNameChecker>, text: string) => checker.check(text).map((f) => `${f.start}:${text.slice(f.start, f.end)}:${f.code}:${f.suggestions.join('|')}`);

  it('leaves the built-in checker as it was, and shares its indexes', () => {
    const plain = createNameChecker(knowledge);
    const housed = createNameChecker(knowledge, { accept: ['Sholz'], preferred: [], entities: [] });
    const text = 'Chancellor Olaf Sholz said.';
    assert.deepEqual(spans(housed, text), []);
    assert.deepEqual(spans(plain, text), ['16:Sholz:near-miss:Scholz']);
    assert.deepEqual(spans(createNameChecker(knowledge), text), ['16:Sholz:near-miss:Scholz']);
    assert.equal(housed.registry.memoKey, plain.registry.memoKey);
    assert.equal(housed.registry.phrasesByFirst, plain.registry.phrasesByFirst);
    assert.ok(housed.registry.knownKeys.has('sholz') && !plain.registry.knownKeys.has('sholz'));
    assert.ok(housed.registry.knownKeys.has('scholz'), 'the built-in keys are known under the accepted ones');
    assert.ok(housed.registry.foldedKeys.has('sholz') && !plain.registry.foldedKeys.has('sholz'));
    assert.equal(housed.registry.knownKeys.size, plain.registry.knownKeys.size + 1);
    assert.equal([...housed.registry.knownKeys].length, housed.registry.knownKeys.size);
  });

  it('puts preferences among forms the knowledge has on top too, and builds a registry of its own for the others', () => {
    const plain = createNameChecker(knowledge);
    const kyiv = createNameChecker(knowledge, { accept: [], preferred: [{ form: 'Kyiv', over: ['Kiev'] }], entities: [] });
    assert.equal(kyiv.registry.memoKey, plain.registry.memoKey, 'Kiev is already a variant of Kyiv: no registry of its own');
    assert.equal(kyiv.registry.preferred.get('place:kyiv'), 'Kyiv');
    assert.equal(plain.registry.preferred.size, 0);
    const text = 'Officials in Kiev said.';
    assert.deepEqual(spans(kyiv, text), ['13:Kiev:inconsistent-name:Kyiv']);
    assert.deepEqual(spans(plain, text), []);
    // A form the records lack changes them: that list gets a registry of its own, and works.
    const kyjiw = createNameChecker(knowledge, { accept: [], preferred: [{ form: 'Kyiv', over: ['Kyjiw'] }], entities: [] });
    assert.notEqual(kyjiw.registry.memoKey, plain.registry.memoKey);
    assert.deepEqual(spans(kyjiw, 'Officials in Kyjiw said.'), ['13:Kyjiw:inconsistent-name:Kyiv']);
  });

  it('finds what a registry built anew from the records with the same house list finds', function () {
    this.timeout(240_000);
    // Accept every third name the built-in checker flags in these articles, and a few names it knows.
    const plain = createNameChecker(knowledge);
    const flagged = [...new Set(texts.flatMap((t) => plain.check(t).map((f) => t.slice(f.start, f.end))))];
    // And prefer the name of every curated place, country or body with variants over them.
    const preferred = [...plain.registry.entities.values()].filter((e) => e.kind !== 'person' && e.variants?.length && !plain.registry.isListed(e)).map((e) => ({ form: e.name, over: e.variants! }));
    assert.ok(preferred.length >= 10, `preferred ${preferred.length} names`);
    const house: HouseList = { accept: [...flagged.filter((_, i) => i % 3 === 0), 'Olaf Scholz', 'Harbor Daily'], preferred, entities: [] };
    assert.ok(house.accept.length >= 10, `accepted ${house.accept.length} names`);
    const layered = createNameChecker(knowledge, house);
    assert.equal(layered.registry.memoKey, plain.registry.memoKey, 'the house list goes on top of the built-in registry');
    const built = new NameChecker(
      new EntityRegistry(knowledge.kb.entities, knowledge.ordinaryWords, house, knowledge.namesOnly, knowledge.wordSwaps, knowledge.knownNames, knowledge.popular),
      knowledge.confusables,
      knowledge.countryPartners,
      knowledge.facts,
    );
    let differences = 0;
    for (const text of texts) {
      assert.deepEqual(spans(layered, text), spans(built, text));
      if (spans(layered, text).join() !== spans(plain, text).join()) differences++;
    }
    assert.ok(differences >= 3, `the accepted names changed the findings of ${differences} articles`);
  });
});
