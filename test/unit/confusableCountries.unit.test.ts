// A real country written for its look-alike (src/core/entities/checks/confusableCountries.ts),
// over the built-in knowledge: each positive beside a correct-name negative.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryPartners } from '../../src/core/entities/checks/confusableCountries';
import { confusableFlags as confusables, repoRoot as root } from './helpers/builtInChecker';

describe('confusable countries', () => {
  describe('the generated pairs', () => {
    const file = JSON.parse(readFileSync(join(root, 'data', 'generated', 'confusable-countries.json'), 'utf8')) as { pairs: Array<{ a: string; b: string; why: string }> };
    const partners = countryPartners(file);
    it('pairs look-alike names and the curated confusions, both ways', () => {
      assert.ok(partners.get('country:austria')?.includes('country:australia'));
      assert.ok(partners.get('country:australia')?.includes('country:austria'));
      assert.ok(partners.get('country:slovenia')?.includes('country:slovakia'));
      assert.ok(partners.get('country:guinea')?.includes('country:guyana'));
      assert.ok(partners.get('country:netherlands')?.includes('country:denmark'));
      assert.ok(partners.bySense?.has('country:denmark country:netherlands'));
    });
    it('does not pair a name with the longer name that contains it, nor names that only share a first word', () => {
      assert.ok(!partners.get('country:sudan')?.includes('country:south-sudan'));
      assert.ok(!partners.get('country:south-korea')?.includes('country:south-africa'));
      assert.ok(!partners.get('country:france')?.includes('country:germany'));
    });
  });

  describe('"Place, Country" where the place lies in the look-alike', () => {
    it('flags Bratislava, Slovenia with Slovakia', () => {
      assert.deepEqual(confusables('The carmaker builds SUVs in Bratislava, Slovenia, for export.'), [['Slovenia', 'Slovakia']]);
    });
    it('leaves Bratislava, Slovakia and Ljubljana, Slovenia alone', () => {
      assert.deepEqual(confusables('The carmaker builds SUVs in Bratislava, Slovakia, and designs them in Ljubljana, Slovenia.'), []);
    });
    it('flags a near spelling of a place-list country that is no country itself (Kourou, French Guinea)', () => {
      assert.deepEqual(confusables('The rocket lifted off from Kourou, French Guinea, at dawn.'), [['French Guinea', 'French Guiana']]);
    });
    it('leaves Kourou, French Guiana and a place beside an unrelated region alone', () => {
      assert.deepEqual(confusables('The rocket lifted off from Kourou, French Guiana, at dawn. The crew trained in Houston, Texas.'), []);
    });
  });

  describe('a country the rest of the article contradicts', () => {
    const guinea = [
      'CONAKRY — The first iron ore cargo left the new port on Monday.',
      'Mines minister Ibrahima Diallo spoke at the ceremony in Conakry. "This is a great day for Guyana," he said.',
      'Guinea holds a stake in the railway, and Guinean workers built most of it.',
    ];
    it('flags Guyana in a story set in Conakry (Guinea) with Guinea', () => {
      assert.deepEqual(confusables(guinea.join('\n\n')), [['Guyana', 'Guinea']]);
    });
    it('leaves Guyana alone in a story about Georgetown, Guyana', () => {
      const text = [
        'GEORGETOWN — Oil output rose again in the third quarter.',
        'Officials in Georgetown said the new platform was running. "This is a great day for Guyana," the minister said.',
      ].join('\n\n');
      assert.deepEqual(confusables(text), []);
    });
    it('leaves a story that names both countries in one sentence alone', () => {
      const text = [
        'CONAKRY — Guinea and Guyana signed a bauxite agreement on Monday.',
        'The ceremony in Conakry was attended by Guinean ministers.',
      ].join('\n\n');
      assert.deepEqual(confusables(text), []);
    });
    it('flags an adjective for the look-alike (Austrian in a story from Canberra) with its adjective', () => {
      const text = ['CANBERRA — The Austrian government will raise the minimum wage, the treasurer said on Monday.', 'Prime Minister Anthony Albanese said the rise was fair.'].join('\n\n');
      assert.deepEqual(confusables(text), [['Austrian', 'Australian']]);
    });
    it('leaves the adjective alone where the article also points at its own country', () => {
      const text = [
        'CANBERRA — The Austrian government will raise the minimum wage, an envoy said on Monday.',
        'Prime Minister Anthony Albanese met the envoy, who had flown in from Vienna.',
      ].join('\n\n');
      assert.deepEqual(confusables(text), []);
    });
    it('leaves an adjective that introduces someone else alone (Iraqi director in a story on Iran)', () => {
      const text = [
        'TEHRAN — The film was shot in secret in Tehran.',
        'Iran banned it within a week. The prize for a first feature went to Iraqi director Hasan Hadi.',
      ].join('\n\n');
      assert.deepEqual(confusables(text), []);
    });
    it('does not take one remark for the setting (died in Santiago, Chile) and leaves listed countries alone', () => {
      assert.deepEqual(confusables('She died in Santiago, Chile, in 2014.\n\nChinese astronomers disputed the result.'), []);
      const listed = ['ASHGABAT — Leaders met in Ashgabat on Monday.', 'Turkmenistan hosted them. Goods cross the Caspian to Azerbaijan and Turkey.'].join('\n\n');
      assert.deepEqual(confusables(listed), []);
    });
  });

  describe('sentences about several countries', () => {
    const iran = ['TEHRAN — Crowds filled the streets of Tehran for the funeral.', 'Iran declared three days of mourning.'];
    it('leaves a second country named beside others in its sentence alone (a United States airstrike in Iraq)', () => {
      assert.deepEqual(confusables([...iran, 'He was killed by a United States airstrike in Iraq.'].join('\n\n')), []);
    });
    it('still flags it when the only other country places a town (Kigali, Rwanda)', () => {
      assert.deepEqual(confusables([...iran, 'The Iraqi champion will race next in Kigali, Rwanda.'].join('\n\n')), [['Iraqi', 'Iranian']]);
    });
    it('leaves a country picked out of several alone ("countries, including the Netherlands"), and still flags it standing alone', () => {
      const germany = (sentence: string) => ['FRANKFURT, Germany — Exchanges have four months left.', sentence, 'An official at the Federal Financial Supervisory Authority in Bonn spoke.'].join('\n\n');
      assert.deepEqual(confusables(germany('Several countries, including the Netherlands, chose shorter windows.')), []);
      assert.deepEqual(confusables(germany('Nations such as the Netherlands chose shorter windows.')), []);
      assert.deepEqual(confusables(germany('The Netherlands chose a shorter window.')), [['Netherlands', 'Germany']]);
    });
  });

  describe("an adjective of a thing beside a name's address, opening its sentence, or in a story about its look-alike", () => {
    const volvo = (s: string) =>
      [
        'GOTHENBURG — Volvo Cars said on Tuesday it would cut 1,200 office jobs in Sweden.',
        'The carmaker employs about 20,000 people in Sweden, most of them at its plants in Torslanda and Skövde.',
        s,
        'Sweden has lost thousands of industrial jobs this year.',
      ].join('\n\n');
    it("reads a country's possessive before a name as that name's address only (Sweden's Unionen … Swiss staff)", () => {
      assert.deepEqual(confusables(volvo("Sweden's Unionen, which represents most Swiss white-collar staff at the carmaker, said it was shocked.")), [['Swiss', 'Swedish']]);
      assert.deepEqual(confusables(volvo("Sweden's Unionen, which represents most Swedish white-collar staff at the carmaker, said it was shocked.")), []);
    });
    it("leaves an adjective that introduces a name of its own beside the possessive alone (Sweden's Ericsson and Swiss ABB)", () => {
      assert.deepEqual(confusables(volvo("Sweden's Ericsson and Swiss group ABB both said they would hire some of the engineers.")), []);
      assert.deepEqual(confusables(volvo("Sweden's Ericsson and Swiss ABB both said they would hire some of the engineers.")), []);
    });
    const onco = (s: string) =>
      ['UPPSALA — Oncopeptides said on Monday its sales had doubled.', s, 'Shares rose 9 percent on Nasdaq Stockholm.', 'The company will also expand its laboratory in Uppsala.'].join('\n\n');
    it('reads the subject opening its sentence past the markets the sentence names (The Swiss drugmaker, which sells … in Germany)', () => {
      assert.deepEqual(confusables(onco('The Swiss drugmaker, which sells its myeloma treatment in Germany, Spain and Italy, raised its forecast.')), [['Swiss', 'Swedish']]);
      assert.deepEqual(confusables(onco('The Swedish drugmaker, which sells its myeloma treatment in Germany, Spain and Italy, raised its forecast.')), []);
      // Not the sentence's opening subject: a sentence about several countries.
      assert.deepEqual(confusables(onco('Its partner, a Swiss drugmaker, sells the treatment in Germany, Spain and Italy.')), []);
    });
    const paraguay = (s: string) =>
      [
        'Paraguay will widen the main road to the border, President Santiago Peña said on Friday.',
        'Paraguay exported a record amount of soy last year.',
        s,
        'Paraguay hopes the new road will cut that to hours.',
      ].join('\n\n');
    it("flags the look-alike's adjective of a thing where the story names its country throughout, with a strong piece", () => {
      assert.deepEqual(confusables(paraguay('Lorries wait for two days on the Uruguayan side of the bridge.')), [['Uruguayan', 'Paraguayan']]);
      assert.deepEqual(confusables(paraguay('Lorries wait for two days on the Paraguayan side of the bridge.')), []);
    });
    it("leaves a person's nationality, and a story that names the country once, alone", () => {
      assert.deepEqual(confusables(paraguay('The Uruguayan driver of one lorry said he had waited two days.')), []);
      const thin = ['Paraguay will widen the main road to the border, President Santiago Peña said on Friday.', 'Lorries wait for two days on the Uruguayan side of the bridge.'];
      assert.deepEqual(confusables(thin.join('\n\n')), []);
    });
    it("takes no small town's name opening a longer name for the town (Carmelo Peralta is no Carmelo, Uruguay)", () => {
      const text = [
        'Brazil and Paraguay opened a ferry between Porto Murtinho and Carmelo Peralta on Friday.',
        'Paraguay said the link would cut costs for farmers in the Chaco.',
        'President Santiago Peña attended. Paraguay will pay half the costs.',
        'Porto Murtinho sits across the river, on the Uruguayan border.',
      ];
      assert.deepEqual(confusables(text.join('\n\n')), [['Uruguayan', 'Paraguayan']]);
      assert.deepEqual(confusables(text.join('\n\n').replace('Uruguayan', 'Paraguayan')), []);
    });
  });

  describe('a town of the country given as its capital', () => {
    it('flags Sydney as the capital of Australia in each plain phrase, with Canberra', () => {
      assert.deepEqual(confusables('Sydney, the capital of Australia, hosted the talks.'), [['Sydney', 'Canberra']]);
      assert.deepEqual(confusables("Australia's capital Sydney was busy."), [['Sydney', 'Canberra']]);
      assert.deepEqual(confusables('The Australian capital, Sydney, was calm.'), [['Sydney', 'Canberra']]);
    });
    it('leaves the right capital and the other kinds of capital alone', () => {
      assert.deepEqual(confusables("Canberra, the capital of Australia, hosted the talks. Australia's capital Canberra was busy."), []);
      assert.deepEqual(confusables("Lagos, the commercial capital of Nigeria, grew. Nigeria's commercial capital Lagos grew. Istanbul, Turkey's largest city, grew."), []);
    });
  });

  describe('nationality before a known leader, for pairs confused in meaning', () => {
    it('flags Danish Prime Minister Dick Schoof with Dutch', () => {
      assert.deepEqual(confusables('Danish Prime Minister Dick Schoof said the country was proud.'), [['Danish', 'Dutch']]);
    });
    it('leaves Dutch Prime Minister Dick Schoof and Danish Prime Minister Mette Frederiksen alone', () => {
      assert.deepEqual(confusables('Dutch Prime Minister Dick Schoof met Danish Prime Minister Mette Frederiksen.'), []);
    });
  });

  describe('an event named by a country held in a town of its look-alike', () => {
    it('flags "the Austrian Grand Prix in Melbourne" with the event of the town\'s country, and leaves the right one alone', () => {
      assert.deepEqual(confusables('Norris won the Austrian Grand Prix in Melbourne last year.'), [['Austrian', 'Australian']]);
      assert.deepEqual(confusables('Norris won the Australian Grand Prix in Melbourne last year.'), []);
      assert.deepEqual(confusables('Norris won the Austrian Grand Prix in Spielberg last year.'), []);
    });
  });

  describe("a person's home town in a country's look-alike", () => {
    it('flags the country that introduces a person from a town of its look-alike, and leaves the right one and other sentences alone', () => {
      assert.deepEqual(confusables("Iraq's Pouya Idani, the grandmaster from Gonbad-e Kavus, finished third."), [['Iraq', 'Iran']]);
      assert.deepEqual(confusables("Iran's Pouya Idani, the grandmaster from Gonbad-e Kavus, finished third."), []);
      assert.deepEqual(confusables('Austrian Lucas Plapp from Geelong won the stage.'), [['Austrian', 'Australian']]);
      assert.deepEqual(confusables('Australian Lucas Plapp from Geelong won the stage.'), []);
      // The town is another person's: "beat a rider from Geelong" is no apposition of the name.
      assert.deepEqual(confusables('Austrian Felix Gall beat a rider from Geelong.'), []);
    });
    it('reads a name with a particle as a person after an adjective ("Dutch director Lotte de Beer")', () => {
      const story = (name: string) => `The opera, led by Dutch director ${name}, will tour next year.\n\nThe company plays in Berlin in May.\n\nIt then plays in Munich and Hamburg.`;
      assert.deepEqual(confusables(story('Lotte de Beer')), []);
      assert.deepEqual(confusables(story('Floris Visser')), []);
    });
  });
});
