import type { PathSegment } from '../../../domain/source-range.js';

/**
 * Positions of one parsed collection, kept beside the plain JSON body, as one flat array so a
 * map or sequence costs one array however many scalars it holds (positions as objects kept
 * the garbage collector busy on large files):
 *
 *   [start, end, flags, ...entries]     flags: 1 = block collection, 2 = map
 *   map entry:     key, keyStart, keyEnd, valueEnd, child   (stride 5)
 *   sequence item: start, end, child                        (stride 3)
 *
 * `child` is the nested collection's node, or 0 for a scalar. `end` is unused for block
 * collections (a finding on one points at its key). An empty value ends at its key's end
 * (maps) or spans its `-` (sequences). Offsets become lines and columns only when a finding
 * asks. Both composers (fast and `yaml`) build it through the functions below.
 */
export type PosNode = Array<number | string | PosNode>;

const START = 0;
const END = 1;
const FLAGS = 2;
const HEAD = 3;
const MAP_STRIDE = 5;
const SEQ_STRIDE = 3;

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export function newPosNode(start: number, block: boolean, map: boolean): PosNode {
  return [start, start, (block ? 1 : 0) | (map ? 2 : 0)];
}

export const isMapNode = (n: PosNode): boolean => ((n[FLAGS] as number) & 2) !== 0;
export const isBlockNode = (n: PosNode): boolean => ((n[FLAGS] as number) & 1) !== 0;
export const posStart = (n: PosNode): number => n[START] as number;
export const posEnd = (n: PosNode): number => n[END] as number;

export function setPosEnd(n: PosNode, end: number): void {
  n[END] = end;
}

export function entryCount(n: PosNode): number {
  return (n.length - HEAD) / (isMapNode(n) ? MAP_STRIDE : SEQ_STRIDE);
}

/** Appends a map entry whose value is not read yet (empty until `setEntryEnd`); returns its index. */
export function pushEntry(n: PosNode, key: string, keyStart: number, keyEnd: number, valueEnd: number): number {
  n.push(key, keyStart, keyEnd, valueEnd, 0);
  return (n.length - HEAD) / MAP_STRIDE - 1;
}

export function setEntryEnd(n: PosNode, index: number, valueEnd: number): void {
  n[HEAD + index * MAP_STRIDE + 3] = valueEnd;
}

export function pushItem(n: PosNode, start: number, end: number): number {
  n.push(start, end, 0);
  return (n.length - HEAD) / SEQ_STRIDE - 1;
}

export function setItem(n: PosNode, index: number, start: number, end: number): void {
  const at = HEAD + index * SEQ_STRIDE;
  n[at] = start;
  n[at + 1] = end;
}

export function setChild(n: PosNode, index: number, child: PosNode): void {
  n[HEAD + index * (isMapNode(n) ? MAP_STRIDE : SEQ_STRIDE) + (isMapNode(n) ? 4 : 2)] = child;
}

export function childAt(n: PosNode, index: number): PosNode | undefined {
  const c = n[HEAD + index * (isMapNode(n) ? MAP_STRIDE : SEQ_STRIDE) + (isMapNode(n) ? 4 : 2)];
  return typeof c === 'object' ? c : undefined;
}

// Large maps (a ConfigMap with thousands of keys, each reported by a rule) would make
// locate() quadratic with a linear search; they get a key index, built on first lookup.
const LINEAR_SEARCH_MAX = 32;
const keyIndexes = new WeakMap<PosNode, Map<string, number>>();

/** Index of `key` in a map node, or -1. */
export function findEntry(n: PosNode, key: string): number {
  if (n.length - HEAD <= LINEAR_SEARCH_MAX * MAP_STRIDE) {
    for (let at = HEAD; at < n.length; at += MAP_STRIDE) if (n[at] === key) return (at - HEAD) / MAP_STRIDE;
    return -1;
  }
  let index = keyIndexes.get(n);
  if (!index) {
    index = new Map();
    for (let at = HEAD; at < n.length; at += MAP_STRIDE) index.set(n[at] as string, (at - HEAD) / MAP_STRIDE);
    keyIndexes.set(n, index);
  }
  return index.get(key) ?? -1;
}

/**
 * An exact-size copy for a finished collection: arrays grown by push keep spare capacity
 * (17 slots for a 3-key map), which multiplied the retained heap on large files.
 */
export function compactPosNode(n: PosNode): PosNode {
  return n.slice();
}

/** A scalar or flow value: key start to value end; a block collection: the key token only. */
export function entryRange(n: PosNode, i: number): OffsetRange {
  const at = HEAD + i * MAP_STRIDE;
  const keyStart = n[at + 1] as number;
  const keyEnd = n[at + 2] as number;
  const valueEnd = n[at + 3] as number;
  const child = n[at + 4];
  const block = typeof child === 'object' && isBlockNode(child);
  return block || valueEnd <= keyEnd ? { start: keyStart, end: keyEnd } : { start: keyStart, end: valueEnd };
}

function keyRange(n: PosNode, i: number): OffsetRange {
  const at = HEAD + i * MAP_STRIDE;
  return { start: n[at + 1] as number, end: n[at + 2] as number };
}

/** A sequence item that is a map points at its first key (the `- name: web` line). */
export function itemRange(n: PosNode, i: number): OffsetRange {
  let seq = n;
  let index = i;
  for (;;) {
    const child = childAt(seq, index);
    if (!child || !isBlockNode(child)) {
      const at = HEAD + index * SEQ_STRIDE;
      return { start: seq[at] as number, end: seq[at + 1] as number };
    }
    if (entryCount(child) === 0) return { start: posStart(child), end: posStart(child) + 1 };
    if (isMapNode(child)) return entryRange(child, 0);
    seq = child;
    index = 0;
  }
}

/**
 * Maps a path to offsets. A missing step is reported at the nearest existing parent key
 * (key token only); a missing first step at `fallback` (the object's `kind`).
 */
export function locateOffsets(root: PosNode, path: readonly PathSegment[], fallback: OffsetRange): OffsetRange {
  // Only indexes are tracked while walking; the one range returned is built at the end
  // (locate() runs once per finding, and per-segment range objects were its main allocation).
  let node: PosNode | undefined = root;
  let bestNode: PosNode | undefined;
  let bestIndex = -1;
  let bestIsEntry = false;
  let parentNode: PosNode | undefined;
  let parentIndex = -1;
  let parentIsKey = false;
  const parent = (): OffsetRange =>
    parentNode === undefined ? fallback : parentIsKey ? keyRange(parentNode, parentIndex) : itemRange(parentNode, parentIndex);
  for (const seg of path) {
    if (!node) return parent();
    if (typeof seg === 'string' && isMapNode(node)) {
      const i = findEntry(node, seg);
      if (i === -1) return parent();
      bestNode = node; bestIndex = i; bestIsEntry = true;
      parentNode = node; parentIndex = i; parentIsKey = true;
      node = childAt(node, i);
    } else if (typeof seg === 'number' && !isMapNode(node) && Number.isInteger(seg) && seg >= 0 && seg < entryCount(node)) {
      bestNode = node; bestIndex = seg; bestIsEntry = false;
      parentNode = node; parentIndex = seg; parentIsKey = false;
      node = childAt(node, seg);
    } else {
      return parent();
    }
  }
  if (bestNode === undefined) return fallback;
  return bestIsEntry ? entryRange(bestNode, bestIndex) : itemRange(bestNode, bestIndex);
}
