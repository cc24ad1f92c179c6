import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { labelsOf } from './support/labels.js';

export const labelEmptyValue = defineDockerfileRule({
  id: 'BW-DF-073',
  title: 'LABEL with an empty value',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D59', 'hadolint:DL3051'],
  description: 'An empty label carries no information and usually means a build argument that was never passed.',
  remediation: 'Give the label a value or remove it.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3051'],
  check(dockerfile, report) {
    for (const { instruction, label } of labelsOf(dockerfile)) {
      if (label.value === undefined || label.value.value.trim() === '') report(findingAt(dockerfile, instruction, `label "${label.key.value}" is empty`, label.key.range));
    }
  },
});
