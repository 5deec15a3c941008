// Wave 10 (issue 9, real copy): real people, bodies, acronyms and headlines that newswire copy is full of
// and the checks took for slips of famous names, each beside the slip they must still catch.
// Written for these tests, with the built-in knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('real-copy precision (wave 10)', () => {
  describe('a real surname after a given name many known people share is another person', () => {
    it('leaves John Button, Jim Mattox and John Kerr alone under titles that are not the famous namesake\'s', () => {
      assert.deepEqual(flags('Australian Industry Minister John Button said the plan would go ahead.'), []);
      assert.deepEqual(flags('Texas Attorney General Jim Mattox said the state would sue.'), []);
      assert.deepEqual(flags('Treasury official John Kerr said the figures were wrong.'), []);
    });
    it('flags it under the famous person\'s own title, or with the person named in the paragraph', () => {
      assert.deepEqual(flags('Defense Secretary Jim Mattox said the carrier would sail.'), [['Mattox', 'Mattis']]);
      assert.deepEqual(flags('John Kerry arrived in Paris. Later John Kerr said the talks had gone well.'), [['Kerr', 'Kerry']]);
    });
  });

  describe('a real name after a given name is not a slip of a longer name\'s middle word', () => {
    it('leaves Jose Romero alone beside José Roberto Guimarães', () => {
      assert.deepEqual(flags('Philippine Coconut Authority chairman Jose Romero said he would visit Brussels.'), []);
    });
    it('flags a slip of the middle word where the name goes on', () => {
      assert.deepEqual(flags('Brazil coach Jose Robreto Guimarães said the team was ready.'), [['Robreto', 'Roberto']]);
    });
  });

  describe('a surname the article gives someone else is theirs everywhere in it', () => {
    it('leaves "Pzena said" alone after "Richard Pzena"', () => {
      const text =
        'The message was clear, said Richard Pzena of Sanford C. Bernstein, who attended the meeting.\n\n' +
        'Pzena said company officials were asked about a takeover.\n\n"It would make sense," Pzena said.';
      assert.deepEqual(flags(text), []);
    });
    it('flags it where the article gives it only the famous person\'s own given name', () => {
      assert.deepEqual(flags("Paraguay's President Santiago Peña visited Brazil on Monday.\n\nPzena said the deal was done."), [['Pzena', 'Peña']]);
    });
  });

  describe('a word before capitalised words that end in a firm\'s noun is that firm\'s name', () => {
    it('leaves Sanwa Research Institute alone, and flags Sanwa written for the Yemeni capital', () => {
      assert.deepEqual(flags('Kazuaki Harada, senior managing director of Sanwa Research Institute, said so.'), []);
      assert.deepEqual(flags('Shells fell on the Yemeni capital, Sanwa, overnight.'), [['Sanwa', 'Sanaa']]);
    });
  });

  describe('a headline in Title Case capitalises every word', () => {
    it('leaves "G-7 Meeting" in a Title Case title alone, and flags a swapped word of an event in a sentence', () => {
      assert.deepEqual(flags('---\ntitle: "U.S. Said To View G-7 Meeting As Major Success"\n---\n\nThe United States was pleased.\n'), []);
      assert.deepEqual(flags('Delegates in Germany prepared for the Munich Security Forum next week.'), [['Munich Security Forum', 'Munich Security Conference']]);
      // An ordinary word the article writes in lower case below its Title Case headline.
      const story = '---\ntitle: "French Public Sector To Get Five Billion Francs"\n---\n\nThe French public sector will get five billion francs.\n';
      assert.deepEqual(flags(story), []);
    });
  });

  describe('acronyms in real copy', () => {
    it('leaves another body with the same letters alone where its words spell them and the known body\'s do not', () => {
      assert.deepEqual(flags('The International Sugar Organization (ISO) met in London.'), []);
      assert.deepEqual(flags('The State Statistical Bureau (SSB) said profits fell.'), []);
      assert.deepEqual(flags('The Swedish Postal and Telegraph Service (PTS) raised its fees.'), [['Swedish Postal and Telegraph Service', 'Swedish Post and Telecom Authority']]);
    });
    it('takes a city\'s name for one word of a known body\'s name for that city\'s own body, and still flags another word swapped', () => {
      assert.deepEqual(flags('Japan was quiet. The Toronto Stock Exchange gold index rose. Brokers on the TSE said so.'), []);
      assert.deepEqual(flags('The spokesman said the U.S. Federal Aviation Authority (FAA) ordered checks.'), [['Federal Aviation Authority', 'Federal Aviation Administration']]);
    });
    it('reads a legislator\'s party and state as no acronym', () => {
      assert.deepEqual(flags('Rep. Ed Jenkins (D-GA.) intends to push a textile bill.'), []);
    });
    it('reads a body\'s name after a short form of its beginning, and a translation of its native name, as no wrong expansion', () => {
      assert.deepEqual(flags('Talks under the U.N. Conference on Trade and Development (UNCTAD) resumed.'), []);
      assert.deepEqual(flags('A spokesman for the Central Bureau of Statistics (SCB) said jobless numbers fell.'), []);
    });
    it('leaves an abbreviated legal ending out of the comparison, and still flags a wrong word', () => {
      assert.deepEqual(flags('Proceeds from shares in Nippon Telegraph and Telephone Corp (NTT) will fund it.'), []);
      assert.deepEqual(flags('Nippon Telegram and Telephone Corp (NTT) shares rose.').length, 1);
    });
  });

  describe('fixes that are right', () => {
    it('gives a name of several words ending in s the apostrophe alone', () => {
      assert.deepEqual(flags("Cutbacks are deflating the United State's gas bubble."), [["United State's", "United States'"]]);
    });
    it('takes a word the article writes before a place noun for a place everywhere in it', () => {
      assert.deepEqual(flags("Warplanes hit Iran's Kharg island oil terminal.\n\nThe tanker was hit south of Kharg."), []);
      assert.deepEqual(flags("Mines were laid off Iran's oil terminal on Kharg Island."), []);
    });
  });
});
