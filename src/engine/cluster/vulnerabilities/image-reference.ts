/** The parts of a container image reference that version detection needs. */
export interface ImageReference {
  /** Repository path without registry host, e.g. `ingress-nginx/controller`. */
  readonly path: string;
  /** Last path segment, e.g. `controller`. */
  readonly name: string;
  readonly tag: string | undefined;
}

export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port, not to a tag.
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  const repo = colon > slash ? rest.slice(0, colon) : rest;
  const parts = repo.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = (hasRegistry ? parts.slice(1) : parts).join('/');
  return { path, name: parts[parts.length - 1] ?? '', tag: tag === '' ? undefined : tag };
}
