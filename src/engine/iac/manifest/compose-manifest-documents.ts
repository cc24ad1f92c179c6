import type { JsonValue } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import { composeBlockDocument } from './compose-block-document.js';
import { composeJsonDocument } from './compose-json-document.js';
import { composeWithYaml } from './compose-with-yaml.js';
import type { LineIndex } from './line-index.js';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import type { PosNode } from './position-tree.js';
import type { DocumentSlice } from './split-yaml-documents.js';
import { splitYamlDocuments } from './split-yaml-documents.js';

export interface ComposedManifestDocument {
  /** undefined for a document without content. */
  readonly value: JsonValue | undefined;
  readonly pos: PosNode | undefined;
  /** 1-based lines of the document's slice (`---` line included). */
  readonly startLine: number;
  readonly endLine: number;
  /** Offsets of the slice in the text. */
  readonly start: number;
  readonly end: number;
  /** True when the fast composer produced it, false for the `yaml` package. */
  readonly fast: boolean;
}

export interface ComposedManifest {
  readonly documents: ComposedManifestDocument[];
  readonly comments: SourceComment[];
  readonly error?: string;
}

/**
 * Composes every document of a decoded manifest: the fast composer first, the `yaml` package
 * for any document it declines. Values are plain JSON; positions stay offsets until asked for.
 */
export function composeManifestDocuments(text: string, lines: LineIndex): ComposedManifest {
  const toPosition = (offset: number) => lines.position(offset);
  const split = splitYamlDocuments(text, MANIFEST_LIMITS.maxDocuments);
  const documents: ComposedManifestDocument[] = [];
  const comments: SourceComment[] = [];
  if (split.tooMany) return { documents, comments, error: `file has more than ${MANIFEST_LIMITS.maxDocuments} YAML documents` };
  // A `%YAML`/`%TAG` directive changes how the following documents parse: hand the whole file over.
  const slices = split.hasDirectives
    ? [{ start: 0, end: text.length, startLine: 1, endLine: split.slices.at(-1)?.endLine ?? 1 }]
    : split.slices;
  let nextTab = text.indexOf('\t');
  for (const slice of slices) {
    if (nextTab !== -1 && nextTab < slice.start) nextTab = text.indexOf('\t', slice.start);
    // Tabs are legal in a few YAML positions and illegal in most; the strict path knows which.
    const hasTab = nextTab !== -1 && nextTab < slice.end;
    const fast = split.hasDirectives || hasTab ? undefined : composeBlockDocument(text, slice.start, slice.end, slice.startLine);
    if (fast) {
      for (const c of fast.comments) comments.push(c);
      documents.push(toDocument(slice, fast.value, fast.pos, true));
      continue;
    }
    const json = looksLikeJson(text, slice.start, slice.end) ? composeJsonDocument(text, slice.start, slice.end) : undefined;
    if (json) {
      documents.push(toDocument(slice, json.value, json.pos, true));
      continue;
    }
    const strict = composeWithYaml(text, slice.start, slice.end, toPosition);
    for (const c of strict.comments) comments.push(c);
    if (strict.error !== undefined) return { documents, comments, error: strict.error };
    if (strict.documents.length === 0) documents.push(toDocument(slice, undefined, undefined, false));
    for (const doc of strict.documents) documents.push(toDocument(slice, doc.value, doc.pos, false));
  }
  return { documents, comments };
}

/** JSON manifests start with `{` (or `[`) and carry no comments: a cheap test before JSON.parse. */
function looksLikeJson(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  return c === 0x7b || c === 0x5b;
}

function toDocument(slice: DocumentSlice, value: JsonValue | undefined, pos: PosNode | undefined, fast: boolean): ComposedManifestDocument {
  return { value, pos, startLine: slice.startLine, endLine: slice.endLine, start: slice.start, end: slice.end, fast };
}
