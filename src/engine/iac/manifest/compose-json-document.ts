import type { JsonValue } from '../../inputs/kube-object.js';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import type { PosNode } from './position-tree.js';
import { compactPosNode, entryCount, newPosNode, pushEntry, pushItem, setChild, setEntryEnd, setPosEnd } from './position-tree.js';

export interface JsonDocument {
  readonly value: JsonValue;
  readonly pos: PosNode;
}

/**
 * JSON manifests (`kubectl get -o json`, generated files): values from the native
 * `JSON.parse`, positions from one iterative scan of the same (now known valid) text. JSON
 * collections are flow collections, so ranges match what the `yaml` package path gives.
 * Returns undefined for anything else, including duplicate keys (YAML rejects them, JSON.parse
 * silently keeps the last) and nesting over the limit: the strict path then decides.
 */
export function composeJsonDocument(text: string, start: number, end: number): JsonDocument | undefined {
  const slice = text.slice(start, end);
  let value: unknown;
  try {
    value = JSON.parse(slice);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const pos = scanPositions(text, start, end);
  return pos ? { value: value as JsonValue, pos } : undefined;
}

interface Frame {
  readonly pos: PosNode;
  /** Start of the array item being read (arrays only). */
  itemStart: number;
  /** Keys seen so far (objects only). */
  readonly seen: Set<string> | undefined;
}

function scanPositions(text: string, start: number, end: number): PosNode | undefined {
  const stack: Frame[] = [];
  let root: PosNode | undefined;
  let expectKey = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x2c || c === 0x3a) continue;
    const top = stack[stack.length - 1];
    if (c === 0x7d || c === 0x5d) {
      stack.pop();
      setPosEnd(top!.pos, i + 1);
      const exact = compactPosNode(top!.pos);
      const parent = stack[stack.length - 1];
      if (parent) close(parent, exact, i + 1);
      else root = exact;
      expectKey = parent?.seen !== undefined;
      continue;
    }
    if (c === 0x22 && expectKey && top?.seen) {
      const stop = stringEnd(text, i);
      const raw = text.slice(i, stop);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      if (top.seen.has(key)) return undefined;
      top.seen.add(key);
      pushEntry(top.pos, key, i, stop, stop);
      expectKey = false;
      i = stop - 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= MANIFEST_LIMITS.maxDepth) return undefined;
      const pos = newPosNode(i, false, c === 0x7b);
      if (top) top.itemStart = i;
      stack.push({ pos, itemStart: i, seen: c === 0x7b ? new Set() : undefined });
      expectKey = c === 0x7b;
      continue;
    }
    // A scalar: a string, number, true, false or null.
    const stop = c === 0x22 ? stringEnd(text, i) : literalEnd(text, i, end);
    if (top) {
      top.itemStart = i;
      close(top, undefined, stop);
    }
    expectKey = top?.seen !== undefined;
    i = stop - 1;
  }
  return root;
}

/** A value of `frame` ended at `at`: the current key's value, or a new array item. */
function close(frame: Frame, child: PosNode | undefined, at: number): void {
  let index: number;
  if (frame.seen) {
    index = entryCount(frame.pos) - 1;
    setEntryEnd(frame.pos, index, at);
  } else {
    index = pushItem(frame.pos, frame.itemStart, at);
  }
  if (child) setChild(frame.pos, index, child);
}

function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

function literalEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) break;
    j++;
  }
  return j;
}
