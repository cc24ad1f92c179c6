import type { Dockerfile, DockerfileInstruction, DockerfileStage } from '../../../inputs/dockerfile.js';

/** The stage and the earlier stages it builds on (`FROM build`), nearest first. */
export function stageLineage(dockerfile: Dockerfile, stage: DockerfileStage): DockerfileStage[] {
  const out: DockerfileStage[] = [stage];
  let current = stage;
  while (current.baseStage !== undefined && out.length <= dockerfile.stages.length) {
    const base = dockerfile.stages[current.baseStage];
    if (!base) break;
    out.push(base);
    current = base;
  }
  return out;
}

/** The last instruction with `keyword` in the stage or, failing that, in the stages it builds on. */
export function lastInLineage(dockerfile: Dockerfile, stage: DockerfileStage, keyword: string): DockerfileInstruction | undefined {
  for (const s of stageLineage(dockerfile, stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i]!.keyword === keyword) return s.instructions[i];
  }
  return undefined;
}

/** The stage whose image `docker build` produces by default. */
export function finalStage(dockerfile: Dockerfile): DockerfileStage | undefined {
  return dockerfile.stages[dockerfile.stages.length - 1];
}

/** FROM refers to an image (not an earlier stage, not scratch, no unresolved variable). */
export function isExternalImage(stage: DockerfileStage): boolean {
  return stage.baseStage === undefined && stage.image.resolved.toLowerCase() !== 'scratch' && !stage.image.unresolved;
}
