import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import type { JsonValue } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import { estimateNestingDepth } from './estimate-nesting-depth.js';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import type { PosNode } from './position-tree.js';
import { compactPosNode, newPosNode, pushEntry, pushItem, setChild, setPosEnd } from './position-tree.js';

export interface StrictDocument {
  readonly value: JsonValue | undefined;
  readonly pos: PosNode | undefined;
}

export interface StrictResult {
  readonly documents: StrictDocument[];
  readonly comments: SourceComment[];
  readonly error?: string;
}

type ToPosition = (offset: number) => { line: number; column: number };

/**
 * The strict path: the `yaml` package (YAML 1.2 core schema, merge keys on as in Kubernetes'
 * YAML library) for documents the fast composer declines. Slower, but complete; it also turns
 * every resource-exhaustion pattern into an error before the value reaches the rules.
 */
export function composeWithYaml(text: string, start: number, end: number, toPosition: ToPosition): StrictResult {
  // Checked before the yaml package sees the text: its composer recurses per level.
  if (estimateNestingDepth(text, start, end) > MANIFEST_LIMITS.maxDepth) {
    const at = toPosition(start);
    return { documents: [], comments: [], error: `line ${at.line}: YAML nesting is deeper than ${MANIFEST_LIMITS.maxDepth} levels` };
  }
  const slice = text.slice(start, end);
  const tokens = Array.from(new Parser().parse(slice));
  const comments = collectComments(tokens, start, toPosition);
  const documents: StrictDocument[] = [];
  const docs = Array.from(new Composer({ merge: true, prettyErrors: false, logLevel: 'error' }).compose(tokens, true, slice.length));
  for (const doc of docs) {
    const problem = doc.errors[0];
    if (problem) {
      const at = toPosition(start + problem.pos[0]);
      return { documents: [], comments, error: `line ${at.line}, column ${at.column}: ${problem.message}` };
    }
    const failure = checkDepth(doc.contents as Node | null);
    if (failure) return { documents: [], comments, error: failure };
    let value: JsonValue;
    try {
      value = (doc as Document).toJS({ maxAliasCount: MANIFEST_LIMITS.maxAliasCount }) as JsonValue;
    } catch (err) {
      const message = (err as Error).message;
      const reason = /alias count/i.test(message) ? 'YAML aliases expand too much (alias bomb)' : 'YAML aliases cannot be resolved';
      return { documents: [], comments, error: `${reason}: ${message}` };
    }
    const shape = checkValue(value);
    if (shape) return { documents: [], comments, error: shape };
    const contents = doc.contents as Node | null;
    documents.push({ value: contents === null ? undefined : value, pos: contents === null ? undefined : toPos(contents, start, text) });
  }
  return { documents, comments };
}

function checkDepth(root: Node | null): string | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth + 1 > MANIFEST_LIMITS.maxDepth) return `YAML nesting is deeper than ${MANIFEST_LIMITS.maxDepth} levels`;
      for (const item of node.items) stack.push([item, depth + 1]);
    } else if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    }
  }
  return undefined;
}

/**
 * Checks the composed value itself: a self-referencing anchor makes `yaml` return a circular
 * object, and aliases to deep anchors inside deep structures nest deeper than the source text
 * shows. Depth-first with an explicit stack; shared (aliased) objects are measured once.
 */
function checkValue(root: JsonValue): string | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  const depthOf = new Map<object, number>();
  const open = new Set<object>();
  const stack: Array<{ obj: object; children: JsonValue[]; i: number; depth: number }> = [];
  const enter = (obj: object) => {
    open.add(obj);
    stack.push({ obj, children: Array.isArray(obj) ? obj : Object.values(obj), i: 0, depth: 1 });
  };
  enter(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.children.length) {
      stack.pop();
      open.delete(top.obj);
      depthOf.set(top.obj, top.depth);
      if (top.depth > MANIFEST_LIMITS.maxDepth) return `YAML nesting (with aliases expanded) is deeper than ${MANIFEST_LIMITS.maxDepth} levels`;
      const parent = stack[stack.length - 1];
      if (parent) parent.depth = Math.max(parent.depth, top.depth + 1);
      continue;
    }
    const child = top.children[top.i++];
    if (typeof child !== 'object' || child === null) continue;
    const known = depthOf.get(child);
    if (known !== undefined) top.depth = Math.max(top.depth, known + 1);
    else if (open.has(child)) return 'a YAML anchor contains an alias to itself';
    else enter(child);
  }
  return undefined;
}

function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x0a || text.charCodeAt(e - 1) === 0x09)) e--;
  return e;
}

function isCollection(node: unknown): node is Node & { flow?: boolean } {
  return isMap(node) || isSeq(node);
}

/** Offsets of a value node, trailing line breaks and spaces excluded (block scalars end on their last text line). */
function valueOffsets(node: Node | null, base: number, text: string, emptyAt: number): [number, number] {
  const isEmpty = node === null || !node.range || (isScalar(node) && node.source === '' && node.value === null);
  if (isEmpty) return [emptyAt, emptyAt];
  const start = base + node.range![0];
  return [start, trimEnd(text, start, base + node.range![1])];
}

/** An empty sequence item is reported on its `-`, as the fast composer does. */
function emptyItemAt(node: Node | null, base: number, text: string, fallback: number): number {
  if (!node?.range) return fallback;
  let j = base + node.range[0];
  while (j > fallback && text.charCodeAt(j - 1) === 0x20) j--;
  return text.charCodeAt(j - 1) === 0x2d ? j - 1 : base + node.range[0];
}

/** Depth was checked above, so this recursion is bounded by MANIFEST_LIMITS.maxDepth. */
function toPos(node: Node, base: number, text: string): PosNode | undefined {
  if (!isCollection(node) || !node.range) return undefined;
  const start = base + node.range[0];
  const pos = newPosNode(start, !node.flow, isMap(node));
  setPosEnd(pos, trimEnd(text, start, base + node.range[1]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || !key.range) continue;
      const keyStart = base + key.range[0];
      const keyEnd = trimEnd(text, keyStart, base + key.range[1]);
      const value = pair.value as Node | null;
      const [, ve] = valueOffsets(value, base, text, keyEnd);
      const index = pushEntry(pos, String(key.value), keyStart, keyEnd, ve);
      const child = value ? toPos(value, base, text) : undefined;
      if (child) setChild(pos, index, child);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const value = (isCollection(item) || isScalar(item) || isAlias(item) ? item : null) as Node | null;
      const [vs, ve] = valueOffsets(value, base, text, emptyItemAt(value, base, text, start));
      const index = pushItem(pos, vs, ve === vs ? vs + 1 : ve);
      const child = value ? toPos(value, base, text) : undefined;
      if (child) setChild(pos, index, child);
    }
  }
  return compactPosNode(pos);
}

/** Every comment token in the CST, walked with an explicit stack (CST depth is unbounded here). */
function collectComments(tokens: unknown[], base: number, toPosition: ToPosition): SourceComment[] {
  const out: SourceComment[] = [];
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const t = stack.pop();
    if (Array.isArray(t)) {
      for (const x of t) stack.push(x);
    } else if (typeof t === 'object' && t !== null) {
      const token = t as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        const at = toPosition(base + token.offset);
        out.push({ line: at.line, column: at.column, text: token.source.slice(1) });
        continue;
      }
      for (const v of Object.values(t)) if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
