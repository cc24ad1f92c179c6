import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { labelsOf } from './support/labels.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export const labelInvalidCreated = defineDockerfileRule({
  id: 'BW-DF-075',
  title: 'Creation-date label is not RFC 3339',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D59', 'hadolint:DL3053'],
  description: 'The OCI `created` annotation (and label-schema build-date) must be an RFC 3339 timestamp so tools can sort and compare image ages.',
  remediation: 'Use a timestamp such as `2025-01-31T12:00:00Z`, typically passed in with a build argument.',
  references: ['https://github.com/opencontainers/image-spec/blob/main/annotations.md', 'https://github.com/hadolint/hadolint/wiki/DL3053'],
  check(dockerfile, report) {
    for (const { instruction, label } of labelsOf(dockerfile)) {
      const value = label.value;
      if (label.key.value !== 'org.opencontainers.image.created' && label.key.value !== 'org.label-schema.build-date') continue;
      if (!value || value.value === '' || value.value.includes('$')) continue;
      if (!RFC3339.test(value.value)) report(findingAt(dockerfile, instruction, `"${value.value}" is not an RFC 3339 timestamp`, value.range));
    }
  },
});
