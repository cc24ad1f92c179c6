import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

const PLAIN_SH = new Set(['sh', 'dash', 'ash']);

export const doubleBracketInPosixShell = defineDockerfileRule({
  id: 'BW-DF-078',
  title: '[[ ]] used under /bin/sh (SC3010)',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D70', 'hadolint:SC3010'],
  description: '`[[ … ]]` is bash syntax; under the default RUN shell of Debian (dash) or Alpine (ash) it fails with "[[: not found" or silently takes the wrong branch.',
  remediation: 'Use `[ … ]` (POSIX test), or switch the shell with `SHELL ["/bin/bash", "-c"]`.',
  references: ['https://www.shellcheck.net/wiki/SC3010', 'https://docs.docker.com/reference/dockerfile/#shell'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'RUN' || inst.form !== 'shell') continue;
      const exe = (inst.shell[0] ?? '').split('/').pop() ?? '';
      if (!PLAIN_SH.has(exe)) continue;
      for (const cmd of inst.script()?.commands ?? []) {
        if (cmd.name === '[[') report(findingAt(dockerfile, inst, '`[[` is not POSIX sh; use `[`', cmd.nameRange));
      }
    }
  },
});
