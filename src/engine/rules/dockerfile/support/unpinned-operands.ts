import type { ShellWord } from '../../../inputs/dockerfile.js';

/** Paths, URLs, archives, git references and variables: there is no registry version to pin. */
export function isLocalOrUrl(value: string): boolean {
  return /^[./~$]|:\/\/|^git[+@]|^(github|gitlab|bitbucket|file):|\.(whl|tar\.gz|tgz|zip|gem)$/.test(value);
}

/** Operands that neither pin a version (per `pinned`) nor point at a local file or URL. */
export function unpinnedOperands(operands: readonly ShellWord[], pinned: (value: string) => boolean): ShellWord[] {
  return operands.filter((o) => !pinned(o.value) && !isLocalOrUrl(o.value));
}
