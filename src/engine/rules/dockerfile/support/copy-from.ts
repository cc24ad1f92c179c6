import type { DockerfileFlag, DockerfileInstruction } from '../../../inputs/dockerfile.js';

/** The `--from` flag of a COPY (or ADD), if any. */
export function copyFromFlag(inst: DockerfileInstruction): DockerfileFlag | undefined {
  if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') return undefined;
  return inst.flags.find((f) => f.name === 'from' && f.value !== undefined && f.value !== '');
}
