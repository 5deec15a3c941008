// The one article matcher: does a workspace-relative path fall under the
// `copydesk.articles.include` globs and outside `copydesk.articles.exclude`?
// Every adapter (diagnostics, preview, See also, the CLI's folder walk) asks here.
import picomatch from 'picomatch/posix';

export interface ArticleGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

/** Compiled matchers, by their globs: settings rarely change, paths are asked about often. */
const compiled = new Map<string, (path: string) => boolean>();

function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let m = compiled.get(key);
  if (!m) {
    // dot: a folder like ".github" is matched by "**" as VS Code's glob matching does.
    m = globs.length ? picomatch([...globs], { dot: true }) : () => false;
    if (compiled.size > 100) compiled.clear();
    compiled.set(key, m);
  }
  return m;
}

/** True when the workspace-relative POSIX path matches one of `include` and none of `exclude`. */
export function matchesArticleGlobs(relativePath: string, include: readonly string[], exclude: readonly string[]): boolean {
  return matcher(include)(relativePath) && !matcher(exclude)(relativePath);
}
