// What the editor tells the writer about an article over the size limit: its
// size, the limit and the setting to change. (An article checked only in its
// first part is reported by the checker itself: NameCheckResult.truncated.)

export interface SizeNotice {
  /** The article is not checked: why, and what to change. */
  skipped?: string;
}

/** `limitKB` counts kilobytes of text (1 KB = 1024 characters here; UTF-8 files on disk may be larger). */
export function sizeNotice(textLength: number, limitKB?: number): SizeNotice {
  const kb = Math.ceil(textLength / 1024);
  if (limitKB !== undefined && textLength > limitKB * 1024) {
    return { skipped: `This article is ${kb.toLocaleString('en')} KB, over the ${limitKB.toLocaleString('en')} KB limit (setting copydesk.maxFileSizeKB): names are not checked. Raise the setting to check it.` };
  }
  return {};
}
