import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const yumMissingYes = defineDockerfileRule({
  id: 'BW-DF-032',
  title: 'yum install without -y',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D32', 'hadolint:DL3030', 'kics:yum_install_allows_manual_input'],
  description: 'Without `-y`, yum waits for a confirmation that never comes in a build, so the step fails.',
  remediation: 'Add `-y` to `yum install`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3030'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['yum'], ['install', 'groupinstall', 'localinstall', 'reinstall'])) {
        if (hasFlag(inv.args, 'y', ['--assumeyes'])) continue;
        report(findingAt(dockerfile, inv.run.instruction, `${inv.tool} ${inv.subcommand.value} can stop to ask for confirmation`, inv.run.command.nameRange));
      }
    }
  },
});
