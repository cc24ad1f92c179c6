import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { PathSegment, SourceRange } from '../../../domain/source-range.js';
import type { JsonObject, JsonValue, KubeObject } from '../../inputs/kube-object.js';
import { isJsonObject } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import type { SourceFile } from '../../inputs/source-file.js';

export type { SourceComment };

export interface ManifestParseResult {
  readonly objects: KubeObject[];
  readonly comments: SourceComment[];
  /** Set when the file could not be parsed at all; objects is then empty. */
  readonly error?: string;
}

// NOTE: first, simple implementation over the `yaml` Document API; correct but not the fast path.
export function parseManifests(file: SourceFile): ManifestParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.content);
  } catch {
    return { objects: [], comments: [], error: 'file is not valid UTF-8 text' };
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  if (!Array.isArray(docs)) return { objects: [], comments: [] };
  const toRange = (start: number, end: number): SourceRange => {
    const s = lineCounter.linePos(start);
    const e = lineCounter.linePos(end);
    return { startLine: s.line, startColumn: s.col, endLine: e.line, endColumn: e.col };
  };
  const objects: KubeObject[] = [];
  let documentIndex = 0;
  for (const doc of docs) {
    if (doc.errors.length > 0) return { objects: [], comments: collectComments(text), error: doc.errors[0]!.message };
    const body = doc.toJS({ maxAliasCount: 100 }) as JsonValue;
    const template = /#\s*Source:\s*(\S+)/.exec(text.slice(doc.range[0], doc.range[2]))?.[1];
    const add = (obj: JsonValue, root: Node | null, prefix: PathSegment[]) => {
      if (!isJsonObject(obj) || typeof obj['kind'] !== 'string' || typeof obj['apiVersion'] !== 'string') return;
      objects.push(makeObject(obj, root, prefix, file.path, documentIndex++, template, toRange));
    };
    if (isJsonObject(body) && body['kind'] === 'List' && Array.isArray(body['items'])) {
      body['items'].forEach((item, i) => add(item, doc.contents as Node | null, ['items', i]));
    } else {
      add(body, doc.contents as Node | null, []);
    }
  }
  return { objects, comments: collectComments(text) };
}

function collectComments(text: string): SourceComment[] {
  const out: SourceComment[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = /(^|\s)#(.*)$/.exec(line);
    if (m && !/["']/.test(line.slice(0, m.index))) out.push({ line: i + 1, column: m.index + m[1]!.length + 1, text: m[2]! });
  });
  return out;
}

function makeObject(
  body: JsonObject, root: Node | null, prefix: PathSegment[], file: string, documentIndex: number,
  template: string | undefined, toRange: (s: number, e: number) => SourceRange,
): KubeObject {
  const metadata = isJsonObject(body['metadata']) ? body['metadata'] : {};
  const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined;
  return {
    apiVersion: body['apiVersion'] as string,
    kind: body['kind'] as string,
    name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
    namespace,
    body,
    source: template === undefined ? { file, documentIndex } : { file, documentIndex, template },
    locate(path) {
      return locate(root, [...prefix, ...path], toRange);
    },
  };
}

function pairRange(pair: Pair, toRange: (s: number, e: number) => SourceRange): SourceRange | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const start = key?.range?.[0];
  const end = value?.range?.[1] ?? key?.range?.[1];
  return start === undefined || end === undefined ? undefined : toRange(start, end);
}

function locate(root: Node | null, path: readonly PathSegment[], toRange: (s: number, e: number) => SourceRange): SourceRange | undefined {
  let node: Node | null = root;
  let best: SourceRange | undefined;
  if (isMap(root)) {
    const kindPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'kind');
    best = kindPair ? pairRange(kindPair, toRange) : undefined;
  }
  // A missing key is reported at its nearest parent: the parent's key token only, not its whole block.
  let parentKey: SourceRange | undefined;
  for (const seg of path) {
    if (typeof seg === 'string' && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return parentKey ?? best;
      best = pairRange(pair, toRange) ?? best;
      const key = pair.key as Node | null;
      parentKey = key?.range ? toRange(key.range[0], key.range[1]) : best;
      node = pair.value as Node | null;
    } else if (typeof seg === 'number' && isSeq(node)) {
      const item = node.items[seg] as Node | undefined;
      if (!item?.range) return parentKey ?? best;
      best = toRange(item.range[0], item.range[1]);
      node = item;
    } else {
      return parentKey ?? best;
    }
  }
  return best;
}
