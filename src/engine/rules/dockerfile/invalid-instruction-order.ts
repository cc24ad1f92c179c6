import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const invalidInstructionOrder = defineDockerfileRule({
  id: 'BW-DF-054',
  title: 'Instruction before the first FROM',
  severity: 'high',
  category: 'workload',
  aliases: ['union:D54', 'hadolint:DL3061'],
  description: 'Only ARG (plus comments and parser directives) may come before the first FROM; anything else is rejected by the builder.',
  remediation: 'Start the Dockerfile with FROM (optionally preceded by ARG lines for the base image).',
  references: ['https://docs.docker.com/reference/dockerfile/#format', 'https://github.com/hadolint/hadolint/wiki/DL3061'],
  check(dockerfile, report) {
    const first = dockerfile.preamble.find((i) => i.keyword !== 'ARG');
    if (first) report(findingAt(dockerfile, first, `${first.keyword} appears before the first FROM`));
  },
});
