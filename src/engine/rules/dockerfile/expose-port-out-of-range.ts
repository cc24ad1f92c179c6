import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { exposedPorts } from './support/exposed-ports.js';

export const exposePortOutOfRange = defineDockerfileRule({
  id: 'BW-DF-011',
  title: 'EXPOSE port outside 0-65535',
  severity: 'high',
  category: 'network',
  aliases: ['union:D11', 'hadolint:DL3011', 'trivy:DS-0008', 'kics:unix_ports_out_of_range'],
  description: 'TCP and UDP ports are 16-bit numbers; a larger value is a typo that makes the image metadata wrong or the build fail.',
  remediation: 'Use a port number between 0 and 65535.',
  references: ['https://docs.docker.com/reference/dockerfile/#expose', 'https://github.com/hadolint/hadolint/wiki/DL3011'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      for (const port of exposedPorts(inst)) {
        if (port.from > 65535 || port.to > 65535) report(findingAt(dockerfile, inst, `EXPOSE ${port.token.value} is not a valid port`, port.token.range));
      }
    }
  },
});
