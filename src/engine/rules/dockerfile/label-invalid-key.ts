import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { labelsOf } from './support/labels.js';

const RESERVED = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/;
const VALID = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

export const labelInvalidKey = defineDockerfileRule({
  id: 'BW-DF-059',
  title: 'LABEL key does not follow the label key format',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D59', 'hadolint:DL3048'],
  description: 'Label keys should be lower-case alphanumerics with dots and dashes (reverse-DNS style), and must not use the namespaces Docker reserves; other keys are ignored or mangled by tooling.',
  remediation: 'Rename the key, e.g. `org.example.team` or `org.opencontainers.image.version`.',
  references: ['https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations', 'https://github.com/hadolint/hadolint/wiki/DL3048'],
  check(dockerfile, report) {
    for (const { instruction, label } of labelsOf(dockerfile)) {
      const key = label.key.value;
      if (key.includes('$')) continue;
      if (!VALID.test(key) || key.includes('..') || key.includes('--') || RESERVED.test(key)) {
        report(findingAt(dockerfile, instruction, `label key "${key}" is not a valid label key`, label.key.range));
      }
    }
  },
});
