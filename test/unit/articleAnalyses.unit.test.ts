// The adapters' analysis cache: one analysis per URI + version, shared by every reader.
import * as assert from 'node:assert/strict';
import { ArticleAnalyses, type VersionedDocument } from '../../src/vscode/articleAnalyses';

function doc(uri: string, version: number, text: string): VersionedDocument & { reads: number } {
  const d = { uri, version, reads: 0, getText: () => (d.reads++, text) };
  return d;
}

describe('ArticleAnalyses', () => {
  it('analyses a document version once, however many features ask', () => {
    const analyses = new ArticleAnalyses();
    const d = doc('file:///a.md', 1, 'Olaf Scholz spoke.\n');
    const first = analyses.get(d);
    assert.equal(analyses.get(d), first);
    void first.prose;
    void analyses.get(d).tokens;
    assert.equal(d.reads, 1);
    assert.deepEqual(analyses.counters, { analyses: 1, blockParses: 1, inlineParses: 1, checks: 0, renders: 0 });
  });

  it('replaces the analysis when the version changes, and keeps one per URI', () => {
    const analyses = new ArticleAnalyses();
    const v1 = analyses.get(doc('file:///a.md', 1, 'One.\n'));
    const v2 = analyses.get(doc('file:///a.md', 2, 'Two.\n'));
    assert.notEqual(v1, v2);
    assert.equal(v2.text, 'Two.\n');
    assert.equal(analyses.get(doc('file:///b.md', 1, 'One.\n')).text, 'One.\n');
    assert.equal(analyses.counters.analyses, 3);
  });

  it('finds the open version by its text for callers that hold only text', () => {
    const analyses = new ArticleAnalyses();
    const open = analyses.get(doc('file:///a.md', 7, 'Same text.\n'));
    assert.equal(analyses.forText('Same text.\n'), open);
    assert.notEqual(analyses.forText('Other text.\n'), open);
  });

  it('forgets a closed document', () => {
    const analyses = new ArticleAnalyses();
    const d = doc('file:///a.md', 1, 'x\n');
    const first = analyses.get(d);
    analyses.forget('file:///a.md');
    assert.notEqual(analyses.get(d), first);
  });
});
