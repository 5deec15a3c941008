// What the adapters tell the writer about an article's size: not checked at all
// (over the configured limit), or checked only in its first part (over the
// checker's own bound). Pure, so the CLI and the extension say the same thing.
import { MAX_CHECKED_CHARS } from '../entities/nameChecker';

export interface SizeNotice {
  /** The article is not checked: why, and what to change. */
  skipped?: string;
  /** Only the first MAX_CHECKED_CHARS characters are checked: say so, never silently. */
  partial?: string;
}

/** `limitKB` counts kilobytes of text (1 KB = 1024 characters here; UTF-8 files on disk may be larger). */
export function sizeNotice(textLength: number, limitKB?: number): SizeNotice {
  const kb = Math.ceil(textLength / 1024);
  if (limitKB !== undefined && textLength > limitKB * 1024) {
    return { skipped: `This article is ${kb.toLocaleString('en')} KB, over the ${limitKB.toLocaleString('en')} KB limit (setting copydesk.maxFileSizeKB): names are not checked. Raise the setting to check it.` };
  }
  if (textLength > MAX_CHECKED_CHARS) {
    return {
      partial: `Only the first ${MAX_CHECKED_CHARS.toLocaleString('en')} characters of this ${kb.toLocaleString('en')} KB article are checked for names; split the article to check the rest.`,
    };
  }
  return {};
}
