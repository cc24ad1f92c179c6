import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { overriddenInstructions } from './support/repeated-instructions.js';

export const multipleHealthcheck = defineDockerfileRule({
  id: 'BW-DF-014',
  title: 'More than one HEALTHCHECK in a stage',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D14', 'hadolint:DL3012', 'trivy:DS-0023'],
  description:
    'Only the last HEALTHCHECK of a stage takes effect. An earlier one is dead code that misleads readers about how ' +
    'the container starts or is checked, and usually hides a merge or copy-paste mistake.',
  remediation: 'Keep a single HEALTHCHECK per stage and delete the others.',
  references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://github.com/hadolint/hadolint/wiki/DL3012'],
  check(dockerfile, report) {
    for (const inst of overriddenInstructions(dockerfile, 'HEALTHCHECK')) {
      report(findingAt(dockerfile, inst, 'this HEALTHCHECK is overridden by a later HEALTHCHECK in the same stage'));
    }
  },
});
