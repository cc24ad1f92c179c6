import type { DockerfileInstruction, DockerfileToken } from '../../../inputs/dockerfile.js';

const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz|tzst)$/i;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const GIT = /^(git@|[a-z]+:\/\/[^#]*\.git(#.*)?$|[a-z]+:\/\/(github\.com|gitlab\.com|bitbucket\.org)\/[^/]+\/[^/]+(\.git)?(#.*)?$)/i;

/** Source arguments of COPY/ADD (everything but the destination). */
export function sourcesOf(inst: DockerfileInstruction): DockerfileToken[] {
  return inst.args.slice(0, -1);
}

export function isRemoteUrl(value: string): boolean {
  return URL.test(value) && !isGitSource(value);
}

export function isGitSource(value: string): boolean {
  return GIT.test(value);
}

export function isLocalArchive(value: string): boolean {
  return !URL.test(value) && ARCHIVE.test(value);
}
