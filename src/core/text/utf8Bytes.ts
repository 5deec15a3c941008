// Text held as its UTF-8 bytes, one code unit per byte: the large sorted data files (the name
// lists, the towns) are read that way by the adapters (a file read as latin1), so they load as
// one-byte strings without decoding. A key is turned into bytes to be searched for, and a line
// found is turned back into text. ASCII is the same either way.

/** True when every code unit of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

/** `s` as its UTF-8 bytes, one code unit each. */
export function toUtf8Bytes(s: string): string {
  if (isAscii(s)) return s;
  let out = '';
  for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b);
  return out;
}

/** Text from UTF-8 bytes given one per code unit. */
export function fromUtf8Bytes(bytes: string): string {
  if (isAscii(bytes)) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let k = 0; k < bytes.length; k++) out[k] = bytes.charCodeAt(k);
  return new TextDecoder('utf-8').decode(out);
}
