// Relative links, already-linked detection, the See-also line format and article globs.
import * as assert from 'node:assert/strict';
import { findLinkedTargets, normalizePath, relativeLink, resolveLink } from '../../src/core/seeAlso/links';
import { buildSeeAlsoBlock, formatSeeAlsoLine, SEE_ALSO_LINE } from '../../src/core/seeAlso/block';
import { matchesArticleGlobs } from '../../src/core/article/articleGlobs';
import { planSeeAlsoInsertion } from '../../src/core/seeAlso/placement';

describe('See also relative links', () => {
  it('links to a file in the same folder by its name', () => {
    assert.equal(relativeLink('/ws/world/a.md', '/ws/world/b.md'), 'b.md');
  });

  it('climbs out of the folder to a sibling folder', () => {
    assert.equal(relativeLink('/ws/europe/a.md', '/ws/world/x.md'), '../world/x.md');
    assert.equal(relativeLink('/ws/europe/2022/a.md', '/ws/world/x.md'), '../../world/x.md');
    assert.equal(relativeLink('/ws/a.md', '/ws/world/deep/x.md'), 'world/deep/x.md');
  });

  it('encodes spaces and parentheses but keeps accented letters readable', () => {
    assert.equal(relativeLink('/ws/world/a.md', '/ws/europe/gas storage (analysis).md'), '../europe/gas%20storage%20%28analysis%29.md');
    assert.equal(relativeLink('/ws/a.md', '/ws/São Paulo.md'), 'São%20Paulo.md');
  });

  it('resolves links back to the same normalised path', () => {
    const from = '/ws/world/a.md';
    const to = '/ws/europe/gas storage (analysis).md';
    assert.equal(resolveLink(from, relativeLink(from, to)), to);
    assert.equal(resolveLink(from, './b.md#section'), '/ws/world/b.md');
    assert.equal(resolveLink(from, 'https://example.com/x.md'), undefined);
    assert.equal(resolveLink(from, '#top'), undefined);
    assert.equal(normalizePath('a/./b/../c//d.md'), 'a/c/d.md');
  });

  it('finds the local files an article already links to, ignoring code and external links', () => {
    const text = [
      '---',
      'title: "[x](fake.md)"',
      '---',
      '**See also:** [One](../europe/one.md) — Harbor Daily',
      '',
      'See [two][ref] and <https://example.com>.',
      '',
      '    [not a link](code.md)',
      '',
      '`[nor this](inline.md)` [three](three%20(b).md)',
      '',
      '[ref]: ./two.md',
    ].join('\n');
    assert.deepEqual([...findLinkedTargets('/ws/world/a.md', text)].sort(), [
      '/ws/europe/one.md',
      '/ws/world/three (b).md',
      '/ws/world/two.md',
    ]);
  });
});

describe('See also block', () => {
  const item = { title: 'Lula wins [runoff]', path: '../americas/lula.md', outlet: 'Harbor Daily', date: '2022-10-30', section: 'Americas' };

  it('fills the default format', () => {
    assert.equal(formatSeeAlsoLine(item), '**See also:** [Lula wins \\[runoff\\]](../americas/lula.md) — Harbor Daily');
  });

  it('fills every placeholder of a custom format and leaves unknown ones alone', () => {
    assert.equal(
      formatSeeAlsoLine(item, '→ [${title}](${path}) (${section}, ${date}) ${unknown}'),
      '→ [Lula wins \\[runoff\\]](../americas/lula.md) (Americas, 2022-10-30) ${unknown}',
    );
  });

  it('drops the separator an empty outlet leaves dangling', () => {
    assert.equal(formatSeeAlsoLine({ title: 'T', path: 't.md' }), '**See also:** [T](t.md)');
  });

  it('puts each article in its own paragraph with the file’s line ending', () => {
    const block = buildSeeAlsoBlock([item, { title: 'B', path: 'b.md', outlet: 'X' }], undefined, '\r\n');
    assert.equal(block.split('\r\n\r\n').length, 2);
    assert.ok(block.split('\r\n\r\n').every((l) => SEE_ALSO_LINE.test(l)));
  });

  it('is idempotent: an article linked by an inserted block is found as already linked', () => {
    const from = '/ws/world/a.md';
    const to = '/ws/europe/gas storage (analysis).md';
    const text = '# H\n\nPara.\n';
    const plan = planSeeAlsoInsertion(text, 4, buildSeeAlsoBlock([{ title: 'Gas', path: relativeLink(from, to), outlet: 'HD' }]));
    const after = text.slice(0, plan.offset) + plan.text + text.slice(plan.offset);
    assert.ok(findLinkedTargets(from, after).has(to));
    assert.ok(!findLinkedTargets(from, text).has(to));
  });
});

describe('Article globs', () => {
  it('matches the default include and exclude settings', () => {
    const inc = ['**/*.md', '**/*.markdown'];
    const exc = ['**/node_modules/**', '**/README.md', '**/CHANGELOG.md'];
    assert.equal(matchesArticleGlobs('world/a.md', inc, exc), true);
    assert.equal(matchesArticleGlobs('a.markdown', inc, exc), true);
    assert.equal(matchesArticleGlobs('README.md', inc, exc), false);
    assert.equal(matchesArticleGlobs('docs/README.md', inc, exc), false);
    assert.equal(matchesArticleGlobs('node_modules/x/a.md', inc, exc), false);
    assert.equal(matchesArticleGlobs('a.txt', inc, exc), false);
  });

  it('supports braces and character classes', () => {
    assert.ok(matchesArticleGlobs('content/world/a.md', ['content/{news,world}/*.md'], []));
    assert.ok(!matchesArticleGlobs('content/world/x/a.md', ['content/{news,world}/*.md'], []));
    assert.ok(matchesArticleGlobs('a.md', ['[ab].md'], []));
  });
});
