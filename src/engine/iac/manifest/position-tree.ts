import type { PathSegment } from '../../../domain/source-range.js';

/**
 * Compact positions of one parsed value, kept beside the plain JSON body: offsets only, turned
 * into lines and columns when a finding asks for them. Both composers (fast and `yaml`) build it.
 */
export interface PosNode {
  /** Offset of the value's first character (or, for an empty value, where it would be). */
  start: number;
  /** Offset just past the value's last character; unused for block collections. */
  end: number;
  /** A block map/sequence spans lines, so a finding on it points at its key only. */
  block: boolean;
  entries?: Map<string, PosEntry>;
  items?: PosNode[];
}

export interface PosEntry {
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: PosNode;
}

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export function entryRange(entry: PosEntry): OffsetRange {
  return entry.value.block || entry.value.end <= entry.keyEnd
    ? { start: entry.keyStart, end: entry.keyEnd }
    : { start: entry.keyStart, end: entry.value.end };
}

/** A sequence item that is a map points at its first key (the `- name: web` line). */
export function itemRange(item: PosNode): OffsetRange {
  let node = item;
  for (;;) {
    if (!node.block) return { start: node.start, end: Math.max(node.end, node.start) };
    const first = node.entries?.values().next().value;
    if (first) return entryRange(first);
    const next = node.items?.[0];
    if (!next) return { start: node.start, end: node.start + 1 };
    node = next;
  }
}

/**
 * Maps a path to offsets. A missing step is reported at the nearest existing parent key
 * (key token only); a missing first step at `fallback` (the object's `kind`).
 */
export function locateOffsets(root: PosNode, path: readonly PathSegment[], fallback: OffsetRange): OffsetRange {
  let node = root;
  let best = fallback;
  let parent = fallback;
  for (const seg of path) {
    if (typeof seg === 'string' && node.entries) {
      const entry = node.entries.get(seg);
      if (!entry) return parent;
      best = entryRange(entry);
      parent = { start: entry.keyStart, end: entry.keyEnd };
      node = entry.value;
    } else if (typeof seg === 'number' && node.items) {
      const item = node.items[seg];
      if (!item) return parent;
      best = itemRange(item);
      parent = best;
      node = item;
    } else {
      return parent;
    }
  }
  return best;
}
