// Where the See-also block goes: findSeeAlsoInsertOffset and planSeeAlsoInsertion.
import * as assert from 'node:assert/strict';
import { detectEol, findSeeAlsoInsertOffset, planSeeAlsoInsertion } from '../../src/core/seeAlso/placement';

const FM = '---\ntitle: T\ndate: 2022-10-03\n---\n';
const BLOCK = '**See also:** [X](x.md) — Harbor Daily';

/** Offset of the first occurrence of `marker` (the cursor sits at its start). */
const at = (text: string, marker: string) => {
  const i = text.indexOf(marker);
  assert.ok(i >= 0, marker);
  return i;
};

/** Applies the plan and returns the new text. */
const insert = (text: string, cursor: number) => {
  const plan = planSeeAlsoInsertion(text, cursor, BLOCK);
  return text.slice(0, plan.offset) + plan.text + text.slice(plan.offset);
};

describe('See also placement', () => {
  it('goes after the paragraph that holds the cursor, with a blank line on each side', () => {
    const text = `${FM}\n# Headline\n\nFirst line of lede\nsecond line of lede.\n\nNext paragraph.\n`;
    assert.equal(findSeeAlsoInsertOffset(text, at(text, 'line of lede')), at(text, '\nNext paragraph') );
    assert.equal(insert(text, at(text, 'second')), `${FM}\n# Headline\n\nFirst line of lede\nsecond line of lede.\n\n${BLOCK}\n\nNext paragraph.\n`);
  });

  it('goes after a whole list, including items separated by blank lines and continuation lines', () => {
    const text = 'Intro.\n\n- one\n- two\n\n- three\n  more of three\n\n1. first\n\nAfter.\n';
    assert.equal(insert(text, at(text, 'two')), `Intro.\n\n- one\n- two\n\n- three\n  more of three\n\n1. first\n\n${BLOCK}\n\nAfter.\n`);
  });

  it('goes after a fenced code block even when the cursor is on a blank line inside it', () => {
    const text = 'Para.\n\n```yaml\ntitle: x\n\nsection: y\n```\n\nAfter.\n';
    const cursor = at(text, '\nsection') ; // the blank line inside the fence
    assert.equal(insert(text, cursor), `Para.\n\n\`\`\`yaml\ntitle: x\n\nsection: y\n\`\`\`\n\n${BLOCK}\n\nAfter.\n`);
  });

  it('goes after indented code that spans blank lines', () => {
    const text = 'Para.\n\n    code one\n\n    code two\n\nAfter.\n';
    assert.equal(insert(text, at(text, 'code one')), `Para.\n\n    code one\n\n    code two\n\n${BLOCK}\n\nAfter.\n`);
  });

  it('goes after a table, not between its rows', () => {
    const text = 'Para.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter.\n';
    assert.equal(insert(text, at(text, '| 1')), `Para.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n${BLOCK}\n\nAfter.\n`);
  });

  it('goes after a block quote', () => {
    const text = 'Para.\n\n> Quoted\n> still quoted\n\nAfter.\n';
    assert.equal(insert(text, at(text, 'Quoted')), `Para.\n\n> Quoted\n> still quoted\n\n${BLOCK}\n\nAfter.\n`);
  });

  it('never goes into the front matter: a cursor there counts as the first block of the body', () => {
    const text = `${FM}\n# Headline\n\nLede.\n`;
    assert.equal(findSeeAlsoInsertOffset(text, at(text, 'date:')), at(text, '\nLede.'));
    assert.equal(insert(text, 0), `${FM}\n# Headline\n\n${BLOCK}\n\nLede.\n`);
  });

  it('uses the gap the cursor sits in when the cursor is on a blank line between paragraphs', () => {
    const text = 'One.\n\n\nTwo.\n';
    assert.equal(findSeeAlsoInsertOffset(text, at(text, '\nTwo') ), 5);
    assert.equal(insert(text, 6), `One.\n\n${BLOCK}\n\n\nTwo.\n`);
  });

  it('goes at the end of the file after the last paragraph, adding the missing line breaks', () => {
    assert.equal(insert('One.\n\nLast.', at('One.\n\nLast.', 'Last')), `One.\n\nLast.\n\n${BLOCK}\n`);
    assert.equal(insert('One.\n\nLast.\n', 8), `One.\n\nLast.\n\n${BLOCK}\n`);
    assert.equal(findSeeAlsoInsertOffset('One.\n\nLast.', 11), 11);
  });

  it('adds a blank line when a heading is directly followed by a paragraph', () => {
    const text = '# Headline\nLede.\n';
    assert.equal(insert(text, 2), `# Headline\n\n${BLOCK}\n\nLede.\n`);
  });

  it('keeps CRLF line endings in CRLF files', () => {
    const text = '---\r\ntitle: T\r\n---\r\n\r\nFirst para\r\nstill first.\r\n\r\nSecond.\r\n';
    assert.equal(detectEol(text), '\r\n');
    const plan = planSeeAlsoInsertion(text, at(text, 'still'), BLOCK);
    assert.equal(plan.offset, at(text, '\r\nSecond.'));
    assert.equal(plan.text, `\r\n${BLOCK}\r\n`);
    const out = text.slice(0, plan.offset) + plan.text + text.slice(plan.offset);
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
  });

  it('adds CRLF at the end of a CRLF file without a final line break', () => {
    const text = 'One.\r\n\r\nLast.';
    assert.equal(insert(text, text.length), `One.\r\n\r\nLast.\r\n\r\n${BLOCK}\r\n`);
  });
});
