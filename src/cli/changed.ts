// `copydesk check --changed [<git ref>]`: only the articles modified, added or untracked since
// a git ref (default: where this branch left its upstream), so CI and hooks check what a
// change touched. Asks git itself; never guesses from timestamps.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export class ChangedFilesError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new ChangedFilesError('--changed needs git, and git is not installed (or not on PATH).');
    throw new ChangedFilesError(`git ${args.join(' ')} failed: ${(err.stderr ?? err.message).toString().trim().split('\n')[0]}`);
  }
}

/** True when `arg` names a commit in the repository at `cwd` (and is not a file or folder there). */
export function isGitRef(cwd: string, arg: string): boolean {
  if (arg.startsWith('-') || existsSync(resolve(cwd, arg))) return false;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${arg}^{commit}`], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The commit to compare with when no ref is given: the merge base with the branch's upstream,
 * else with origin's default branch, else with a local main or master.
 */
export function defaultBase(cwd: string): string {
  const candidates = ['@{upstream}', 'origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];
  for (const ref of candidates) {
    try {
      const base = execFileSync('git', ['merge-base', 'HEAD', ref], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (base) return base;
    } catch {
      /* try the next candidate */
    }
  }
  throw new ChangedFilesError('--changed: this branch has no upstream (and no origin/main, main or master) to compare with; name a ref, e.g. --changed origin/main.');
}

const splitZ = (out: string) => out.split('\0').filter(Boolean);

/**
 * Absolute paths of the files modified, added, renamed or copied since `ref` (in the working
 * tree, staged or not), plus untracked files that are not ignored. Deleted files are left out.
 */
export function changedFiles(cwd: string, ref?: string): string[] {
  const top = real(git(cwd, ['rev-parse', '--show-toplevel']).trim());
  const base = ref ?? defaultBase(cwd);
  if (ref !== undefined) {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
    } catch {
      throw new ChangedFilesError(`--changed: “${ref}” is not a commit, branch or tag in this repository.`);
    }
  }
  // NOTE: -z keeps names with spaces and non-ASCII letters exactly (no quoting); paths are relative to the top.
  const diffed = splitZ(git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', base, '--']));
  const untracked = splitZ(git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', top]));
  const all = new Set([...diffed, ...untracked].map((p) => join(top, p)));
  return [...all].filter((p) => existsSync(p)).sort();
}

/** Keeps the files that lie inside one of `paths` (files or folders, relative to `cwd`). */
export function within(files: readonly string[], paths: readonly string[], cwd: string): string[] {
  // NOTE: git reports the real path of the top folder; compare real paths (macOS's /tmp is a link).
  const roots = paths.map((p) => real(resolve(cwd, p)));
  return files.filter((f) => roots.some((r) => f === r || f.startsWith(r.endsWith(sep) ? r : r + sep)));
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** A file as the index holds it: what the next commit will contain. */
export interface StagedFile {
  path: string;
  bytes: Buffer;
}

/**
 * The files added, copied, modified or renamed in the index (staged for the next commit), with
 * their staged content — not the working tree's, which may hold unstaged edits. Deleted files are
 * left out. Paths are absolute.
 */
export function stagedFiles(cwd: string): StagedFile[] {
  const top = real(git(cwd, ['rev-parse', '--show-toplevel']).trim());
  const names = splitZ(git(top, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', '--']));
  return names.sort().map((name) => {
    try {
      const bytes = execFileSync('git', ['cat-file', 'blob', `:${name}`], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
      return { path: join(top, name), bytes };
    } catch (e) {
      const err = e as { stderr?: Buffer; message: string };
      throw new ChangedFilesError(`--staged: cannot read the staged copy of ${name}: ${(err.stderr?.toString() || err.message).trim().split('\n')[0]}`);
    }
  });
}
