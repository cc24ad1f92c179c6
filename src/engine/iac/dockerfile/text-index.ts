import type { SourceRange } from '../../../domain/source-range.js';

/** Converts offsets of a (newline-normalised) text to 1-based lines and columns. */
export class TextIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Text of a 0-based line without its newline. */
  line(index: number): string {
    const start = this.lineStarts[index] ?? this.text.length;
    const next = this.lineStarts[index + 1];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** Range of `[start, end)`; `end` is exclusive. */
  range(start: number, end: number): SourceRange {
    const s = this.position(start);
    const e = this.position(Math.max(start, end));
    return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }
}
