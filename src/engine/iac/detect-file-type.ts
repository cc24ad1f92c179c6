import type { FileType } from '../../domain/scan-types.js';

const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
const MANIFEST_NAME = /\.(?:ya?ml|json)$/i;

/**
 * Candidate type by file name (cli.md): Dockerfiles by name, manifests by extension.
 * A manifest candidate is only scanned when a document has apiVersion and kind, which the
 * parser decides; undefined means "not ours, skip".
 */
export function detectFileType(path: string): FileType | undefined {
  const base = path.split(/[\\/]/).pop() ?? path;
  if (DOCKERFILE_NAME.test(base)) return 'dockerfile';
  if (MANIFEST_NAME.test(base)) return 'k8s_yaml';
  return undefined;
}
