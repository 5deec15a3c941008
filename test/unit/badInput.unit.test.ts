// The reproductions of issue 10 (bad input must never freeze, crash or cost the writer
// text), each as a test over the core: broken and hostile configuration, empty house list
// sections, minimal house list edits, versioned replacements, See also escaping and the
// preview's handling of alignment, protocol-relative URLs and bidi controls.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { addAcceptedName, parseCspellConfig, parseHouseList, planAcceptedName } from '../../src/core/entities/houseList';
import { jsonNestingProblem, MAX_NESTING, yamlNestingProblem } from '../../src/core/config/safeParse';
import { sizeNotice } from '../../src/core/config/sizeLimit';
import { planReplacement, revalidateReplacements } from '../../src/core/edits/versionedReplace';
import { buildSeeAlsoBlock, escapeInlineMarkdown, formatSeeAlsoLine } from '../../src/core/seeAlso/block';
import { encodeLinkPath } from '../../src/core/seeAlso/links';
import { renderArticle } from '../../src/core/preview';
import { isAllowedImageUrl, isAllowedLinkUrl } from '../../src/core/preview/html';
import { isInsideFolder } from '../../src/core/preview/linkTargets';
import { resolve } from 'node:path';
import { createNameChecker } from '../../src/core/entities/knowledgeBase';
import { loadBuiltInKnowledge } from '../../src/node/knowledgeFiles';

// Compiled tests run from out/test/unit/, so the repository root is three levels up.
const DATA_DIR = resolve(__dirname, '../../../data');

/** The yaml "billion laughs": 20 levels of ten aliases each. */
function aliasBomb(lastKey: string): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 20; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push(`${lastKey}: *a19`);
  return lines.join('\n') + '\n';
}

describe('hostile articles (items 1 and 2 of issue 10)', () => {
  const checker = createNameChecker(loadBuiltInKnowledge(DATA_DIR));
  /** Median of three checks, each on a fresh variant so the block cache cannot answer. */
  const time = (text: string) => {
    const times = [0, 1, 2].map((i) => {
      const t = performance.now();
      checker.check(' '.repeat(i) + text);
      return performance.now() - t;
    });
    return times.sort((a, b) => a - b)[1];
  };

  it('checks “Write to desk @ aaaa…” in time linear in its length (8× the text within 24× the time)', () => {
    const build = (n: number) => `Write to desk @ ${'a'.repeat(n)}\n`;
    time(build(25_000));
    const ratio = time(build(200_000)) / Math.max(5, time(build(25_000)));
    assert.ok(ratio < 24, `8× the text took ${ratio.toFixed(1)}× the time`);
  });

  /** Capitalised words of random letters, the same each run (a seeded generator). */
  const randomNames = (count: number, letters: number) => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    return Array.from({ length: count }, () => 'K' + Array.from({ length: letters }, () => 'aeioulnrstkm'[Math.floor(next() * 12)]).join(''));
  };

  it('checks one capitalised word of thousands of letters in time linear in its length (8× the word within 24× the time)', () => {
    const build = (n: number) => `The talks with ${randomNames(1, n)[0]} ended.\n`;
    time(build(4_000));
    const ratio = time(build(32_000)) / Math.max(5, time(build(4_000)));
    assert.ok(ratio < 24, `8× the word took ${ratio.toFixed(1)}× the time`);
  }).timeout(120_000); // a ratio, not a time: the sizes are large, and other work on the machine only slows both

  it('checks a run of thousands of distinct capitalised words in time linear in their number (8× the words within 24× the time)', () => {
    const build = (n: number) => randomNames(n, 7).join(' ') + '\n';
    time(build(1_000));
    const ratio = time(build(8_000)) / Math.max(5, time(build(1_000)));
    assert.ok(ratio < 24, `8× the words took ${ratio.toFixed(1)}× the time`);
  }).timeout(120_000); // a ratio, not a time: the sizes are large, and other work on the machine only slows both

  it('finds the same names, once each and with exact offsets, with lone \\r line ends', () => {
    const lf = '---\ntitle: Olaf Sholz in Berlin\n---\n\nChancellor Olaf Sholz said.\n\nThe spread of Govt-19.\n';
    const cr = lf.replace(/\n/g, '\r');
    const spans = (text: string) => checker.check(text).map((f) => [f.start, f.end, text.slice(f.start, f.end), f.text]);
    assert.deepEqual(spans(cr), spans(lf));
    assert.equal(spans(cr).length, 3);
  });
});

describe('broken and hostile configuration', () => {
  it('reports front matter nested 100,000 deep as a problem with its place, instead of aborting', () => {
    const text = `---\ntitle: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\nBody\n`;
    const { html, notices } = renderArticle(text);
    assert.ok(html.includes('Body'));
    assert.equal(notices.length, 1);
    assert.match(notices[0], new RegExp(`^Front matter is nested more than ${MAX_NESTING} levels deep \\(line 2, column ${'title: '.length + MAX_NESTING + 1}\\)`));
  });

  it('reads a cspell.json with 130,000 words without overflowing the stack', () => {
    const words = Array.from({ length: 130_000 }, (_, i) => `w${i}`);
    const parsed = parseCspellConfig(JSON.stringify({ words }), 'cspell.json');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.words.length, 130_000);
    assert.equal(parsed.words[129_999], 'w129999');
  });

  it('reports a cspell.json nested 100,000 deep at the bracket past the limit', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    assert.deepEqual(parseCspellConfig(text, 'cspell.json'), {
      words: [],
      problems: [{ message: `cspell configuration is nested more than ${MAX_NESTING} levels deep`, line: 1, column: MAX_NESTING + 1 }],
    });
  });

  it('reports a cspell.yaml nested 100,000 deep on the line and column of the bracket past the limit', () => {
    const text = `version: "0.2"\nwords: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    assert.deepEqual(parseCspellConfig(text, 'cspell.yaml').problems, [
      { message: `cspell configuration is nested more than ${MAX_NESTING} levels deep`, line: 2, column: 'words: '.length + MAX_NESTING + 1 },
    ]);
  });

  it('reports a YAML alias bomb in cspell.yaml at its first alias instead of expanding it', () => {
    const parsed = parseCspellConfig(aliasBomb('words'), 'cspell.yaml');
    assert.deepEqual(parsed, { words: [], problems: [{ message: 'cspell configuration aliases expand too far (more than 100 expansions)', line: 2, column: 10 }] });
  });

  it('reports an alias bomb inside a house list entity and reads the other entities', () => {
    const text = `entities:\n  - name: Brenza Cup\n  - ${aliasBomb('name').trim().split('\n').join('\n    ')}\n`;
    const { list, problems } = parseHouseList(text);
    assert.deepEqual(list.entities.map((e) => e.name), ['Brenza Cup']);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /aliases expand too far/);
    assert.equal(problems[0].line, 3);
  });

  it('reports a house list nested too deep instead of aborting the process', () => {
    const { problems } = parseHouseList(`accept: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^House list is nested more than \d+ levels deep\.$/);
    assert.deepEqual([problems[0].line, problems[0].column], [1, 'accept: '.length + MAX_NESTING + 1]);
  });

  it('measures nesting without counting brackets inside quoted text', () => {
    assert.equal(yamlNestingProblem(`a: "${'['.repeat(1000)}"\n`), undefined);
    assert.equal(jsonNestingProblem(`{"a": "${'['.repeat(1000)}"}`), undefined);
    assert.equal(jsonNestingProblem('[[1]]', 1)?.offset, 1);
    assert.equal(yamlNestingProblem('x: [[1]]', 1)?.offset, 4);
  });
});

describe('empty house list sections', () => {
  it('keeps the whole list when `preferred:` is empty', () => {
    assert.deepEqual(parseHouseList('preferred:\naccept: [Sholz]\n'), { list: { accept: ['Sholz'], preferred: [], entities: [] }, problems: [] });
  });

  it('keeps the whole list when `entities:` is empty', () => {
    assert.deepEqual(parseHouseList('accept: [Sholz]\nentities:\npreferred:\n  Kyiv: [Kiev]\n'), {
      list: { accept: ['Sholz'], preferred: [{ form: 'Kyiv', over: ['Kiev'] }], entities: [] },
      problems: [],
    });
  });

  it('reads `accept: *names` through its anchor, held by an x- key', () => {
    assert.deepEqual(parseHouseList('x-names: &names [Brenza Latin, Harbor Daily]\naccept: *names\n'), {
      list: { accept: ['Brenza Latin', 'Harbor Daily'], preferred: [], entities: [] },
      problems: [],
    });
  });
});

describe('Add to house list changes only the added entry', () => {
  /** The text with the one insertion taken out again: must be the original, byte for byte. */
  const withoutInsertion = (text: string, name: string) => {
    const plan = planAcceptedName(text, name)!;
    const updated = addAcceptedName(text, name);
    assert.equal(updated, text.slice(0, plan.offset) + plan.text + text.slice(plan.offset));
    return { updated, rest: updated.slice(0, plan.offset) + updated.slice(plan.offset + plan.text.length) };
  };

  it('does not fold a long line, re-flow a flow list or move a comment', () => {
    const text = `# ${'a long comment that a re-serialiser would fold '.repeat(5)}\naccept: [Brenza Latin, Harbor Daily] # local\npreferred: {Kyiv: [Kiev]}\nentities:\n  # ministers\n  - {name: Okonjo Biwott, kind: person, description: "${'x'.repeat(120)}"}\n`;
    const { updated, rest } = withoutInsertion(text, 'Twenty20');
    assert.equal(rest, text);
    assert.ok(updated.includes('accept: [Brenza Latin, Harbor Daily, Twenty20] # local\n'));
  });

  it('adds to the anchored list of `accept: *names` and keeps the alias', () => {
    const text = 'x-names: &names [Brenza Latin]\naccept: *names\n';
    const { updated, rest } = withoutInsertion(text, 'Twenty20');
    assert.equal(rest, text);
    assert.equal(updated, 'x-names: &names [Brenza Latin, Twenty20]\naccept: *names\n');
    assert.deepEqual(parseHouseList(updated).list.accept, ['Brenza Latin', 'Twenty20']);
  });

  it('appends to a block list in the file’s CRLF line ends', () => {
    assert.equal(addAcceptedName('accept:\r\n  - Brenza Latin # a columnist\r\nentities:\r\n', 'Twenty20'), 'accept:\r\n  - Brenza Latin # a columnist\r\n  - Twenty20\r\nentities:\r\n');
  });

  it('quotes a name that YAML would read as something else', () => {
    for (const name of ['true', '2024', 'Brenza: Latin # x', '[Harbor]', '*star', 'O’Neill & Co']) {
      const updated = addAcceptedName('accept: [A]\n', name);
      assert.deepEqual(parseHouseList(updated).list.accept, ['A', name], updated);
    }
  });

  it('refuses `accept: ~` with a message rather than rewriting it', () => {
    assert.throws(() => addAcceptedName('accept: ~\n', 'Twenty20'), /`accept` is not a list/);
  });
});

describe('replacements planned on an older version', () => {
  const text = 'Chancellor Olaf Sholz met Sholz fans.';
  const second = text.lastIndexOf('Sholz');

  it('finds the flagged word again after text was typed before it', () => {
    const plan = planReplacement(text, second, second + 5, 'Scholz');
    const current = 'Breaking: ' + text;
    const r = revalidateReplacements(current, [plan])!;
    assert.deepEqual(r, [{ start: second + 10, end: second + 15, replacement: 'Scholz' }]);
    assert.equal(current.slice(0, r[0].start) + r[0].replacement + current.slice(r[0].end), 'Breaking: Chancellor Olaf Sholz met Scholz fans.');
  });

  it('replaces nothing when the flagged word was deleted', () => {
    const plan = planReplacement(text, second, second + 5, 'Scholz');
    assert.equal(revalidateReplacements('Chancellor Olaf Sholz met the fans.', [plan]), undefined);
  });

  it('replaces nothing when another text now sits at the old range', () => {
    const plan = planReplacement(text, second, second + 5, 'Scholz');
    assert.equal(revalidateReplacements('Chancellor Olaf Sholz met Merz fans, Sholz said.'.replace('Sholz said', 'he said'), [plan]), undefined);
  });
});

describe('size notices', () => {
  it('says an article over the setting is not checked, with its size and the setting', () => {
    assert.match(sizeNotice(3 * 1024 * 1024, 2048).skipped!, /^This article is 3,072 KB, over the 2,048 KB limit \(setting copydesk\.maxFileSizeKB\): names are not checked\./);
  });

  it('says nothing for an article within the limit', () => {
    assert.deepEqual(sizeNotice(2048 * 1024, 2048), {});
  });
});

describe('See also escapes other articles’ titles', () => {
  // Raw HTML on and GFM tables and strikethrough on: the strictest reader of the inserted line.
  const md = new MarkdownIt({ html: true });
  const hostile = [
    '# Heading',
    '*bold* and _under_',
    'A `code` title',
    '<script>alert(1)</script>',
    'Left | Right',
    'Line one\n\n# Injected heading\n\n- item',
    'Folded block\nscalar title\n',
    '1. Not a list',
    '- Not a list',
    '] (evil.md) [',
    'Tom & Jerry &amp; co',
    'Ends with a backslash \\',
    '\u202Egnp.exe\u202C',
  ];

  for (const title of hostile) {
    it(`keeps ${JSON.stringify(title)} one link in one paragraph, showing the title as written`, () => {
      const line = formatSeeAlsoLine({ title, path: 'other.md', outlet: title }, '${title}: [${title}](${path}) — ${outlet}');
      const tokens = md.parse(line, {});
      assert.deepEqual(tokens.map((t) => t.type), ['paragraph_open', 'inline', 'paragraph_close'], line);
      const children = tokens[1].children!;
      assert.equal(children.filter((c) => c.type === 'link_open').length, 1, line);
      assert.ok(!children.some((c) => /html|code|strong|em|image/.test(c.type)), line);
      const shown = title.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
      const linkText = children.slice(children.findIndex((c) => c.type === 'link_open') + 1, children.findIndex((c) => c.type === 'link_close')).map((c) => c.content).join('');
      assert.equal(linkText, shown);
    });
  }

  it('escapes only what Markdown would read, so ordinary titles stay readable', () => {
    assert.equal(escapeInlineMarkdown('Biden (D) wins 2024 race, 51.2%'), 'Biden (D) wins 2024 race, 51.2%');
  });

  it('keeps one paragraph per article in the block', () => {
    const block = buildSeeAlsoBlock([{ title: 'A\n\nB', path: 'a.md' }, { title: 'C', path: 'c.md' }]);
    assert.equal(block.split('\n\n').length, 2);
  });

  it('encodes line breaks in link paths', () => {
    assert.equal(encodeLinkPath('a\nb.md'), 'a%0Ab.md');
  });
});

describe('preview hardening', () => {
  it('aligns table columns with classes, not style attributes', () => {
    const { html } = renderArticle('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n');
    assert.ok(!/style=/.test(html), html);
    assert.match(html, /<th class="align-left">a<\/th>/);
    assert.match(html, /<th class="align-center">b<\/th>/);
    assert.match(html, /<td class="align-right">3<\/td>/);
  });

  it('treats protocol-relative links and images as external and blocks them', () => {
    for (const url of ['//evil.example/x.png', ' //evil.example', '/\\evil.example', '\\\\evil.example', '/\t/evil.example']) {
      assert.equal(isAllowedLinkUrl(url), false, url);
      assert.equal(isAllowedImageUrl(url), false, url);
    }
    assert.equal(isAllowedLinkUrl('../other.md'), true);
    assert.equal(isAllowedImageUrl('/media/photo.jpg'), true);
    // Like a javascript: link, the Markdown stays as text: nothing to click, nothing loaded.
    const { html } = renderArticle('[home](//evil.example/) ![x](//evil.example/pixel.png)\n');
    assert.ok(!/(?:href|src)="[^"]*evil/.test(html), html);
    assert.ok(!/<(?:a|img)\b/.test(html), html);
  });

  it('drops bidi overrides from link text and titles', () => {
    const { html } = renderArticle('[https://bank.example\u202Eelpmaxe.live//:sptth](https://evil.example "t\u202Eitle")\n');
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(html), html);
    assert.match(html, /https:\/\/bank\.exampleelpmaxe\.live\/\/:sptth<\/a>/);
  });

  it('drops bidi controls written as entities in link text, and shows other entities and escapes as their characters', () => {
    const { html } = renderArticle('a &amp; b \\* c [x &#8238;y](https://ok.example)\n');
    assert.match(html, />a &amp; b \* c <a href="https:\/\/ok\.example">x y<\/a><\/p>/);
  });

  it('keeps bidi controls outside links (Arabic and Hebrew copy may need them)', () => {
    assert.ok(renderArticle('Text \u2067مرحبا\u2069 here.\n').html.includes('\u2067'));
  });

  it('keeps preview links of an untrusted workspace inside its folder', () => {
    assert.equal(isInsideFolder('/work/news', '/work/news/world/a.md'), true);
    assert.equal(isInsideFolder('/work/news/', '/work/news'), true);
    assert.equal(isInsideFolder('/work/news', '/work/news/world/../../news/a.md'), true);
    assert.equal(isInsideFolder('/work/news', '/work/news/../../../etc/passwd'), false);
    assert.equal(isInsideFolder('/work/news', '/work/newsroom/a.md'), false);
    assert.equal(isInsideFolder('/work/news', '/etc/passwd'), false);
  });
});
