import type { SourceRange } from '../../../../domain/source-range.js';
import type { Dockerfile, DockerfileInstruction } from '../../../inputs/dockerfile.js';
import type { DockerfileFindingInput } from '../../define-rule.js';

/** Stage name, or its index when unnamed (`preamble` before the first FROM). */
export function stageLabel(dockerfile: Dockerfile, stageIndex: number): string {
  if (stageIndex < 0) return 'preamble';
  return dockerfile.stages[stageIndex]?.name ?? String(stageIndex);
}

/** A finding on `range` inside `instruction` (defaults to the keyword). */
export function findingAt(dockerfile: Dockerfile, instruction: DockerfileInstruction, message: string, range: SourceRange = instruction.keywordRange): DockerfileFindingInput {
  return { message, range, path: instruction.path, resourceName: stageLabel(dockerfile, instruction.stageIndex) };
}
