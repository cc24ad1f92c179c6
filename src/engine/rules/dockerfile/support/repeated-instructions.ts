import type { Dockerfile, DockerfileInstruction } from '../../../inputs/dockerfile.js';

/** Per stage, every instruction with `keyword` except the last one (the earlier ones have no effect). */
export function overriddenInstructions(dockerfile: Dockerfile, keyword: string): DockerfileInstruction[] {
  const out: DockerfileInstruction[] = [];
  for (const stage of dockerfile.stages) {
    const list = stage.instructions.filter((i) => i.keyword === keyword);
    out.push(...list.slice(0, -1));
  }
  return out;
}
