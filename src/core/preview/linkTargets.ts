// Where a link clicked in the preview may lead. In an untrusted workspace an
// article must not open files outside its folder (`../../../etc/passwd`).
import { normalizePath } from '../seeAlso/links';

/** True when POSIX path `target` is `folder` or inside it, after `.` and `..` are resolved. */
export function isInsideFolder(folder: string, target: string): boolean {
  const base = normalizePath(folder).replace(/\/+$/, '');
  const t = normalizePath(target);
  return t === base || t.startsWith(base + '/');
}
