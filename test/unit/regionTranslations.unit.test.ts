// Wave 11 (issue 9, translated names): a body named after a region whose adjective a translation
// turns back into the region's name after "of" ("the States of West Africa" for the Central Bank
// of West African States). Written for these tests, with the built-in knowledge.
import * as assert from 'node:assert/strict';
import { builtInChecker } from './helpers/builtInChecker';

const flags = (text: string) => builtInChecker.check(text).map((f) => [f.text, f.suggestions[0]]);

describe('a region\'s adjective rendered as the region after "of"', () => {
  it('flags the body with its words reordered and the adjective made a place name', () => {
    assert.deepEqual(flags('Leaders of the Association of Nations of Southeast Asia met in Manila on Tuesday.'), [
      ['Association of Nations of Southeast Asia', 'Association of Southeast Asian Nations'],
    ]);
    assert.deepEqual(flags('The Organization of the States of America met in Washington.'), [['Organization of the States of America', 'Organization of American States']]);
    assert.deepEqual(flags('The Bank of the States of Central Africa left its rate unchanged in Yaoundé.'), [['Bank of the States of Central Africa', 'Bank of Central African States']]);
  });

  it('leaves the bodies alone as they are written in English, and a place after "of" that the name has too', () => {
    assert.deepEqual(flags('Leaders of the Association of Southeast Asian Nations met in Manila on Tuesday.'), []);
    assert.deepEqual(flags('The Central Bank of West African States left its rate unchanged in Dakar.'), []);
    assert.deepEqual(flags('The Organization of American States met in Washington.'), []);
  });
});
