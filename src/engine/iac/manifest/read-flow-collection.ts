import type { JsonObject, JsonValue } from '../../inputs/kube-object.js';
import type { PosNode } from './position-tree.js';
import { compactPosNode, newPosNode, posStart, pushEntry, pushItem, setChild, setPosEnd } from './position-tree.js';
import { readQuotedScalar } from './read-quoted-scalar.js';
import { isStringPlainKey, resolvePlainScalar } from './resolve-plain-scalar.js';

export interface FlowCollection {
  readonly value: JsonObject | JsonValue[];
  readonly pos: PosNode;
  /** Offset just past the closing bracket. */
  readonly end: number;
}

interface Frame {
  readonly map: JsonObject | undefined;
  readonly seq: JsonValue[] | undefined;
  readonly pos: PosNode;
  /** What the next token must be: an item/key, a map value after `:`, or a separator. */
  expect: 'item' | 'value' | 'sep';
  key: { name: string; start: number; end: number } | undefined;
}

interface Scalar {
  readonly value: JsonValue;
  readonly end: number;
  readonly quoted: boolean;
}

const isFlowIndicator = (c: number) => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

/**
 * Reads a flow collection (`{a: 1}`, `[x, y]`, nested) that closes on the same line, with an
 * explicit stack so nesting depth never grows the JS call stack. Anything unusual (multi-line
 * flow, comments inside, anchors, tags, flow keys, single-pair maps in sequences) returns
 * undefined and the document goes to the strict path.
 */
export function readFlowCollection(text: string, start: number, lineEnd: number, depthBudget: number): FlowCollection | undefined {
  const stack: Frame[] = [];
  let i = start;
  for (;;) {
    while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    if (i >= lineEnd) return undefined;
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x5b || c === 0x7b) {
      if (top && (top.expect === 'sep' || (top.map && top.expect === 'item'))) return undefined;
      if (stack.length >= depthBudget) return undefined;
      const pos = newPosNode(i, false, c === 0x7b);
      stack.push({ map: c === 0x7b ? {} : undefined, seq: c === 0x5b ? [] : undefined, pos, expect: 'item', key: undefined });
      i++;
      continue;
    }
    if (!top) return undefined;
    const closing = top.map ? 0x7d : 0x5d;
    if (c === closing && top.expect !== 'value') {
      stack.pop();
      setPosEnd(top.pos, i + 1);
      const exact = compactPosNode(top.pos);
      const value = (top.map ?? top.seq)!;
      const parent = stack[stack.length - 1];
      if (!parent) return { value, pos: exact, end: i + 1 };
      if (!attach(parent, value, posStart(exact), i + 1, exact)) return undefined;
      i++;
      continue;
    }
    if (top.expect === 'sep') {
      if (c !== 0x2c) return undefined;
      top.expect = 'item';
      i++;
      continue;
    }
    if (top.expect === 'value' && (c === 0x2c || c === 0x7d)) {
      if (!addEntry(top, null, top.key!.end, top.key!.end, undefined)) return undefined;
      continue;
    }
    const scalar = readFlowScalar(text, i, lineEnd);
    if (!scalar) return undefined;
    let j = scalar.end;
    while (j < lineEnd && text.charCodeAt(j) === 0x20) j++;
    const colon = j < lineEnd && text.charCodeAt(j) === 0x3a;
    if (top.seq) {
      if (colon) return undefined;
      top.seq.push(scalar.value);
      pushItem(top.pos, i, scalar.end);
      top.expect = 'sep';
      i = scalar.end;
    } else if (top.expect === 'item') {
      if (typeof scalar.value !== 'string' && !scalar.quoted) return undefined;
      const name = scalar.quoted ? (scalar.value as string) : text.slice(i, scalar.end);
      if (!scalar.quoted && !isStringPlainKey(name)) return undefined;
      top.key = { name, start: i, end: scalar.end };
      if (colon) {
        // After a plain key the `:` must be followed by a space or a flow indicator (else it was part of the key).
        const after = text.charCodeAt(j + 1);
        if (!scalar.quoted && j + 1 < lineEnd && after !== 0x20 && !isFlowIndicator(after)) return undefined;
        top.expect = 'value';
        i = j + 1;
      } else {
        if (!addEntry(top, null, scalar.end, scalar.end, undefined)) return undefined;
        i = scalar.end;
      }
    } else {
      if (colon) return undefined;
      if (!addEntry(top, scalar.value, i, scalar.end, undefined)) return undefined;
      i = scalar.end;
    }
  }
}

function attach(parent: Frame, value: JsonValue, start: number, end: number, child: PosNode): boolean {
  if (parent.seq) {
    parent.seq.push(value);
    setChild(parent.pos, pushItem(parent.pos, start, end), child);
    parent.expect = 'sep';
    return true;
  }
  if (parent.expect !== 'value') return false;
  return addEntry(parent, value, start, end, child);
}

function addEntry(frame: Frame, value: JsonValue, start: number, end: number, child: PosNode | undefined): boolean {
  const key = frame.key!;
  if (key.name === '<<' || key.name === '__proto__' || Object.prototype.hasOwnProperty.call(frame.map, key.name)) return false;
  frame.map![key.name] = value;
  const index = pushEntry(frame.pos, key.name, key.start, key.end, end);
  if (child) setChild(frame.pos, index, child);
  frame.key = undefined;
  frame.expect = 'sep';
  return true;
}

function readFlowScalar(text: string, i: number, lineEnd: number): Scalar | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x22 || c === 0x27) {
    const q = readQuotedScalar(text, i, lineEnd);
    return q && { value: q.value, end: q.end, quoted: true };
  }
  const next = text.charCodeAt(i + 1);
  if (c === 0x2d || c === 0x3f || c === 0x3a) {
    if (i + 1 >= lineEnd || next === 0x20 || isFlowIndicator(next)) return undefined;
  } else if ('#&*!|>%@`'.includes(text[i]!) || isFlowIndicator(c)) {
    return undefined;
  }
  let j = i;
  for (; j < lineEnd; j++) {
    const d = text.charCodeAt(j);
    if (isFlowIndicator(d)) break;
    if (d === 0x3a) {
      const e = text.charCodeAt(j + 1);
      if (j + 1 >= lineEnd || e === 0x20 || isFlowIndicator(e)) break;
    }
    if (d === 0x23 && text.charCodeAt(j - 1) === 0x20) return undefined;
  }
  let end = j;
  while (end > i && text.charCodeAt(end - 1) === 0x20) end--;
  if (end === i) return undefined;
  return { value: resolvePlainScalar(text.slice(i, end)), end, quoted: false };
}
