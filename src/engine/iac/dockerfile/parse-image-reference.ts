import type { SourceRange } from '../../../domain/source-range.js';
import type { ImageReference } from '../../inputs/dockerfile.js';
import { substituteVariables } from './find-variable-refs.js';

/** Splits `registry/repo/path:tag@sha256:…` after substituting the global ARG defaults. */
export function parseImageReference(raw: string, range: SourceRange, globalArgs: ReadonlyMap<string, string>): ImageReference {
  const resolved = raw.includes('$') ? substituteVariables(raw, globalArgs) : raw;
  let rest = resolved;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  return { raw, resolved, unresolved: resolved.includes('$'), registry, repository: rest, tag, digest, range };
}
