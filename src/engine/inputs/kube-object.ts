import type { PathSegment, SourceRange } from '../../domain/source-range.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Where an object came from when it was read from a file (absent for live cluster objects). */
export interface ObjectSource {
  /** The scanned file. */
  readonly file: string;
  /** 0-based index of the YAML document (or `kind: List` item order) inside the file. */
  readonly documentIndex: number;
  /** Helm: the chart template this document was rendered from (`# Source:` comment), if any. */
  readonly template?: string;
  /**
   * 1-based first and last line of the YAML document the object was read from (its `---`
   * line included), so comment-based suppressions can tell which object a comment belongs to.
   */
  readonly documentLines?: { readonly start: number; readonly end: number };
}

/**
 * One Kubernetes object, the same model whether it was parsed from a manifest or read
 * from a live cluster, so one rule set serves both.
 */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** `metadata.namespace` as written; undefined when absent (cluster-scoped or defaulted). */
  readonly namespace: string | undefined;
  /** `metadata.uid` for live objects. */
  readonly uid?: string;
  /** The object as plain JSON. Never mutate. */
  readonly body: JsonObject;
  readonly source?: ObjectSource;
  /**
   * Maps a path inside `body` to its source range. When the path does not exist, the
   * range of the deepest existing ancestor key is returned (a missing key is reported at
   * its nearest parent). Undefined for live objects, which have no source text.
   */
  locate(path: readonly PathSegment[]): SourceRange | undefined;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a nested value without throwing; undefined when any step is missing or of the wrong shape. */
export function getPath(value: JsonValue | undefined, path: readonly PathSegment[]): JsonValue | undefined {
  let cur: JsonValue | undefined = value;
  for (const seg of path) {
    if (cur === undefined || cur === null) return undefined;
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (!isJsonObject(cur)) return undefined;
      cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
    }
  }
  return cur;
}

export function asObject(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

export function asArray(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
