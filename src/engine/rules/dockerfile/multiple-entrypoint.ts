import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { overriddenInstructions } from './support/repeated-instructions.js';

export const multipleEntrypoint = defineDockerfileRule({
  id: 'BW-DF-013',
  title: 'More than one ENTRYPOINT in a stage',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D13', 'hadolint:DL4004', 'trivy:DS-0007', 'kics:multiple_entrypoint_instructions_listed'],
  description:
    'Only the last ENTRYPOINT of a stage takes effect. An earlier one is dead code that misleads readers about how ' +
    'the container starts or is checked, and usually hides a merge or copy-paste mistake.',
  remediation: 'Keep a single ENTRYPOINT per stage and delete the others.',
  references: ['https://docs.docker.com/reference/dockerfile/#entrypoint', 'https://github.com/hadolint/hadolint/wiki/DL4004'],
  check(dockerfile, report) {
    for (const inst of overriddenInstructions(dockerfile, 'ENTRYPOINT')) {
      report(findingAt(dockerfile, inst, 'this ENTRYPOINT is overridden by a later ENTRYPOINT in the same stage'));
    }
  },
});
