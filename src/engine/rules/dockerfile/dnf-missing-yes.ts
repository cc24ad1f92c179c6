import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const dnfMissingYes = defineDockerfileRule({
  id: 'BW-DF-035',
  title: 'dnf install without -y',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D35', 'hadolint:DL3038', 'kics:missing_flag_from_dnf_install'],
  description: 'Without `-y`, dnf (and microdnf) ask for confirmation; a non-interactive build then fails.',
  remediation: 'Add `-y` to `dnf install` / `microdnf install`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3038'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['dnf', 'microdnf'], ['install', 'groupinstall', 'reinstall'])) {
        if (hasFlag(inv.args, 'y', ['--assumeyes'])) continue;
        report(findingAt(dockerfile, inv.run.instruction, `${inv.tool} ${inv.subcommand.value} can stop to ask for confirmation`, inv.run.command.nameRange));
      }
    }
  },
});
