import type { KubeObject } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import type { SourceFile } from '../../inputs/source-file.js';
import { buildKubeObjects } from './build-kube-objects.js';
import { composeBlockDocument } from './compose-block-document.js';
import { composeWithYaml } from './compose-with-yaml.js';
import { decodeManifestText } from './decode-manifest-text.js';
import { LineIndex } from './line-index.js';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import { splitYamlDocuments } from './split-yaml-documents.js';

export type { SourceComment };

/** One YAML document of the file, object or not (a comment-only document still owns its comments). */
export interface ManifestDocumentInfo {
  readonly startLine: number;
  readonly endLine: number;
}

export interface ManifestParseResult {
  readonly objects: KubeObject[];
  /** Every comment of the file in source order. */
  readonly comments: SourceComment[];
  /** Set when the file could not be parsed at all; objects is then empty. */
  readonly error?: string;
  /** The file's YAML documents in order (empty when the file was rejected before splitting). */
  readonly documents?: readonly ManifestDocumentInfo[];
  /** How many documents the fast composer handled and how many went to the `yaml` package. */
  readonly stats?: { readonly fastDocuments: number; readonly strictDocuments: number };
}

const HELM_SOURCE = /^\s*Source:\s*(\S+)/;

/**
 * Parses a Kubernetes manifest file (YAML 1.2 or JSON, any number of documents) into objects
 * whose `locate()` maps body paths to exact ranges. Each document goes through the fast
 * block-style composer, and through the `yaml` package when the fast one declines it.
 */
export function parseManifests(file: SourceFile): ManifestParseResult {
  const decoded = decodeManifestText(file.content);
  if ('error' in decoded) return { objects: [], comments: [], error: decoded.error };
  const text = decoded.text;
  const lines = new LineIndex(text);
  const toPosition = (offset: number) => lines.position(offset);
  const split = splitYamlDocuments(text, MANIFEST_LIMITS.maxDocuments);
  if (split.tooMany) {
    return { objects: [], comments: [], error: `file has more than ${MANIFEST_LIMITS.maxDocuments} YAML documents` };
  }
  const slices = split.hasDirectives
    ? [{ start: 0, end: text.length, startLine: 1, endLine: split.slices.at(-1)?.endLine ?? 1 }]
    : split.slices;
  const objects: KubeObject[] = [];
  const comments: SourceComment[] = [];
  const documents: ManifestDocumentInfo[] = [];
  const ctx = { file: file.path, template: undefined as string | undefined, documentLines: { start: 1, end: 1 }, lines, nextIndex: 0 };
  let fastDocuments = 0;
  let strictDocuments = 0;
  let nextTab = text.indexOf('\t');
  for (const slice of slices) {
    if (nextTab !== -1 && nextTab < slice.start) nextTab = text.indexOf('\t', slice.start);
    const hasTab = nextTab !== -1 && nextTab < slice.end;
    const fast = split.hasDirectives || hasTab ? undefined : composeBlockDocument(text, slice.start, slice.end, slice.startLine);
    const firstComment = comments.length;
    let composed;
    if (fast) {
      fastDocuments++;
      for (const c of fast.comments) comments.push(c);
      composed = [fast];
    } else {
      strictDocuments++;
      const strict = composeWithYaml(text, slice.start, slice.end, toPosition);
      for (const c of strict.comments) comments.push(c);
      if (strict.error !== undefined) return { objects: [], comments, documents, error: strict.error };
      composed = strict.documents;
    }
    const documentLines = { start: slice.startLine, end: slice.endLine };
    documents.push({ startLine: documentLines.start, endLine: documentLines.end });
    ctx.documentLines = documentLines;
    ctx.template = undefined;
    for (let i = firstComment; i < comments.length && ctx.template === undefined; i++) {
      ctx.template = HELM_SOURCE.exec(comments[i]!.text)?.[1];
    }
    for (const doc of composed) for (const obj of buildKubeObjects(doc.value, doc.pos, ctx)) objects.push(obj);
  }
  return { objects, comments, documents, stats: { fastDocuments, strictDocuments } };
}
