// Wording helpers: messages that join two sentences keep their full stops.
import * as assert from 'node:assert/strict';
import { asSentence } from '../../src/core/messages';

describe('asSentence', () => {
  it('adds the full stop a YAML error message lacks', () => {
    assert.equal(asSentence('House list is not valid YAML: Nested mappings are not allowed in compact mappings'), 'House list is not valid YAML: Nested mappings are not allowed in compact mappings.');
  });

  it('leaves a message that already ends a sentence alone', () => {
    assert.equal(asSentence('`accept` must be a list of names.'), '`accept` must be a list of names.');
    assert.equal(asSentence('Is this right?'), 'Is this right?');
    assert.equal(asSentence('It said “stop.”'), 'It said “stop.”');
  });
});
