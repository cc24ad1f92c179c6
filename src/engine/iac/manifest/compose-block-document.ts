import type { JsonObject, JsonValue } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import type { PosNode } from './position-tree.js';
import { readBlockScalar } from './read-block-scalar.js';
import { readFlowCollection } from './read-flow-collection.js';
import { readQuotedScalar } from './read-quoted-scalar.js';
import { isStringPlainKey, resolvePlainScalar } from './resolve-plain-scalar.js';

export interface ComposedDocument {
  /** undefined for a document with no content (only comments or markers). */
  readonly value: JsonValue | undefined;
  readonly pos: PosNode | undefined;
  readonly comments: SourceComment[];
}

interface Frame {
  readonly indent: number;
  readonly map: JsonObject | undefined;
  readonly seq: JsonValue[] | undefined;
  readonly pos: PosNode;
}

/** A `key:` or `- ` whose value starts on a later line (or is null). */
interface Pending {
  readonly frame: Frame;
  readonly key: string | undefined;
  readonly at: number;
}

type Node =
  | { readonly kind: 'key'; readonly name: string; readonly start: number; readonly end: number; readonly after: number }
  | { readonly kind: 'value'; readonly value: JsonValue; readonly pos: PosNode };

/** Thrown inside the fast composer to hand the document to the strict path; never escapes this file. */
class Bail extends Error {}
const BAIL = new Bail('bail');

/**
 * The fast path: composes one YAML document written in the block style Kubernetes manifests
 * use (block maps and sequences, one-line scalars, one-line flow collections, `|`/`>` block
 * scalars, comments) straight into plain JSON plus a position tree, one pass over the lines.
 * Whatever it does not fully understand (anchors, aliases, tags, merge keys, multi-line plain
 * or quoted scalars, multi-line flow, explicit keys, tabs, duplicate keys, anything invalid)
 * returns undefined so the caller uses the `yaml` package on that document: the fast path
 * never guesses. A differential test checks values and ranges against the strict path.
 */
export function composeBlockDocument(text: string, docStart: number, docEnd: number, startLine: number): ComposedDocument | undefined {
  try {
    return new BlockComposer(text, docStart, docEnd).compose(startLine);
  } catch (err) {
    if (err instanceof Bail) return undefined;
    throw err;
  }
}

class BlockComposer {
  private readonly stack: Frame[] = [];
  private readonly comments: SourceComment[] = [];
  private pending: Pending | undefined;
  private root: { value: JsonValue; pos: PosNode } | undefined;
  private rootClosed = false;
  private lineStart = 0;
  private lineEnd = 0;
  private line = 0;
  /** Set by a block scalar that consumed the lines after its header. */
  private resume: { offset: number; line: number } | undefined;

  constructor(private readonly text: string, private readonly docStart: number, private readonly docEnd: number) {}

  compose(startLine: number): ComposedDocument {
    const { text, docEnd } = this;
    this.lineStart = this.docStart;
    this.line = startLine;
    while (this.lineStart < docEnd) {
      let lineEnd = text.indexOf('\n', this.lineStart);
      if (lineEnd === -1 || lineEnd > docEnd) lineEnd = docEnd;
      this.lineEnd = lineEnd;
      this.handleLine();
      if (this.resume) {
        this.lineStart = this.resume.offset;
        this.line = this.resume.line;
        this.resume = undefined;
      } else {
        this.lineStart = lineEnd + 1;
        this.line++;
      }
    }
    if (this.pending) this.settlePending();
    return { value: this.root?.value, pos: this.root?.pos, comments: this.comments };
  }

  private handleLine(): void {
    const { text, lineStart, lineEnd } = this;
    const c0 = text.charCodeAt(lineStart);
    if ((c0 === 0x2d || c0 === 0x2e) && this.isMarker(lineStart)) {
      // The splitter puts `---` first and `...` last in a slice; anywhere else they would start a new document.
      if (c0 === 0x2d && lineStart !== this.docStart) throw BAIL;
      this.trailing(lineStart + 3);
      return;
    }
    let p = lineStart;
    while (p < lineEnd && text.charCodeAt(p) === 0x20) p++;
    if (p === lineEnd) return;
    if (text.charCodeAt(p) === 0x23) {
      this.comment(p);
      return;
    }
    this.content(p, p - lineStart);
  }

  private isMarker(p: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (text.charCodeAt(p + 1) !== c || text.charCodeAt(p + 2) !== c) return false;
    return p + 3 >= this.lineEnd || text.charCodeAt(p + 3) === 0x20;
  }

  private content(p: number, indent: number): void {
    if (this.rootClosed) throw BAIL;
    const dash = this.isDash(p);
    const pending = this.pending;
    if (pending) {
      this.pending = undefined;
      const owner = pending.frame.indent;
      if (indent > owner || (indent === owner && dash && pending.key !== undefined)) {
        const frame = this.open(indent, dash, p);
        this.attach(pending, frame.map ?? frame.seq!, frame.pos);
        this.entries(frame, p);
        return;
      }
      this.attach(pending, null, this.emptyPos(pending));
    }
    const stack = this.stack;
    if (stack.length === 0) {
      if (this.root) throw BAIL;
      const c = this.text.charCodeAt(p);
      if (c === 0x7b || c === 0x5b) {
        const flow = readFlowCollection(this.text, p, this.lineEnd, MANIFEST_LIMITS.maxDepth);
        if (!flow) throw BAIL;
        this.trailing(flow.end);
        this.root = { value: flow.value, pos: flow.pos };
        this.rootClosed = true;
        return;
      }
      const frame = this.open(indent, dash, p);
      this.root = { value: frame.map ?? frame.seq!, pos: frame.pos };
      this.entries(frame, p);
      return;
    }
    let top = stack[stack.length - 1]!;
    while (top.indent > indent || (top.indent === indent && top.seq && !dash)) {
      stack.pop();
      const next = stack[stack.length - 1];
      if (!next) throw BAIL;
      top = next;
    }
    if (top.indent !== indent || (top.map && dash)) throw BAIL;
    this.entries(top, p);
  }

  /** Parses the entries that start on this line, descending into compact `- key: v` / `- - x` forms. */
  private entries(start: Frame, p: number): void {
    let frame = start;
    for (;;) {
      if (frame.seq) {
        if (!this.isDash(p)) throw BAIL;
        let q = p + 1;
        while (q < this.lineEnd && this.text.charCodeAt(q) === 0x20) q++;
        if (q >= this.lineEnd || this.text.charCodeAt(q) === 0x23) {
          if (q < this.lineEnd) this.comment(q);
          this.pending = { frame, key: undefined, at: p };
          return;
        }
        if (this.isDash(q)) {
          const child = this.open(q - this.lineStart, true, q);
          this.attach({ frame, key: undefined, at: p }, child.seq!, child.pos);
          frame = child;
          p = q;
          continue;
        }
        const node = this.node(q, frame.indent + 1);
        if (node.kind === 'value') {
          this.attach({ frame, key: undefined, at: p }, node.value, node.pos);
          return;
        }
        const child = this.open(q - this.lineStart, false, q);
        this.attach({ frame, key: undefined, at: p }, child.map!, child.pos);
        this.mapValue(child, node);
        return;
      }
      const node = this.node(p, frame.indent + 1);
      if (node.kind !== 'key') throw BAIL;
      this.mapValue(frame, node);
      return;
    }
  }

  private mapValue(frame: Frame, key: Extract<Node, { kind: 'key' }>): void {
    const entries = frame.pos.entries!;
    if (entries.has(key.name) || key.name === '<<' || key.name === '__proto__') throw BAIL;
    let v = key.after;
    while (v < this.lineEnd && this.text.charCodeAt(v) === 0x20) v++;
    const pending: Pending = { frame, key: key.name, at: key.start };
    // Registered now so that key order is source order even when the value comes on later lines.
    frame.map![key.name] = null;
    entries.set(key.name, { keyStart: key.start, keyEnd: key.end, value: { start: key.end, end: key.end, block: false } });
    if (v >= this.lineEnd || this.text.charCodeAt(v) === 0x23) {
      if (v < this.lineEnd) this.comment(v);
      this.pending = pending;
      return;
    }
    if (this.isDash(v)) throw BAIL;
    const node = this.node(v, frame.indent + 1);
    if (node.kind !== 'value') throw BAIL;
    this.attach(pending, node.value, node.pos);
  }

  /** One node starting at `q` on the current line: a key (`name:`) or a complete value. */
  private node(q: number, blockMinIndent: number): Node {
    const { text, lineEnd } = this;
    const c = text.charCodeAt(q);
    if (c === 0x22 || c === 0x27) {
      const quoted = readQuotedScalar(text, q, lineEnd);
      if (!quoted) throw BAIL;
      let j = quoted.end;
      while (j < lineEnd && text.charCodeAt(j) === 0x20) j++;
      if (j < lineEnd && text.charCodeAt(j) === 0x3a) {
        const after = text.charCodeAt(j + 1);
        if (j + 1 < lineEnd && after !== 0x20) throw BAIL;
        if (quoted.end - q > MANIFEST_LIMITS.maxImplicitKeyLength) throw BAIL;
        return { kind: 'key', name: quoted.value, start: q, end: quoted.end, after: j + 1 };
      }
      this.trailing(quoted.end);
      return { kind: 'value', value: quoted.value, pos: { start: q, end: quoted.end, block: false } };
    }
    if (c === 0x7b || c === 0x5b) {
      const flow = readFlowCollection(text, q, lineEnd, MANIFEST_LIMITS.maxDepth - this.stack.length);
      if (!flow) throw BAIL;
      this.trailing(flow.end);
      return { kind: 'value', value: flow.value, pos: flow.pos };
    }
    if (c === 0x7c || c === 0x3e) {
      const block = readBlockScalar(text, q, lineEnd, this.line, blockMinIndent, this.docEnd);
      if (!block) throw BAIL;
      if (block.headerComment !== undefined) this.comment(block.headerComment);
      this.resume = { offset: block.next, line: block.nextLine };
      return { kind: 'value', value: block.value, pos: { start: q, end: block.end, block: false } };
    }
    return this.plain(q);
  }

  private plain(q: number): Node {
    const { text, lineEnd } = this;
    const c = text.charCodeAt(q);
    const next = text.charCodeAt(q + 1);
    if (c === 0x2d || c === 0x3f || c === 0x3a) {
      if (q + 1 >= lineEnd || next === 0x20) throw BAIL;
    } else if ('#&*!|>%@`,[]{}'.includes(text[q]!)) {
      throw BAIL;
    }
    let j = q;
    let colon = -1;
    let commentAt = -1;
    for (; j < lineEnd; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x3a && (j + 1 >= lineEnd || text.charCodeAt(j + 1) === 0x20)) {
        colon = j;
        break;
      }
      if (d === 0x23 && text.charCodeAt(j - 1) === 0x20) {
        commentAt = j;
        break;
      }
    }
    let end = j;
    while (end > q && text.charCodeAt(end - 1) === 0x20) end--;
    const raw = text.slice(q, end);
    if (colon !== -1) {
      if (end - q > MANIFEST_LIMITS.maxImplicitKeyLength || !isStringPlainKey(raw)) throw BAIL;
      return { kind: 'key', name: raw, start: q, end, after: colon + 1 };
    }
    if (commentAt !== -1) this.comment(commentAt);
    return { kind: 'value', value: resolvePlainScalar(raw), pos: { start: q, end, block: false } };
  }

  private open(indent: number, seq: boolean, p: number): Frame {
    if (this.stack.length >= MANIFEST_LIMITS.maxDepth) throw BAIL;
    const pos: PosNode = { start: p, end: p, block: true };
    if (seq) pos.items = [];
    else pos.entries = new Map();
    const frame: Frame = { indent, map: seq ? undefined : {}, seq: seq ? [] : undefined, pos };
    this.stack.push(frame);
    return frame;
  }

  private attach(target: Pending, value: JsonValue, pos: PosNode): void {
    const { frame, key } = target;
    if (key === undefined) {
      frame.seq!.push(value);
      frame.pos.items!.push(pos);
      return;
    }
    frame.map![key] = value;
    const entry = frame.pos.entries!.get(key)!;
    frame.pos.entries!.set(key, { keyStart: entry.keyStart, keyEnd: entry.keyEnd, value: pos });
  }

  private emptyPos(p: Pending): PosNode {
    if (p.key !== undefined) {
      const entry = p.frame.pos.entries!.get(p.key)!;
      return { start: entry.keyEnd, end: entry.keyEnd, block: false };
    }
    return { start: p.at, end: p.at + 1, block: false };
  }

  private settlePending(): void {
    const p = this.pending!;
    this.pending = undefined;
    this.attach(p, null, this.emptyPos(p));
  }

  private isDash(p: number): boolean {
    return this.text.charCodeAt(p) === 0x2d && (p + 1 >= this.lineEnd || this.text.charCodeAt(p + 1) === 0x20);
  }

  /** After a complete value only spaces and a comment may follow on the line. */
  private trailing(from: number): void {
    let j = from;
    while (j < this.lineEnd && this.text.charCodeAt(j) === 0x20) j++;
    if (j >= this.lineEnd) return;
    if (this.text.charCodeAt(j) !== 0x23 || j === from) throw BAIL;
    this.comment(j);
  }

  private comment(at: number): void {
    this.comments.push({ line: this.line, column: at - this.lineStart + 1, text: this.text.slice(at + 1, this.lineEnd) });
  }
}
