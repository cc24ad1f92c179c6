export interface ImageReference {
  /** Registry host; `docker.io` when the reference names none. */
  readonly registry: string;
  /** Repository path without registry, tag or digest. */
  readonly repository: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

// Docker's rule: the first path component is a registry only when it looks like a host
// (has a dot or a port, or is `localhost`); `library/nginx` and `nginx` are Docker Hub.
export function parseImageReference(raw: string): ImageReference {
  const ref = raw.trim();
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const named = at >= 0 ? ref.slice(0, at) : ref;
  const lastSlash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const tag = hasTag ? named.slice(colon + 1) : undefined;
  const name = hasTag ? named.slice(0, colon) : named;
  const first = name.split('/')[0] ?? '';
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return {
    registry: hasRegistry ? first : 'docker.io',
    repository: hasRegistry ? name.slice(first.length + 1) : name,
    tag: tag === '' ? undefined : tag,
    digest: digest === '' ? undefined : digest,
  };
}
