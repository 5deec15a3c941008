// Wave 10 (issue 9, real copy): real people, bodies and headlines that newswire copy is full of
// and the checks took for slips of famous names, each beside the slip they must still catch.
// Written for these tests, with the built-in knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('namesakes and headlines in real copy (wave 10)', () => {
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
      assert.deepEqual(flags("Paraguay's President Santiago Peña visited Brazil on Monday.\n\nPzena said the deal was done."), [['Pzena', 'Pena']]);
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
    });
  });
});
