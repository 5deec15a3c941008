// The CLI in CI, tried against temporary git repositories: --changed picks the articles a
// branch touched, --max-warnings gates, and the documented GitHub Actions steps and the
// pre-commit hook (docs/ci/) behave as docs/ci.md says. Needs `node esbuild.js` and git.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type * as Sarif from 'sarif';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const WORKFLOW = join(ROOT, 'docs/ci/github-workflow.yml');
const HOOK = join(ROOT, 'docs/ci/pre-commit');

const BAD = 'Chancellor Olaf Sholz said on Monday.\n';
const GOOD = 'Chancellor Olaf Scholz said on Monday.\n';

describe('CLI in CI (temporary git repositories)', function () {
  this.timeout(60_000);
  let repo: string;

  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const write = (name: string, content: string) => {
    mkdirSync(dirname(join(repo, name)), { recursive: true });
    writeFileSync(join(repo, name), content);
  };
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: repo, encoding: 'utf8' });
  /** Files named in the text report's finding lines. */
  const flagged = (out: string) => [...new Set(out.split('\n').filter((l) => /:\d+:\d+ {2}/.test(l)).map((l) => l.split(':')[0]))].sort();

  before(() => assert.ok(existsSync(CLI), `${CLI} is missing: run \`node esbuild.js\` first`));

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'copydesk-ci-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'desk@example.org');
    git('config', 'user.name', 'Desk');
    git('config', 'commit.gpgsign', 'false');
    write('world/old.md', BAD);
    write('world/gone.md', BAD);
    git('add', '-A');
    git('commit', '-qm', 'first');
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  /** A feature branch touching three articles: one committed, one edited, one untracked. */
  function branchWithChanges(): void {
    git('checkout', '-qb', 'feature');
    write('world/committed.md', BAD);
    git('add', '-A');
    git('commit', '-qm', 'add');
    write('world/old.md', BAD + '\nMore copy.\n');
    write('drafts/untracked name.md', BAD);
    write('notes.txt', BAD);
    rmSync(join(repo, 'world/gone.md'));
  }

  it('checks only the articles modified, added or untracked since the ref', () => {
    branchWithChanges();
    const r = cli('--changed', 'main');
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(flagged(r.stdout), ['drafts/untracked name.md', 'world/committed.md', 'world/old.md']);
    assert.match(r.stdout, /in 3 of 3 files/);
  });

  it('compares with the merge base of the upstream branch when no ref is given', () => {
    branchWithChanges();
    git('branch', '--set-upstream-to', 'main');
    // main moves on after the branch left it: its new article is not the branch's change.
    git('stash', '-u', '-q');
    git('checkout', '-q', 'main');
    write('world/mainline.md', BAD);
    git('add', '-A');
    git('commit', '-qm', 'main moves on');
    git('checkout', '-q', 'feature');
    git('stash', 'pop', '-q');
    const r = cli('--changed');
    assert.deepEqual(flagged(r.stdout), ['drafts/untracked name.md', 'world/committed.md', 'world/old.md']);
  });

  it('narrows --changed to the folders named after it', () => {
    branchWithChanges();
    const r = cli('--changed', 'main', 'world');
    assert.deepEqual(flagged(r.stdout), ['world/committed.md', 'world/old.md']);
  });

  it('says clearly when the ref is unknown or there is no upstream to compare with', () => {
    branchWithChanges();
    const bad = cli('--changed=no-such-branch');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /“no-such-branch” is not a commit, branch or tag/);
    git('branch', '-m', 'main', 'trunk');
    const none = cli('--changed');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no upstream/);
  });

  it('passes the gate with --max-warnings N up to N warnings and fails past it', () => {
    branchWithChanges();
    assert.equal(cli('--changed', 'main', '--max-warnings', '3').status, 0);
    assert.equal(cli('--changed', 'main', '--max-warnings=2').status, 1);
    assert.equal(cli('--changed', 'main', '--max-warnings', 'many').status, 2);
  });

  it('runs the documented GitHub Actions steps: a SARIF report of the changed articles, then the gate', () => {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, { env: Record<string, string>; steps: Array<{ id?: string; run?: string; uses?: string; with?: Record<string, string> }> }> };
    const job = Object.values(workflow.jobs)[0];
    const step = (id: string) => job.steps.find((s) => s.id === id)!;
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.equal(upload?.with?.sarif_file, 'copydesk.sarif');
    assert.ok(job.steps.some((s) => s.uses?.startsWith('actions/checkout') && String(s.with?.['fetch-depth']) === '0'), 'a full clone for --changed');
    branchWithChanges();
    // The runner's shell (bash -e), with the job's environment; COPYDESK is this build's CLI.
    const env = { ...process.env, COPYDESK: `${process.execPath} ${CLI}`, BASE: 'main', MAX_WARNINGS: job.env.MAX_WARNINGS };
    const runStep = (id: string) => spawnSync('bash', ['-e', '-c', step(id).run!], { cwd: repo, env, encoding: 'utf8' });
    const sarif = runStep('sarif');
    assert.equal(sarif.status, 0, `the SARIF step must not fail on findings: ${sarif.stderr}`);
    const log = JSON.parse(readFileSync(join(repo, 'copydesk.sarif'), 'utf8')) as Sarif.Log;
    const uris = [...new Set(log.runs[0].results!.map((r) => r.locations![0].physicalLocation!.artifactLocation!.uri))].sort();
    assert.deepEqual(uris, ['drafts/untracked name.md', 'world/committed.md', 'world/old.md']);
    assert.equal(runStep('gate').status, 1, 'the gate fails on name problems');
    for (const f of ['world/committed.md', 'world/old.md', 'drafts/untracked name.md']) write(f, GOOD);
    assert.equal(runStep('gate').status, 0, 'the gate passes once they are fixed');
  });

  /** Installs the documented pre-commit hook (running this build's CLI); returns a `git commit`. */
  function withHook(): () => ReturnType<typeof spawnSync> & { stdout: string; stderr: string } {
    const hook = join(repo, '.git/hooks/pre-commit');
    copyFileSync(HOOK, hook);
    chmodSync(hook, 0o755);
    const env = { ...process.env, COPYDESK: `${process.execPath} ${CLI}` };
    return () => spawnSync('git', ['commit', '-qm', 'story'], { cwd: repo, env, encoding: 'utf8' });
  }

  it('stops a commit whose staged articles have name problems, and lets a clean one through', () => {
    const commit = withHook();
    write('world/new story.md', BAD);
    write('drafts/unstaged.md', BAD);
    git('add', 'world/new story.md');
    const stopped = commit();
    assert.notEqual(stopped.status, 0, 'the commit is stopped');
    assert.match(stopped.stdout + stopped.stderr, /world\/new story\.md:1:17 .*Sholz/);
    assert.match(stopped.stderr, /name problems in the staged articles/);
    write('world/new story.md', GOOD);
    git('add', 'world/new story.md');
    const passed = commit();
    assert.equal(passed.status, 0, passed.stderr);
    // Only staged articles count: the unstaged draft with a slip did not stop the commit.
    assert.match(git('log', '--oneline'), /story/);
    // A commit without articles passes.
    write('notes.txt', 'x');
    git('add', 'notes.txt');
    assert.equal(commit().status, 0);
  });

  it('checks what is staged, not the working tree: an unstaged fix does not let a staged slip through', () => {
    const commit = withHook();
    write('world/story.md', BAD);
    git('add', 'world/story.md');
    write('world/story.md', GOOD); // fixed in the editor, but the fix is not staged
    const stopped = commit();
    assert.notEqual(stopped.status, 0, 'the staged copy still has the slip');
    assert.match(stopped.stdout + stopped.stderr, /world\/story\.md:1:17 .*Sholz/);
    git('add', 'world/story.md');
    write('world/story.md', BAD); // the staged copy is right; a new unstaged slip does not matter
    assert.equal(commit().status, 0);
    assert.equal(cli('--staged').status, 0, 'nothing staged: nothing to check');
    assert.equal(cli('--staged', '--changed', 'main').status, 2);
  });

  it('walks folders for the articles the workspace globs name, and names a broken settings file', () => {
    write('world/story.md', BAD);
    write('world/README.md', BAD); // excluded by the default globs, as in the extension
    write('world/page.mdx', BAD); // not an article by the default include globs
    write('drafts/draft.md', BAD);
    const all = cli('.');
    assert.deepEqual(flagged(all.stdout), ['drafts/draft.md', 'world/gone.md', 'world/old.md', 'world/story.md']);
    // A file named on the command line is checked whatever the globs say.
    assert.deepEqual(flagged(cli('world/README.md').stdout), ['world/README.md']);
    write('.vscode/settings.json', '{\n  // the desk keeps drafts out\n  "copydesk.articles.exclude": ["drafts/**", "**/README.md"],\n  "copydesk.articles.include": ["**/*.md", "**/*.mdx"],\n}\n');
    assert.deepEqual(flagged(cli('.').stdout), ['world/gone.md', 'world/old.md', 'world/page.mdx', 'world/story.md']);
    assert.deepEqual(flagged(cli('world').stdout), ['world/gone.md', 'world/old.md', 'world/page.mdx', 'world/story.md']);
    write('.vscode/settings.json', '{ "copydesk.articles.exclude": [ }');
    const broken = cli('.');
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.vscode\/settings\.json:1:\d+: .*the default article globs are used/);
    assert.deepEqual(flagged(broken.stdout), ['drafts/draft.md', 'world/gone.md', 'world/old.md', 'world/story.md']);
    write('.vscode/settings.json', '{ "copydesk.articles.include": "**/*.md" }');
    assert.match(cli('.').stderr, /copydesk\.articles\.include must be a list of glob strings/);
  });
});
