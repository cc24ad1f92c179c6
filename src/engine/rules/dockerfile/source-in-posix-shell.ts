import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

const PLAIN_SH = new Set(['sh', 'dash', 'ash']);

export const sourceInPosixShell = defineDockerfileRule({
  id: 'BW-DF-077',
  title: 'source used under /bin/sh (SC3046)',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D70', 'hadolint:SC3046'],
  description: '`source` is a bash builtin; the default RUN shell on Debian and Alpine is dash or ash, where it fails with "source: not found".',
  remediation: 'Use `.` instead of `source`, or switch the shell with `SHELL ["/bin/bash", "-c"]`.',
  references: ['https://www.shellcheck.net/wiki/SC3046', 'https://docs.docker.com/reference/dockerfile/#shell'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'RUN' || inst.form !== 'shell') continue;
      const exe = (inst.shell[0] ?? '').split('/').pop() ?? '';
      if (!PLAIN_SH.has(exe)) continue;
      for (const cmd of inst.script()?.commands ?? []) {
        if (cmd.name === 'source') report(findingAt(dockerfile, inst, '`source` does not exist in POSIX sh; use `.`', cmd.nameRange));
      }
    }
  },
});
