import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const maintainerDeprecated = defineDockerfileRule({
  id: 'BW-DF-016',
  title: 'Deprecated MAINTAINER instruction',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D16', 'hadolint:DL4000', 'trivy:DS-0022', 'checkov:CKV_DOCKER_6', 'kics:maintainer_instruction_being_used'],
  description: 'MAINTAINER has been deprecated for years; tools read image authorship from labels instead.',
  remediation: 'Replace it with `LABEL org.opencontainers.image.authors="…"`.',
  references: ['https://docs.docker.com/reference/dockerfile/#maintainer-deprecated', 'https://github.com/hadolint/hadolint/wiki/DL4000'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword === 'MAINTAINER') report(findingAt(dockerfile, inst, 'MAINTAINER is deprecated; use a LABEL'));
    }
  },
});
