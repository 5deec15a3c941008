// The Markdown snippets file: strict JSON, every snippet prefixed `cd-`, and a complete new-article template.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const FILE = path.resolve(__dirname, '../../../snippets/markdown.code-snippets');
const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
const body = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const byPrefix = (p: string) => Object.values(snippets).find((s) => s.prefix === p)!;

/**
 * Expands the variables of a snippet body as VS Code does: `$NAME`, `${NAME}` and the
 * transform `${NAME/regex/format/flags}` (format: literal text with `$n` group references).
 */
function expand(text: string, vars: Record<string, string>): string {
  return text
    .replace(/\$\{([A-Z_]+)\/((?:[^/\\]|\\.)*)\/((?:[^/\\]|\\.)*)\/([gimsuy]*)\}/g, (_, name: string, re: string, format: string, flags: string) =>
      (vars[name] ?? '').replace(new RegExp(re, flags), format),
    )
    .replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (m, a: string | undefined, b: string | undefined) => vars[a ?? b ?? ''] ?? m);
}

describe('Markdown snippets', () => {
  it('is strict JSON with the nine Copydesk snippets', () => {
    assert.deepEqual(Object.values(snippets).map((s) => s.prefix).sort(), [
      'cd-article', 'cd-byline', 'cd-correction', 'cd-dateline', 'cd-editors-note', 'cd-photo', 'cd-quote', 'cd-seealso', 'cd-update',
    ]);
  });

  it('gives every snippet a cd- prefix, a body and a description', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => /^cd-[a-z-]+$/.test(p)), name);
      assert.ok(body(s).trim().length > 0, name);
      assert.ok(typeof s.description === 'string' && s.description.length > 0, name);
    }
  });

  it('opens the new-article body with front matter holding every key Copydesk reads', () => {
    const b = byPrefix('cd-article').body as string[];
    assert.equal(b[0], '---');
    const close = b.indexOf('---', 1);
    assert.ok(close > 0);
    const keys = b.slice(1, close).map((l) => l.split(':')[0]);
    for (const k of ['title', 'date', 'byline', 'outlet', 'section', 'tags', 'summary']) assert.ok(keys.includes(k), k);
    assert.ok(b.includes('date: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE'));
  });

  it('writes the new-article dateline as CITY, Mon. D (Outlet) —', () => {
    assert.match(body(byPrefix('cd-article')), /\$\{7:CITY\}, \$CURRENT_MONTH_NAME_SHORT\. \$\{CURRENT_DATE\/\^0\/\/\} \(\$\{3\}\) — /);
  });

  it('writes "Dec. 1", not "Dec. 01", wherever a day follows a month name', () => {
    // VS Code's CURRENT_DATE is zero-padded; a regex transform drops the leading zero.
    const dated = ['cd-article', 'cd-dateline', 'cd-correction', 'cd-update'];
    for (const p of dated) {
      const text = body(byPrefix(p));
      assert.doesNotMatch(text, /CURRENT_MONTH_NAME_SHORT\. \$CURRENT_DATE/, p);
      assert.equal(expand(text, { CURRENT_MONTH_NAME_SHORT: 'Dec', CURRENT_DATE: '01', CURRENT_YEAR: '2026' }).includes('Dec. 1'), true, p);
      assert.equal(expand(text, { CURRENT_MONTH_NAME_SHORT: 'Dec', CURRENT_DATE: '01', CURRENT_YEAR: '2026' }).includes('Dec. 01'), false, p);
      assert.equal(expand(text, { CURRENT_MONTH_NAME_SHORT: 'Nov', CURRENT_DATE: '30', CURRENT_YEAR: '2026' }).includes('Nov. 30'), true, p);
      assert.equal(expand(text, { CURRENT_MONTH_NAME_SHORT: 'Oct', CURRENT_DATE: '10', CURRENT_YEAR: '2026' }).includes('Oct. 10'), true, p);
    }
    // The front matter date stays ISO (zero-padded).
    assert.ok(expand(body(byPrefix('cd-article')), { CURRENT_YEAR: '2026', CURRENT_MONTH: '12', CURRENT_DATE: '01', CURRENT_MONTH_NAME_SHORT: 'Dec' }).includes('date: 2026-12-01'));
  });

  it('uses only tab stops, choices and variables VS Code knows', () => {
    const known = new Set(['CURRENT_YEAR', 'CURRENT_MONTH', 'CURRENT_DATE', 'CURRENT_MONTH_NAME_SHORT']);
    for (const [name, s] of Object.entries(snippets)) {
      for (const m of body(s).matchAll(/\$(?:\{)?([A-Z_]+)/g)) assert.ok(known.has(m[1]), `${name}: ${m[1]}`);
    }
  });

  it('links See also with the same default format as the setting', () => {
    assert.match(body(byPrefix('cd-seealso')), /^\*\*See also:\*\* \[\$\{1:Title\}\]\(\$\{2:[^}]+\}\) — \$\{3:Harbor Daily\}/);
  });
});
