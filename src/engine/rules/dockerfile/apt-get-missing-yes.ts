import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const aptGetMissingYes = defineDockerfileRule({
  id: 'BW-DF-024',
  title: 'apt-get install without -y',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D24', 'hadolint:DL3014', 'trivy:DS-0021', 'kics:apt_get_missing_flags_to_avoid_manual_input'],
  description: 'Without `-y`, apt-get asks for confirmation; in a non-interactive build that aborts the install or hangs it.',
  remediation: 'Add `-y` (or `--yes`) to `apt-get install`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3014', 'https://manpages.debian.org/stable/apt/apt-get.8.en.html'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['apt-get', 'apt'], ['install'])) {
        const yes = hasFlag(inv.args, 'y', ['--yes', '--assume-yes'])
          || inv.args.some((a) => /^-q*qq|^-q=[2-9]|^--quiet=[2-9]/.test(a.value))
          || inv.args.some((a) => /APT::Get::Assume-Yes=(true|1)/i.test(a.value));
        if (!yes) report(findingAt(dockerfile, inv.run.instruction, `${inv.tool} install runs without -y`, inv.run.command.nameRange));
      }
    }
  },
});
