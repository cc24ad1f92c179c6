import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { overriddenInstructions } from './support/repeated-instructions.js';

export const multipleCmd = defineDockerfileRule({
  id: 'BW-DF-012',
  title: 'More than one CMD in a stage',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D12', 'hadolint:DL4003', 'trivy:DS-0016', 'kics:multiple_cmd_instructions_listed'],
  description:
    'Only the last CMD of a stage takes effect. An earlier one is dead code that misleads readers about how ' +
    'the container starts or is checked, and usually hides a merge or copy-paste mistake.',
  remediation: 'Keep a single CMD per stage and delete the others.',
  references: ['https://docs.docker.com/reference/dockerfile/#cmd', 'https://github.com/hadolint/hadolint/wiki/DL4003'],
  check(dockerfile, report) {
    for (const inst of overriddenInstructions(dockerfile, 'CMD')) {
      report(findingAt(dockerfile, inst, 'this CMD is overridden by a later CMD in the same stage'));
    }
  },
});
