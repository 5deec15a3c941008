// The hover card and the "in this story" model, from the checker's mentions and findings.
import * as assert from 'node:assert/strict';
import { entityCard, escapeMarkdown, formsUsed, identityLine, type EntityLookup } from '../../src/core/names/entityCard';
import { storyEntities } from '../../src/core/names/storyEntities';
import { miniChecker } from './helpers/miniKnowledge';

describe('names in the story', () => {
  const checker = miniChecker();
  const lookup: EntityLookup = { entity: (id) => checker.registry.entities.get(id) };
  const analyse = (text: string) => {
    const findings = checker.check(text);
    return { findings, mentions: checker.mentions(text) };
  };
  const scholz = () => lookup.entity('person:olaf-scholz')!;

  describe('mentions', () => {
    it('gives every known name with its exact span and entity, in text order', () => {
      const text = 'German Chancellor Olaf Scholz met Xi in Beijing. Scholz left.';
      const got = checker.mentions(text).map((m) => [text.slice(m.start, m.end), m.text, m.entityId, m.role]);
      assert.deepEqual(got, [
        ['German', 'German', 'country:germany', 'adjective'],
        ['Olaf Scholz', 'Olaf Scholz', 'person:olaf-scholz', 'name'],
        ['Xi', 'Xi', 'person:xi-jinping', 'short'],
        ['Scholz', 'Scholz', 'person:olaf-scholz', 'short'],
      ]);
    });

    it('finds names inside front matter values a reader sees and skips code', () => {
      const text = '---\ntitle: Scholz in Paris\nslug: scholz\n---\n\nUse `Scholz` here, Macron said.\n';
      assert.deepEqual(checker.mentions(text).map((m) => [m.text, m.start]), [
        ['Scholz', text.indexOf('Scholz')],
        ['Macron', text.indexOf('Macron')],
      ]);
    });

    it('gives the same spans whether or not check() ran first', () => {
      const text = 'Olaf Scholz met Emmanuel Macron.\n\nScholz spoke of Govt-19.';
      const cold = miniChecker().mentions(text);
      assert.deepEqual(analyse(text).mentions, cold);
    });
  });

  describe('hover card', () => {
    it('names the entity, says what it is and counts the forms the article uses', () => {
      const text = 'Olaf Scholz spoke. Scholz left. Scholz returned.';
      const md = entityCard({ entity: scholz(), ...analyse(text) }, lookup);
      assert.match(md, /^\*\*Olaf Scholz\*\* {2}\nperson · Chancellor of Germany 2021–2025$/m);
      assert.match(md, /In this article: “Scholz” ×2, “Olaf Scholz”/);
      assert.match(md, /Source: unit test fixture/);
      assert.doesNotMatch(md, /warning/);
    });

    it('adds the country when the description does not name it, and links sources with a URL', () => {
      const merkel = { ...lookup.entity('person:angela-merkel')!, sources: ['Wikipedia: Angela Merkel (https://en.wikipedia.org/wiki/Angela_Merkel)'] };
      assert.equal(identityLine(merkel, lookup), 'person · Germany');
      const md = entityCard({ entity: merkel, mentions: [] }, lookup);
      assert.match(md, /Source: \[Wikipedia: Angela Merkel\]\(https:\/\/en\.wikipedia\.org\/wiki\/Angela_Merkel\)/);
      // The knowledge names a Wikipedia article by its title alone; the card makes the link.
      const hirt = { ...merkel, sources: ['Wikipedia: Jan Hirt (cyclist)', 'Wikipedia: Who? What#'] };
      const card = entityCard({ entity: hirt, mentions: [] }, lookup);
      assert.ok(card.includes('[Wikipedia: Jan Hirt \\(cyclist\\)](https://en.wikipedia.org/wiki/Jan_Hirt_%28cyclist%29)'), card);
      assert.ok(card.includes('(https://en.wikipedia.org/wiki/Who%3F_What%23)'), card);
      // "Wikipedia" alone (the second tier, whose article bears the person's name) links that article.
      const listed = { ...merkel, name: 'Agustín Tapia', sources: ['Wikipedia'] };
      const tapia = entityCard({ entity: listed, mentions: [] }, lookup);
      assert.ok(tapia.includes('Source: [Wikipedia: Agustín Tapia](https://en.wikipedia.org/wiki/Agust%C3%ADn_Tapia)'), tapia);
    });

    it('on a flagged name shows the finding, a link per fix, then the entity meant', () => {
      const text = 'Chancellor Sholz said no.';
      const { findings, mentions } = analyse(text);
      const flagged = findings[0];
      assert.equal(flagged.entityId, 'person:olaf-scholz');
      const md = entityCard({ entity: scholz(), mentions, findings, flagged, fixLink: (f, s) => `command:fix?${f.start}-${s}` }, lookup);
      const [flag, rule, card] = md.split('\n\n');
      assert.equal(flag, `$(warning) \`near-miss\` · [Replace with “Scholz”](command:fix?${text.indexOf('Sholz')}-Scholz)`);
      assert.equal(rule, '---');
      assert.match(card, /^\*\*Olaf Scholz\*\*/);
    });

    it('escapes Markdown in names, so a name cannot inject a link', () => {
      assert.equal(escapeMarkdown('A*B [x](y) <b>'), 'A\\*B \\[x\\]\\(y\\) \\<b\\>');
      const odd = { id: 'org:x', kind: 'organization' as const, name: '[Click](command:evil)', sources: [] };
      assert.match(entityCard({ entity: odd, mentions: [] }, lookup), /^\*\*\\\[Click\\\]\\\(command:evil\\\)\*\*/);
    });

    it('counts forms per entity, most used first, leaving out wrong forms', () => {
      const { mentions } = analyse('Govt-19 and COVID-19 and Covid-19 and COVID-19.');
      assert.deepEqual(formsUsed('other:covid-19', mentions), [['COVID-19', 2], ['Covid-19', 1]]);
    });
  });

  describe('story entities', () => {
    it('groups entities by kind, people first, in order of first appearance, with mention counts', () => {
      const text = 'The UN met. Emmanuel Macron and Olaf Scholz spoke; Scholz and Macron agreed in Germany. Macron left.';
      const { mentions, findings } = analyse(text);
      const groups = storyEntities(mentions, findings, lookup);
      assert.deepEqual(
        groups.map((g) => [g.label, g.entities.map((e) => [e.entity.name, e.mentions, e.flagged])]),
        [
          ['People', [['Emmanuel Macron', 3, 0], ['Olaf Scholz', 2, 0]]],
          ['Organisations', [['United Nations', 1, 0]]],
          ['Countries', [['Germany', 1, 0]]],
        ],
      );
    });

    it('marks flagged names under the entity meant, with their spans, even when the slip is no known form', () => {
      const text = 'Chancellor Olaf Scholz spoke. Later Chancellor Sholz left, and Govt-19 spread.';
      const { mentions, findings } = analyse(text);
      const groups = storyEntities(mentions, findings, lookup);
      const person = groups.find((g) => g.kind === 'person')!.entities[0];
      assert.equal(person.entity.id, 'person:olaf-scholz');
      assert.deepEqual([person.mentions, person.flagged], [1, 1]);
      assert.deepEqual(person.occurrences.map((o) => [o.text, o.start, o.finding?.code]), [
        ['Olaf Scholz', text.indexOf('Olaf Scholz'), undefined],
        ['Sholz', text.indexOf('Sholz'), 'near-miss'],
      ]);
      const covid = groups.find((g) => g.kind === 'other')!.entities[0];
      assert.deepEqual([covid.entity.name, covid.mentions, covid.flagged, covid.occurrences[0].finding?.code], ['COVID-19', 0, 1, 'known-wrong-form']);
    });

    it('describes other names by their description alone and cuts long sources at a word', () => {
      const covid = { ...lookup.entity('other:covid-19')!, description: 'Disease caused by the SARS-CoV-2 coronavirus', sources: ['A note '.repeat(40).trim(), 'Second', 'Third'] };
      assert.equal(identityLine(covid, lookup), 'Disease caused by the SARS-CoV-2 coronavirus');
      const md = entityCard({ entity: covid, mentions: [] }, lookup);
      const sources = md.split('\n\n').find((p) => p.startsWith('Sources: '))!;
      assert.match(sources, /^Sources: (A note )+… ?; Second \(\+1 more\)$/);
      assert.ok(sources.length < 180, sources);
    });

    it('is empty for an article that names nobody', () => {
      assert.deepEqual(storyEntities([], [], lookup), []);
    });
  });
});
