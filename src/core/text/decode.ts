// Turns file bytes into text for checking, saying what was wrong with them
// instead of failing: binary content is refused, invalid UTF-8 is replaced.

export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'looks like a binary file (it contains NUL bytes), not an article' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), warning: 'is not valid UTF-8; invalid bytes were read as �' };
  }
}
