import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { labelsOf } from './support/labels.js';

const URL_LABELS = new Set(['org.opencontainers.image.url', 'org.opencontainers.image.source', 'org.opencontainers.image.documentation', 'org.label-schema.url', 'org.label-schema.vcs-url']);

function isUrl(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return /^git@[^:]+:.+/.test(value);
  }
}

export const labelInvalidUrl = defineDockerfileRule({
  id: 'BW-DF-074',
  title: 'URL label is not a URL',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D59', 'hadolint:DL3052'],
  description: 'The OCI annotations for source, URL and documentation are read by registries and scanners as URLs; anything else breaks those links.',
  remediation: 'Put a full URL (with scheme) in the label.',
  references: ['https://github.com/opencontainers/image-spec/blob/main/annotations.md', 'https://github.com/hadolint/hadolint/wiki/DL3052'],
  check(dockerfile, report) {
    for (const { instruction, label } of labelsOf(dockerfile)) {
      const value = label.value;
      if (!URL_LABELS.has(label.key.value) || !value || value.value === '' || value.value.includes('$')) continue;
      if (!isUrl(value.value)) report(findingAt(dockerfile, instruction, `label "${label.key.value}" is not a valid URL`, value.range));
    }
  },
});
