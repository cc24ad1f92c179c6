import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

const SYSTEM_DIRS = ['/proc', '/sys', '/dev', '/boot', '/initrd', '/lost+found'];

export const workdirSystemDirectory = defineDockerfileRule({
  id: 'BW-DF-009',
  title: 'WORKDIR is a system directory',
  severity: 'high',
  category: 'node_escape',
  aliases: ['union:D09', 'trivy:DS-0030'],
  description:
    'Working inside /proc, /sys, /dev or /boot means later file writes of the build or the application target ' +
    'kernel interfaces or device nodes; at best the build fails, at worst the container changes host-facing state.',
  remediation: 'Use an application directory such as /app or /srv/<name> as WORKDIR.',
  references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://avd.aquasec.com/misconfig/ds030'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'WORKDIR') continue;
      const arg = inst.args[0];
      if (!arg) continue;
      const path = arg.value.replace(/\/+$/, '') || '/';
      if (SYSTEM_DIRS.some((d) => path === d || path.startsWith(`${d}/`))) {
        report(findingAt(dockerfile, inst, `WORKDIR "${arg.value}" is a system directory`, arg.range));
      }
    }
  },
});
