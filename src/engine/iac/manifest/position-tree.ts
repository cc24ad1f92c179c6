import type { PathSegment } from '../../../domain/source-range.js';

/**
 * Compact positions of one parsed value, kept beside the plain JSON body: offsets in flat
 * number arrays (no object per scalar, which kept the collector busy on large files), turned
 * into lines and columns only when a finding asks. Both composers (fast and `yaml`) build it.
 */
export interface PosNode {
  /** Offset of the collection's first character. */
  start: number;
  /** Offset just past its last character; unused for block collections. */
  end: number;
  /** A block map/sequence spans lines, so a finding on it points at its key only. */
  block: boolean;
  /** Maps: key names in source order. Absent for sequences. */
  keys?: string[];
  /**
   * Maps: `keyStart, keyEnd, valueStart, valueEnd` per key. Sequences: `start, end` per item.
   * An empty value sits at its key's end (maps) or on its `-` (sequences).
   */
  offsets: number[];
  /** The nested collection of a key or item (sparse; absent when there is none). */
  children?: Array<PosNode | undefined>;
}

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export function newPosNode(start: number, block: boolean, map: boolean): PosNode {
  return map ? { start, end: start, block, keys: [], offsets: [] } : { start, end: start, block, offsets: [] };
}

/** Records the nested collection of entry/item `index`. */
export function setChild(node: PosNode, index: number, child: PosNode): void {
  (node.children ??= [])[index] = child;
}

/**
 * Called when a collection is complete: arrays grown by push keep spare capacity (about 17
 * slots for a 3-key map), which tripled the retained heap on large files. Exact-size copies
 * keep positions at roughly the size of the values themselves.
 */
export function compactPosNode(node: PosNode): void {
  if (node.keys) node.keys = node.keys.slice();
  node.offsets = node.offsets.slice();
  if (node.children) node.children = node.children.slice();
}

/** A scalar or flow value: key start to value end; a block collection: the key token only. */
export function entryRange(node: PosNode, i: number): OffsetRange {
  const o = node.offsets;
  const keyStart = o[4 * i]!;
  const keyEnd = o[4 * i + 1]!;
  const valueEnd = o[4 * i + 3]!;
  return node.children?.[i]?.block || valueEnd <= keyEnd ? { start: keyStart, end: keyEnd } : { start: keyStart, end: valueEnd };
}

/** A sequence item that is a map points at its first key (the `- name: web` line). */
export function itemRange(node: PosNode, i: number): OffsetRange {
  let seq = node;
  let index = i;
  for (;;) {
    const child = seq.children?.[index];
    if (!child?.block) return { start: seq.offsets[2 * index]!, end: seq.offsets[2 * index + 1]! };
    if (child.keys) return child.keys.length > 0 ? entryRange(child, 0) : { start: child.start, end: child.start + 1 };
    if (child.offsets.length === 0) return { start: child.start, end: child.start + 1 };
    seq = child;
    index = 0;
  }
}

/**
 * Maps a path to offsets. A missing step is reported at the nearest existing parent key
 * (key token only); a missing first step at `fallback` (the object's `kind`).
 */
export function locateOffsets(root: PosNode, path: readonly PathSegment[], fallback: OffsetRange): OffsetRange {
  let node: PosNode | undefined = root;
  let best = fallback;
  let parent = fallback;
  for (const seg of path) {
    if (!node) return parent;
    if (typeof seg === 'string' && node.keys) {
      const i = node.keys.indexOf(seg);
      if (i === -1) return parent;
      best = entryRange(node, i);
      parent = { start: node.offsets[4 * i]!, end: node.offsets[4 * i + 1]! };
      node = node.children?.[i];
    } else if (typeof seg === 'number' && !node.keys && seg >= 0 && seg < node.offsets.length / 2) {
      best = itemRange(node, seg);
      parent = best;
      node = node.children?.[seg];
    } else {
      return parent;
    }
  }
  return best;
}
