import type { Dockerfile, DockerfileInstruction, DockerfileKeyValue } from '../../../inputs/dockerfile.js';

/** Every LABEL pair of the file with its instruction. */
export function labelsOf(dockerfile: Dockerfile): Array<{ readonly instruction: DockerfileInstruction; readonly label: DockerfileKeyValue }> {
  const out: Array<{ instruction: DockerfileInstruction; label: DockerfileKeyValue }> = [];
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === 'LABEL') for (const label of instruction.keyValues) out.push({ instruction, label });
  }
  return out;
}
