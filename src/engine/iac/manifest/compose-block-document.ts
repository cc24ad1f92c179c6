import type { JsonObject, JsonValue } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import type { PosNode } from './position-tree.js';
import { compactPosNode, newPosNode, pushEntry, pushItem, setChild, setEntryEnd, setItem } from './position-tree.js';
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
  /** Where the finished (compacted) position node goes: the parent's entry, or the root. */
  readonly parent: Frame | undefined;
  readonly slot: number;
}

/** A `key:` (index of the key in its frame) or `- ` whose value starts on a later line, or is null. */
interface Pending {
  readonly frame: Frame;
  readonly key: string | undefined;
  readonly index: number;
}

/** What `node()` found; the details are left in the composer's `n*` fields to avoid an object per scalar. */
const KEY = 1;
const VALUE = 2;

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
  private root: { value: JsonValue; pos: PosNode | undefined } | undefined;
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
    // A trailing `key:` or `-` keeps the null and the position reserved when it was read.
    while (this.stack.length > 0) this.close(this.stack.pop()!);
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
      // Unless the next line nests under it, the reserved null (at the key's end or the `-`) stays.
      this.pending = undefined;
      const owner = pending.frame.indent;
      if (indent > owner || (indent === owner && dash && pending.key !== undefined)) {
        const frame = this.open(indent, dash, p, pending.frame, pending.index);
        this.settle(pending.frame, pending.key, pending.index, frame.map ?? frame.seq!, p, p, undefined);
        this.entries(frame, p);
        return;
      }
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
      const frame = this.open(indent, dash, p, undefined, 0);
      this.root = { value: frame.map ?? frame.seq!, pos: undefined };
      this.entries(frame, p);
      return;
    }
    let top = stack[stack.length - 1]!;
    while (top.indent > indent || (top.indent === indent && top.seq && !dash)) {
      this.close(stack.pop()!);
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
    const { text } = this;
    for (;;) {
      if (frame.seq) {
        if (!this.isDash(p)) throw BAIL;
        let q = p + 1;
        while (q < this.lineEnd && text.charCodeAt(q) === 0x20) q++;
        const index = frame.seq.length;
        frame.seq.push(null);
        pushItem(frame.pos, p, p + 1);
        if (q >= this.lineEnd || text.charCodeAt(q) === 0x23) {
          if (q < this.lineEnd) this.comment(q);
          this.pending = { frame, key: undefined, index };
          return;
        }
        if (this.isDash(q)) {
          const child = this.open(q - this.lineStart, true, q, frame, index);
          this.settle(frame, undefined, index, child.seq!, q, q, undefined);
          frame = child;
          p = q;
          continue;
        }
        if (this.node(q, frame.indent + 1) === VALUE) {
          this.settle(frame, undefined, index, this.nValue, this.nStart, this.nEnd, this.nChild);
          return;
        }
        const child = this.open(q - this.lineStart, false, q, frame, index);
        this.settle(frame, undefined, index, child.map!, q, q, undefined);
        this.mapValue(child);
        return;
      }
      if (this.node(p, frame.indent + 1) !== KEY) throw BAIL;
      this.mapValue(frame);
      return;
    }
  }

  /** Registers the key just read by `node()` and reads its value if it is on the same line. */
  private mapValue(frame: Frame): void {
    const name = this.nKey;
    const map = frame.map!;
    if (name === '<<' || name === '__proto__' || Object.prototype.hasOwnProperty.call(map, name)) throw BAIL;
    const keyStart = this.nStart;
    const keyEnd = this.nEnd;
    // Registered now so that key order is source order even when the value comes on later lines.
    map[name] = null;
    const index = pushEntry(frame.pos, name, keyStart, keyEnd, keyEnd);
    let v = this.nAfter;
    while (v < this.lineEnd && this.text.charCodeAt(v) === 0x20) v++;
    if (v >= this.lineEnd || this.text.charCodeAt(v) === 0x23) {
      if (v < this.lineEnd) this.comment(v);
      this.pending = { frame, key: name, index };
      return;
    }
    if (this.isDash(v)) throw BAIL;
    if (this.node(v, frame.indent + 1) !== VALUE) throw BAIL;
    this.settle(frame, name, index, this.nValue, this.nStart, this.nEnd, this.nChild);
  }

  private nKey = '';
  private nValue: JsonValue = null;
  private nStart = 0;
  private nEnd = 0;
  private nAfter = 0;
  private nChild: PosNode | undefined;

  private setValue(value: JsonValue, start: number, end: number, child: PosNode | undefined): typeof VALUE {
    this.nValue = value;
    this.nStart = start;
    this.nEnd = end;
    this.nChild = child;
    return VALUE;
  }

  private setKey(name: string, start: number, end: number, after: number): typeof KEY {
    this.nKey = name;
    this.nStart = start;
    this.nEnd = end;
    this.nAfter = after;
    return KEY;
  }

  /** One node starting at `q` on the current line: a key (`name:`) or a complete value. */
  private node(q: number, blockMinIndent: number): typeof KEY | typeof VALUE {
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
        return this.setKey(quoted.value, q, quoted.end, j + 1);
      }
      this.trailing(quoted.end);
      return this.setValue(quoted.value, q, quoted.end, undefined);
    }
    if (c === 0x7b || c === 0x5b) {
      const flow = readFlowCollection(text, q, lineEnd, MANIFEST_LIMITS.maxDepth - this.stack.length);
      if (!flow) throw BAIL;
      this.trailing(flow.end);
      return this.setValue(flow.value, q, flow.end, flow.pos);
    }
    if (c === 0x7c || c === 0x3e) {
      const block = readBlockScalar(text, q, lineEnd, this.line, blockMinIndent, this.docEnd);
      if (!block) throw BAIL;
      if (block.headerComment !== undefined) this.comment(block.headerComment);
      this.resume = { offset: block.next, line: block.nextLine };
      return this.setValue(block.value, q, block.end, undefined);
    }
    return this.plain(q);
  }

  private plain(q: number): typeof KEY | typeof VALUE {
    const { text, lineEnd } = this;
    const c = text.charCodeAt(q);
    if (c === 0x2d || c === 0x3f || c === 0x3a) {
      if (q + 1 >= lineEnd || text.charCodeAt(q + 1) === 0x20) throw BAIL;
    } else if (INDICATOR[c] === 1) {
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
      return this.setKey(raw, q, end, colon + 1);
    }
    if (commentAt !== -1) this.comment(commentAt);
    return this.setValue(resolvePlainScalar(raw), q, end, undefined);
  }

  private open(indent: number, seq: boolean, p: number, parent: Frame | undefined, slot: number): Frame {
    if (this.stack.length >= MANIFEST_LIMITS.maxDepth) throw BAIL;
    const frame: Frame = { indent, map: seq ? undefined : {}, seq: seq ? [] : undefined, pos: newPosNode(p, true, !seq), parent, slot };
    this.stack.push(frame);
    return frame;
  }

  /** Fills the value slot reserved for a key or item. */
  /** Fills the value slot reserved for a key or item. */
  private settle(frame: Frame, key: string | undefined, index: number, value: JsonValue, start: number, end: number, child: PosNode | undefined): void {
    const pos = frame.pos;
    if (child) setChild(pos, index, child);
    if (key === undefined) {
      frame.seq![index] = value;
      setItem(pos, index, start, end);
    } else {
      frame.map![key] = value;
      setEntryEnd(pos, index, end);
    }
  }

  /** A finished block collection: its exact-size position node goes into its parent's slot. */
  private close(frame: Frame): void {
    const exact = compactPosNode(frame.pos);
    if (frame.parent) setChild(frame.parent.pos, frame.slot, exact);
    else if (this.root) this.root.pos = exact;
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

/** Characters that cannot start a plain scalar in block context (1 = indicator). */
const INDICATOR = new Uint8Array(128);
for (const ch of '#&*!|>%@`,[]{}"\'') INDICATOR[ch.charCodeAt(0)] = 1;
