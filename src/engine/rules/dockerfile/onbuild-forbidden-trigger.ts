import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const onbuildForbiddenTrigger = defineDockerfileRule({
  id: 'BW-DF-055',
  title: 'ONBUILD registers ONBUILD, FROM or MAINTAINER',
  severity: 'high',
  category: 'workload',
  aliases: ['union:D55', 'hadolint:DL3043'],
  description: 'ONBUILD cannot chain another ONBUILD, FROM or MAINTAINER; builds of child images fail.',
  remediation: 'Remove the trigger or register a supported instruction.',
  references: ['https://docs.docker.com/reference/dockerfile/#onbuild', 'https://github.com/hadolint/hadolint/wiki/DL3043'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      const trigger = inst.trigger;
      if (inst.keyword === 'ONBUILD' && trigger && FORBIDDEN.has(trigger.keyword)) {
        report(findingAt(dockerfile, inst, `ONBUILD ${trigger.keyword} is not allowed`, trigger.keywordRange));
      }
    }
  },
});
