// Wave 9 (issue 9, real copy): shapes of correct copy that real newswire is full of and the
// checks took for slips, each beside the slip they must still catch. Written for these tests,
// with the built-in knowledge.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';

const root = join(__dirname, '..', '..', '..');
const checker = createNameChecker(loadBuiltInKnowledge(join(root, 'data')));
const flags = (text: string) => checker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('real-copy precision (wave 9)', () => {
  describe('a real surname with a real given name the usual spelling never has is another person', () => {
    const story = 'President Ronald Reagan met his advisers on Monday. Reagan said the budget would pass. Reagan signed it on Friday. ';
    it('flags a bare one-letter slip of the name the story uses', () => {
      assert.deepEqual(flags(story + 'Aides said Reagen had misjudged the mood in Congress.'), [['Reagen', 'Reagan']]);
    });
    it('leaves a namesake introduced with his own given name alone', () => {
      assert.deepEqual(flags(story + 'His chief of staff, Donald Regan, attended the meeting.'), []);
    });
  });

  describe('credit ratings are grades, not names', () => {
    it('leaves BBB-minus, BB-minus and B-minus side by side alone', () => {
      const text = "Standard and Poor's cut the senior debt to BBB-minus from BBB and the subordinated notes to BB-minus. The junk bonds fell to B-minus. Analysts expect BBB-minus to hold. A BBB-minus rating keeps the bank investment grade.";
      assert.deepEqual(flags(text), []);
    });
    it('still flags a slip of a name written beside them', () => {
      const text = 'Chidi Okonkwo led the review. Okonkwo said the BBB-minus rating was fair. Okonkwo expects no cut. Okonkow added that the bank would raise capital.';
      assert.deepEqual(flags(text), [['Okonkow', 'Okonkwo']]);
    });
  });
});
