/** A run of text copied unchanged from the file into a derived string (a joined instruction line). */
export interface Segment {
  /** Offset in the derived string. */
  readonly at: number;
  /** Offset in the file. */
  readonly file: number;
  readonly length: number;
}

/**
 * Maps offsets of a string assembled from pieces of the file (continuation lines joined,
 * comment lines dropped) back to file offsets. Segments are in increasing `at` order.
 */
export class SegmentMap {
  constructor(private readonly segments: readonly Segment[]) {}

  /** File offset of the character at `offset` (an offset past the end maps past the last segment). */
  toFile(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return offset;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    return seg.file + (offset - seg.at);
  }

  /** File offsets of `[start, end)`; the end is taken after the last character so it never jumps lines. */
  toFileSpan(start: number, end: number): [number, number] {
    const s = this.toFile(start);
    if (end <= start) return [s, s];
    return [s, this.toFile(end - 1) + 1];
  }
}
