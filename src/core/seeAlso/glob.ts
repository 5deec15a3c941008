// Minimal glob matching for the `copydesk.articles.include`/`exclude` settings,
// used where VS Code gives no matcher (file-watcher events). Supports **, *, ?, {a,b} and [...].

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** True when the workspace-relative POSIX path matches one of `include` and none of `exclude`. */
export function matchesArticleGlobs(relativePath: string, include: readonly string[], exclude: readonly string[]): boolean {
  const any = (globs: readonly string[]) => globs.some((g) => globToRegExp(g).test(relativePath));
  return any(include) && !any(exclude);
}
