import type { JsonValue, KubeObject } from '../../inputs/kube-object.js';
import { isJsonObject } from '../../inputs/kube-object.js';
import type { LineIndex } from './line-index.js';
import type { OffsetRange, PosNode } from './position-tree.js';
import { childAt, entryRange, findEntry, isMapNode, locateOffsets, posStart } from './position-tree.js';

export interface DocumentContext {
  readonly file: string;
  readonly template: string | undefined;
  readonly documentLines: { readonly start: number; readonly end: number };
  readonly lines: LineIndex;
  /** Index the next object gets (counts objects across the file, List items included). */
  nextIndex: number;
}

/**
 * Turns one document's value into objects: a `kind: List` becomes its items (each locating
 * paths relative to itself), anything without string `apiVersion` and `kind` is not an object.
 */
export function buildKubeObjects(value: JsonValue | undefined, pos: PosNode | undefined, ctx: DocumentContext): KubeObject[] {
  if (!isJsonObject(value) || !pos) return [];
  const items = value['items'];
  if (value['kind'] === 'List' && Array.isArray(items)) {
    const itemsIndex = isMapNode(pos) ? findEntry(pos, 'items') : -1;
    const itemsPos = itemsIndex === -1 ? undefined : childAt(pos, itemsIndex);
    const out: KubeObject[] = [];
    items.forEach((item, i) => {
      const obj = makeObject(item, (itemsPos && childAt(itemsPos, i)) ?? pos, ctx);
      if (obj) out.push(obj);
    });
    return out;
  }
  const obj = makeObject(value, pos, ctx);
  return obj ? [obj] : [];
}

function makeObject(body: JsonValue, pos: PosNode, ctx: DocumentContext): KubeObject | undefined {
  if (!isJsonObject(body)) return undefined;
  const kind = body['kind'];
  const apiVersion = body['apiVersion'];
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return undefined;
  const metadata = isJsonObject(body['metadata']) ? body['metadata'] : {};
  const kindIndex = isMapNode(pos) ? findEntry(pos, 'kind') : -1;
  const fallback: OffsetRange = kindIndex >= 0 ? entryRange(pos, kindIndex) : { start: posStart(pos), end: posStart(pos) + 1 };
  const lines = ctx.lines;
  const source = { file: ctx.file, documentIndex: ctx.nextIndex++, documentLines: ctx.documentLines };
  return {
    apiVersion,
    kind,
    name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
    namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined,
    body,
    source: ctx.template === undefined ? source : { ...source, template: ctx.template },
    locate(path) {
      const r = locateOffsets(pos, path, fallback);
      return lines.range(r.start, r.end);
    },
  };
}
