import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const aptGetUnpinned = defineDockerfileRule({
  id: 'BW-DF-026',
  title: 'apt-get install without version pins',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D26', 'hadolint:DL3008', 'kics:apt_get_install_pin_version_not_defined'],
  description: 'Unpinned packages install whatever version the mirror has that day, so rebuilds are not reproducible and can break or regress silently.',
  remediation: 'Pin versions (`apt-get install curl=8.5.0-2`) or build from a pinned snapshot mirror.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3008', 'https://docs.docker.com/build/building/best-practices/#apt-get'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['apt-get', 'apt'], ['install'])) {
        for (const pkg of inv.operands) {
          const v = pkg.value;
          if (v.includes('=') || v.includes('/') || v.endsWith('.deb') || v.startsWith('$')) continue;
          report(findingAt(dockerfile, inv.run.instruction, `package "${v}" is not pinned to a version`, pkg.range));
        }
      }
    }
  },
});
