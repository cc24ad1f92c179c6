import type { KubeObject } from '../../inputs/kube-object.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import type { SourceFile } from '../../inputs/source-file.js';
import { buildKubeObjects } from './build-kube-objects.js';
import type { ComposedManifestDocument } from './compose-manifest-documents.js';
import { composeManifestDocuments } from './compose-manifest-documents.js';
import { decodeManifestText } from './decode-manifest-text.js';
import { LineIndex } from './line-index.js';

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
  const composed = composeManifestDocuments(text, lines);
  if (composed.error !== undefined) {
    return { objects: [], comments: composed.comments, documents: composed.documents.map(toInfo), error: composed.error };
  }
  const objects: KubeObject[] = [];
  const ctx = { file: file.path, template: undefined as string | undefined, documentLines: { start: 1, end: 1 }, lines, nextIndex: 0 };
  let c = 0;
  const comments = composed.comments;
  for (const doc of composed.documents) {
    ctx.documentLines = { start: doc.startLine, end: doc.endLine };
    ctx.template = undefined;
    // Helm writes `# Source: chart/templates/x.yaml` at the top of each rendered document.
    while (c < comments.length && comments[c]!.line < doc.startLine) c++;
    for (let i = c; i < comments.length && comments[i]!.line <= doc.endLine && ctx.template === undefined; i++) {
      ctx.template = HELM_SOURCE.exec(comments[i]!.text)?.[1];
    }
    for (const obj of buildKubeObjects(doc.value, doc.pos, ctx)) objects.push(obj);
  }
  const fastDocuments = composed.documents.filter((d) => d.fast).length;
  return {
    objects, comments, documents: composed.documents.map(toInfo),
    stats: { fastDocuments, strictDocuments: composed.documents.length - fastDocuments },
  };
}

function toInfo(doc: ComposedManifestDocument): ManifestDocumentInfo {
  return { startLine: doc.startLine, endLine: doc.endLine };
}
