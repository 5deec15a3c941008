// The news preview renderer: layout elements, front matter edge cases, flags and facts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/entities/types';
import { formatArticleDate, previewContentSecurityPolicy, renderArticle, renderPreviewPage, stripMetaHttpEquiv } from '../../src/core/preview';

const ROOT = join(__dirname, '..', '..', '..');
const SEED = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', 'dev', 'seed-article.md'), 'utf8');

function finding(text: string, doc: string, message = `“${text}” is wrong.`, n = 1): Finding {
  let start = -1;
  for (let i = 0; i < n; i++) start = doc.indexOf(text, start + 1);
  assert.ok(start >= 0, `${text} is in the document`);
  return { start, end: start + text.length, code: 'known-wrong-form', severity: 'warning', message, suggestions: [], text };
}

/** The part of the rendered body between two markers. */
function header(html: string): string {
  return html.slice(html.indexOf('<header'), html.indexOf('</header>') + '</header>'.length);
}
function body(html: string): string {
  return html.slice(html.indexOf('<div class="article-body">\n') + '<div class="article-body">\n'.length, html.lastIndexOf('</div>\n</article>'));
}

const ARTICLE = `---
title: European leaders debate energy prices
date: 2022-10-21
byline: Staff Reporter
outlet: Harbor Daily
section: Europe
summary: No cap on gas prices yet.
---

BRUSSELS, Oct. 21 (Harbor Daily) — European Union leaders ended a summit.

Second paragraph.
`;

describe('renderArticle: layout', () => {
  it('renders kicker, headline from the title, standfirst and the byline/date/outlet line', () => {
    assert.equal(
      header(renderArticle(ARTICLE).html),
      '<header class="article-header">\n' +
        '<p class="kicker code-line" data-line="5">Europe</p>\n' +
        '<h1 class="headline code-line" data-line="1">European leaders debate energy prices</h1>\n' +
        '<p class="standfirst code-line" data-line="6">No cap on gas prices yet.</p>\n' +
        '<p class="article-meta code-line" data-line="2"><span class="byline">By Staff Reporter</span>' +
        '<span class="meta-sep" aria-hidden="true"> · </span><time class="date" datetime="2022-10-21">21 October 2022</time>' +
        '<span class="meta-sep" aria-hidden="true"> · </span><span class="outlet">Harbor Daily</span></p>\n' +
        '</header>',
    );
  });

  it('wraps the dateline of the first paragraph in a span, and only there', () => {
    const html = body(renderArticle(ARTICLE).html);
    assert.equal(
      html,
      '<p class="code-line" data-line="9"><span class="dateline">BRUSSELS, Oct. 21 (Harbor Daily) —</span> European Union leaders ended a summit.</p>\n' +
        '<p class="code-line" data-line="11">Second paragraph.</p>\n',
    );
  });

  it('recognises a bare city dateline', () => {
    assert.equal(body(renderArticle('ROME — Talks began.\n').html), '<p class="code-line" data-line="0"><span class="dateline">ROME —</span> Talks began.</p>\n');
  });

  it('does not take an ordinary capitalised opening for a dateline', () => {
    assert.equal(body(renderArticle('State Councilor Wang Yi met — briefly.\n').html), '<p class="code-line" data-line="0">State Councilor Wang Yi met — briefly.</p>\n');
  });

  it('uses the first H1 as headline when there is no title, and does not repeat it', () => {
    const r = renderArticle('---\nsection: World\n---\n\n# Talks in *Rome*\n\nBody text.\n');
    assert.equal(r.title, 'Talks in Rome');
    assert.equal(
      header(r.html),
      '<header class="article-header">\n<p class="kicker code-line" data-line="1">World</p>\n<h1 class="headline code-line" data-line="4">Talks in <em>Rome</em></h1>\n</header>',
    );
    assert.equal(body(r.html), '<p class="code-line" data-line="6">Body text.</p>\n');
  });

  it('drops a leading H1 that repeats the title', () => {
    const r = renderArticle(SEED);
    assert.equal((r.html.match(/<h1/g) ?? []).length, 1);
    assert.equal(r.title, 'Wang Yi met with Russian Foreign Minister Sergei Lavrov');
    assert.deepEqual(r.notices, []);
  });

  it('says so when the leading H1 differs from the title', () => {
    const r = renderArticle('---\ntitle: A\n---\n# B\n\ntext\n');
    assert.deepEqual(r.notices, ['The first heading differs from the front matter title; the preview shows the title as the headline.']);
    assert.ok(!r.html.includes('>B</h1>'));
  });

  it('formats a YAML timestamp and an ISO date string the same way, and shows other strings as written', () => {
    const yamlDate = renderArticle('---\ndate: !!timestamp 2022-10-21\n---\nx\n').html;
    assert.ok(yamlDate.includes('<time class="date" datetime="2022-10-21">21 October 2022</time>'), yamlDate);
    assert.ok(renderArticle('---\ndate: "2022-10-21T09:30:00Z"\n---\nx\n').html.includes('<time class="date" datetime="2022-10-21">21 October 2022</time>'));
    assert.ok(renderArticle('---\ndate: Friday <b>21</b> Oct\n---\nx\n').html.includes('<time class="date">Friday &lt;b&gt;21&lt;/b&gt; Oct</time>'));
    assert.deepEqual(formatArticleDate(new Date(Date.UTC(2021, 10, 29))), { text: '29 November 2021', iso: '2021-11-29' });
  });

  it('uses author when there is no byline, and does not double "By"', () => {
    assert.ok(renderArticle('---\nauthor: Jane Roe\n---\nx\n').html.includes('<span class="byline">By Jane Roe</span>'));
    assert.ok(renderArticle('---\nbyline: By Jane Roe\n---\nx\n').html.includes('<span class="byline">By Jane Roe</span>'));
  });

  it('renders a "**See also:**" link line as a card with link and outlet', () => {
    const r = renderArticle('Para.\n\n**See also:** [Energy talks fail](../europe/energy.md) — Harbor Daily\n');
    assert.equal(
      body(r.html),
      '<p class="code-line" data-line="0">Para.</p>\n' +
        '<aside class="see-also code-line" data-line="2">\n<p class="see-also-label">See also</p>\n<ul class="see-also-list">\n' +
        '<li class="see-also-item code-line" data-line="2"><span class="see-also-title"><a href="../europe/energy.md">Energy talks fail</a></span> <span class="see-also-outlet">Harbor Daily</span></li>\n' +
        '</ul>\n</aside>\n',
    );
  });

  it('renders the seed article’s plain "See also:" line with its outlet, and one without an outlet', () => {
    const html = renderArticle(SEED).html;
    assert.ok(
      html.includes(
        '<li class="see-also-item code-line" data-line="20"><span class="see-also-title">At least three people have been killed in armed conflict in Myanmar</span> <span class="see-also-outlet">Brenza Latin</span></li>',
      ),
    );
    assert.ok(html.includes('<span class="see-also-title">Cuba.- Rodriguez ugly to Uruguay and Brazil for its support for struggles based on &quot;ignorance of reality&quot;</span></li>'));
  });

  it('renders several See also lines and a labelled list as one card each', () => {
    const lines = renderArticle('See also: [A](a.md) — X\n[B](b.md) - Y\n').html;
    assert.equal((lines.match(/<li class="see-also-item/g) ?? []).length, 2);
    assert.ok(lines.includes('<li class="see-also-item code-line" data-line="1"><span class="see-also-title"><a href="b.md">B</a></span> <span class="see-also-outlet">Y</span></li>'));
    const list = renderArticle('**See also:**\n\n- [A](a.md) — X\n- [B](b.md)\n').html;
    assert.equal(
      body(list),
      '<aside class="see-also code-line" data-line="0">\n<p class="see-also-label">See also</p>\n<ul class="see-also-list">\n' +
        '<li class="see-also-item code-line" data-line="2"><span class="see-also-title"><a href="a.md">A</a></span> <span class="see-also-outlet">X</span></li>\n' +
        '<li class="see-also-item code-line" data-line="3"><span class="see-also-title"><a href="b.md">B</a></span></li>\n' +
        '</ul>\n</aside>\n',
    );
  });

  it('renders an image paragraph as a figure captioned by the title, else the alt text', () => {
    assert.equal(
      body(renderArticle('![Leaders in Brussels](img/summit.jpg "EU leaders on Friday")\n').html),
      '<figure class="code-line figure" data-line="0"><img src="img/summit.jpg" alt="Leaders in Brussels" title="EU leaders on Friday"><figcaption>EU leaders on Friday</figcaption></figure>\n',
    );
    assert.equal(
      body(renderArticle('![Leaders <in> Brussels](img/summit.jpg)\n').html),
      '<figure class="code-line figure" data-line="0"><img src="img/summit.jpg" alt="Leaders &lt;in&gt; Brussels"><figcaption>Leaders &lt;in&gt; Brussels</figcaption></figure>\n',
    );
  });

  it('passes image sources through resolveImage', () => {
    const html = renderArticle('![a](pics/x%20y.png)\n', { resolveImage: (src) => `https://file.test/${src}` }).html;
    assert.ok(html.includes('<img src="https://file.test/pics/x%20y.png" alt="a">'), html);
  });

  it('gives every block its 0-based source line, counting the front matter', () => {
    const r = renderArticle('---\ntitle: T\n---\n\n## Sub\n\n- one\n- two\n\n> quote\n\n```\ncode\n```\n\n---\n');
    assert.equal(
      body(r.html),
      '<h2 class="code-line" data-line="4">Sub</h2>\n' +
        '<ul class="code-line" data-line="6">\n<li class="code-line" data-line="6">one</li>\n<li class="code-line" data-line="7">two</li>\n</ul>\n' +
        '<blockquote class="code-line" data-line="9">\n<p class="code-line" data-line="9">quote</p>\n</blockquote>\n' +
        '<pre class="code-line" data-line="11"><code>code\n</code></pre>\n' +
        '<hr class="code-line" data-line="15">\n',
    );
  });
});

describe('renderArticle: flagged names', () => {
  it('marks Govt-19 in the seed article with its message as an escaped title', () => {
    const f = finding('Govt-19', SEED, '“Govt-19” is not a name; did you mean <COVID-19> & "co"?');
    const html = renderArticle(SEED, { findings: [f] }).html;
    assert.ok(
      html.includes(
        'the spread of <mark class="copydesk-flag copydesk-flag-known-wrong-form" title="“Govt-19” is not a name; did you mean &lt;COVID-19&gt; &amp; &quot;co&quot;?">Govt-19</mark> and the prevention',
      ),
    );
  });

  it('marks the right occurrence when the name appears twice in a block', () => {
    const doc = 'Sholz met Sholz.\n';
    const html = renderArticle(doc, { findings: [finding('Sholz', doc, 'm', 2)] }).html;
    assert.ok(html.includes('Sholz met <mark class="copydesk-flag copydesk-flag-known-wrong-form" title="m">Sholz</mark>.'), html);
  });

  it('marks names inside emphasis, links and the front matter title', () => {
    const doc = '---\ntitle: Sholz visits Rome\n---\n\n**Sholz** and [Sholz](x.md).\n';
    const fs = [finding('Sholz', doc, 'a', 1), finding('Sholz', doc, 'b', 2), finding('Sholz', doc, 'c', 3)];
    const html = renderArticle(doc, { findings: fs }).html;
    assert.ok(html.includes('<h1 class="headline code-line" data-line="1"><mark class="copydesk-flag copydesk-flag-known-wrong-form" title="a">Sholz</mark> visits Rome</h1>'), html);
    assert.ok(html.includes('<strong><mark class="copydesk-flag copydesk-flag-known-wrong-form" title="b">Sholz</mark></strong>'), html);
    assert.ok(html.includes('<a href="x.md"><mark class="copydesk-flag copydesk-flag-known-wrong-form" title="c">Sholz</mark></a>'), html);
  });

  it('keeps a flag inside the dateline', () => {
    const doc = 'BRUSELS — Leaders met.\n';
    const html = renderArticle(doc, { findings: [finding('BRUSELS', doc, 'm')] }).html;
    assert.ok(html.includes('<span class="dateline"><mark class="copydesk-flag copydesk-flag-known-wrong-form" title="m">BRUSELS</mark> —</span> Leaders met.'), html);
  });

  it('counts every finding in the facts, marked or not', () => {
    const doc = 'a **Gov**t-19 b\n';
    const f: Finding = { start: 2, end: 13, code: 'near-miss', severity: 'warning', message: 'm', suggestions: [], text: '**Gov**t-19' };
    const r = renderArticle(doc, { findings: [f] });
    assert.equal(r.facts.nameIssues, 1);
    assert.ok(!r.html.includes('<mark'));
    assert.ok(r.html.includes('<span class="fact fact-issues fact-alert"><b>1</b> name issue</span>'));
  });
});

describe('renderArticle: front matter edge cases', () => {
  it('says there is no front matter and renders the body', () => {
    const r = renderArticle('Just text.\n');
    assert.deepEqual(r.notices, ['No front matter: add title, date, byline, outlet and section between “---” lines at the top.']);
    assert.ok(r.html.startsWith('<p class="copydesk-notice" role="note">No front matter'));
    assert.equal(body(r.html), '<p class="code-line" data-line="0">Just text.</p>\n');
  });

  it('says the front matter is empty for ---/---', () => {
    const r = renderArticle('---\n---\nBody.\n');
    assert.deepEqual(r.notices, ['The front matter is empty: add title, date, byline, outlet and section.']);
    assert.equal(body(r.html), '<p class="code-line" data-line="2">Body.</p>\n');
  });

  it('says unterminated front matter is never closed and shows the whole file', () => {
    const r = renderArticle('---\ntitle: T\n\nBody.\n');
    assert.equal(r.notices.length, 1);
    assert.match(r.notices[0], /never closed/);
    assert.ok(r.html.includes('<p class="code-line" data-line="3">Body.</p>'), r.html);
  });

  it('reports invalid YAML with its line and still renders the body', () => {
    const r = renderArticle('---\ntitle: [unclosed\nbyline: x\n---\nBody.\n');
    assert.equal(r.notices.length, 1);
    assert.match(r.notices[0], /^Front matter is not valid YAML: .*\(line \d+, column \d+\)\. The body is shown without it\.$/);
    assert.equal(body(r.html), '<p class="code-line" data-line="4">Body.</p>\n');
  });

  it('shows a number title and an array title as text', () => {
    assert.equal(renderArticle('---\ntitle: 2024\n---\n').title, '2024');
    const r = renderArticle('---\ntitle: [Talks, in, Rome]\n---\n');
    assert.equal(r.title, 'Talks, in, Rome');
    assert.ok(r.html.includes('<h1 class="headline code-line" data-line="1">Talks, in, Rome</h1>'));
  });

  it('ignores a map where text is expected, with a notice, without crashing', () => {
    const r = renderArticle('---\ntitle: { a: 1 }\nsection: [x, { y: 2 }]\ndate: { z: 1 }\nbyline: true\n---\nBody.\n');
    assert.equal(r.title, '');
    assert.ok(r.notices.includes('Front matter “title” should be text; it is ignored.'));
    assert.ok(r.notices.includes('Front matter “section” should be text; it is ignored.'));
    assert.ok(r.notices.includes('Front matter “date” should be text; it is ignored.'));
    assert.ok(r.html.includes('<span class="byline">By true</span>'));
  });

  it('escapes HTML in every front matter value', () => {
    const r = renderArticle('---\ntitle: "<img src=x onerror=alert(1)>"\nsection: <b>World</b>\nsummary: "a & <i>b</i>"\nbyline: <script>x</script>\noutlet: "\\"><svg>"\ntags: [<a>, "b&c"]\n---\n');
    assert.ok(r.html.includes('<h1 class="headline code-line" data-line="1">&lt;img src=x onerror=alert(1)&gt;</h1>'), r.html);
    assert.ok(r.html.includes('<p class="kicker code-line" data-line="2">&lt;b&gt;World&lt;/b&gt;</p>'));
    assert.ok(r.html.includes('<p class="standfirst code-line" data-line="3">a &amp; &lt;i&gt;b&lt;/i&gt;</p>'));
    assert.ok(r.html.includes('<span class="byline">By &lt;script&gt;x&lt;/script&gt;</span>'));
    assert.ok(r.html.includes('<span class="outlet">&quot;&gt;&lt;svg&gt;</span>'));
    assert.ok(r.html.includes('<span class="tags">&lt;a&gt;, b&amp;c</span>'));
    assert.equal(r.title, '<img src=x onerror=alert(1)>');
  });
});

describe('renderArticle: markdown safety', () => {
  it('escapes raw HTML', () => {
    assert.equal(body(renderArticle('<script>alert(1)</script>\n').html), '<p class="code-line" data-line="0">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });

  it('leaves javascript:, vbscript: and unknown-scheme links as text', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:x', 'ftp://example.com/x', 'command:workbench.action.quit']) {
      const html = renderArticle(`[x](${url})\n`).html;
      assert.doesNotMatch(html, /<a[\s>]/, url);
    }
  });

  it('neutralises a data: link that markdown-it lets through for images', () => {
    const html = renderArticle('[x](data:image/png;base64,AAAA)\n').html;
    assert.ok(html.includes('<a class="copydesk-blocked-link">x</a>'), html);
  });

  it('keeps http, https, mailto and relative links', () => {
    const html = renderArticle('[a](https://e.com) [b](http://e.com) [c](mailto:x@e.com) [d](../x.md#k)\n').html;
    for (const href of ['https://e.com', 'http://e.com', 'mailto:x@e.com', '../x.md#k']) assert.ok(html.includes(`<a href="${href}">`), href);
  });
});

describe('renderArticle: facts', () => {
  it('counts words of the rendered body only and rounds reading time up', () => {
    const r = renderArticle('---\ntitle: Five words in the title\n---\n\n**One** two [three](x.md) `four`.\n\nSee also: [Not](n.md) — Counted\n', { wordsPerMinute: 3 });
    assert.equal(r.facts.words, 4);
    assert.equal(r.facts.readingMinutes, 2);
  });

  it('reads at least one minute, at 230 words a minute by default', () => {
    assert.equal(renderArticle('').facts.readingMinutes, 1);
    const words = Array.from({ length: 461 }, () => 'word').join(' ');
    const r = renderArticle(words);
    assert.equal(r.facts.words, 461);
    assert.equal(r.facts.readingMinutes, 3);
  });

  it('counts the seed article', () => {
    const r = renderArticle(SEED);
    assert.equal(r.facts.headlineChars, 55);
    assert.ok(r.facts.words > 400 && r.facts.words < 520, String(r.facts.words));
  });

  it('counts headline characters as code points and shows the overflow past 70', () => {
    const title = 'É'.repeat(60) + '🙂'.repeat(12);
    const r = renderArticle(`---\ntitle: ${title}\n---\n`);
    assert.equal(r.facts.headlineChars, 72);
    assert.ok(r.html.includes(`${'É'.repeat(60)}${'🙂'.repeat(10)}<span class="headline-overflow" title="2 characters over the 70-character limit">🙂🙂</span></h1>`), r.html);
    assert.ok(r.html.includes('<span class="fact fact-headline fact-over" title="2 characters over the 70-character limit"><b>72</b>/70 headline chars</span>'));
    const ok = renderArticle('---\ntitle: Short\n---\n');
    assert.ok(ok.html.includes('<span class="fact fact-headline"><b>5</b>/70 headline chars</span>'));
  });
});

describe('renderPreviewPage', () => {
  const page = renderPreviewPage({
    body: renderArticle('<meta http-equiv="refresh" content="0;url=https://evil.example">\n\nx\n').html,
    cspSource: 'https://webview.test',
    nonce: 'abcdefghijklmnopqrstuv==',
    scriptUri: 'https://webview.test/preview.js',
    styleUri: 'https://webview.test/preview.css',
    title: '<T>',
    settings: { resource: 'file:///a "b".md', line: 3 },
  });

  it('has the panel’s CSP with the nonce', () => {
    assert.equal(
      previewContentSecurityPolicy('https://webview.test', 'abcdefghijklmnopqrstuv=='),
      "default-src 'none'; img-src https://webview.test https: data:; style-src https://webview.test 'nonce-abcdefghijklmnopqrstuv=='; script-src 'nonce-abcdefghijklmnopqrstuv=='; font-src https://webview.test",
    );
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src https://webview.test https: data:;`));
    assert.ok(page.includes('<script nonce="abcdefghijklmnopqrstuv==" src="https://webview.test/preview.js"></script>'));
  });

  it('passes settings as an escaped data attribute, and the rendered body carries no meta http-equiv', () => {
    assert.ok(page.includes('data-settings="{&quot;resource&quot;:&quot;file:///a \\&quot;b\\&quot;.md&quot;,&quot;line&quot;:3}"'), page);
    assert.equal((page.match(/<meta http-equiv/gi) ?? []).length, 1);
    assert.ok(page.includes('<title>&lt;T&gt;</title>'));
    assert.equal(stripMetaHttpEquiv('a<META HTTP-EQUIV=refresh content=0>b'), 'ab');
  });

  it('refuses a short or empty nonce', () => {
    assert.throws(() => renderPreviewPage({ body: '', cspSource: 'x', nonce: '', scriptUri: '', styleUri: '' }));
  });
});
