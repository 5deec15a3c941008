// The one line model of the project: `\r\n`, `\n` and a lone `\r` each end a line
// (as markdown-it and VS Code count them). Converts between offsets and 0-based
// line/character positions (UTF-16, as VS Code counts).

export class LineIndex {
  /** Offset where each line starts; starts[0] is 0. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const n = text.length;
    // Two indexOf scans are much faster than a per-character loop on long text.
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (nl !== -1 || cr !== -1) {
      if (cr !== -1 && (nl === -1 || cr < nl)) {
        // "\r\n" is one line end; a lone "\r" is one too.
        const end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        this.starts.push(end);
        if (end === cr + 2) nl = text.indexOf('\n', end);
        cr = end < n ? text.indexOf('\r', end) : -1;
      } else {
        this.starts.push(nl + 1);
        nl = text.indexOf('\n', nl + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where 0-based `line` starts; text.length past the last line. */
  lineStart(line: number): number {
    if (line < 0) return 0;
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** Offset where 0-based `line`'s text ends (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1];
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  /** The text of 0-based `line` without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 0-based line of an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 0-based line and character of an offset. */
  positionAt(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }

  offsetAt(line: number, character: number): number {
    return (this.starts[Math.min(line, this.starts.length - 1)] ?? 0) + character;
  }
}

/** 1-based line and column of an offset, for messages. */
export function lineColumnAt(text: string | LineIndex, offset: number): { line: number; column: number } {
  const p = (typeof text === 'string' ? new LineIndex(text) : text).positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/**
 * `text` with every lone `\r` turned into `\n`: same length, same offsets. For parsers
 * (YAML) that do not take a lone `\r` as a line break.
 */
export function withLoneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
