import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';
import { unpinnedOperands } from './support/unpinned-operands.js';

export const pipUnpinned = defineDockerfileRule({
  id: 'BW-DF-042',
  title: 'pip install without version pins',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D42', 'hadolint:DL3013', 'kics:unpinned_package_version_in_pip_install'],
  description: 'An unpinned pip package installs the newest release at build time, including a hijacked or breaking one.',
  remediation: 'Pin versions (`pip install requests==2.32.3`) or install from a requirements file with pinned versions and hashes.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3013', 'https://pip.pypa.io/en/stable/topics/repeatable-installs/'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['pip'], ['install'])) {
        for (const pkg of unpinnedOperands(inv.operands, (v) => /[=<>~!@]/.test(v))) {
          report(findingAt(dockerfile, inv.run.instruction, `pip package "${pkg.value}" is not pinned`, pkg.range));
        }
      }
    }
  },
});
