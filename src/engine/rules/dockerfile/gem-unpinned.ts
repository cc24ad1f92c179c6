import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';
import { unpinnedOperands } from './support/unpinned-operands.js';

export const gemUnpinned = defineDockerfileRule({
  id: 'BW-DF-045',
  title: 'gem install without a version',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D45', 'hadolint:DL3028', 'kics:gem_install_without_version'],
  description: 'An unpinned gem installs the newest release at build time, so rebuilds drift and can pick up a malicious release.',
  remediation: 'Pin the version: `gem install rails:7.2.1` or `gem install rails -v 7.2.1`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3028'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['gem'], ['install'])) {
        if (hasFlag(inv.args, 'v', ['--version'])) continue;
        for (const pkg of unpinnedOperands(inv.operands, (v) => v.includes(':'))) {
          report(findingAt(dockerfile, inv.run.instruction, `gem "${pkg.value}" has no version`, pkg.range));
        }
      }
    }
  },
});
