import type { FileType } from '../domain/scan-types.js';
import { parseDockerfile } from '../engine/iac/dockerfile/parse-dockerfile.js';
import { parseManifests } from '../engine/iac/manifest/parse-manifests.js';

/**
 * Does an uploaded file match its declared type? Returns the reason it does not, or
 * undefined. Dockerfile: parses and has at least one FROM. k8s_yaml: parses as YAML/JSON
 * with at least one object carrying apiVersion and kind.
 */
export function checkUploadContent(name: string, content: Uint8Array, fileType: FileType): string | undefined {
  if (content.length === 0) return 'file is empty';
  if (fileType === 'dockerfile') {
    const parsed = parseDockerfile({ path: name, content, fileType });
    if (parsed.error !== undefined) return `not a Dockerfile: ${parsed.error}`;
    if (parsed.dockerfile === undefined || parsed.dockerfile.stages.length === 0) return 'not a Dockerfile: no FROM instruction';
    return undefined;
  }
  const parsed = parseManifests({ path: name, content, fileType });
  if (parsed.error !== undefined) return `not a Kubernetes manifest: ${parsed.error}`;
  if (parsed.objects.length === 0) return 'not a Kubernetes manifest: no object with apiVersion and kind';
  return undefined;
}
