import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const zypperNonInteractive = defineDockerfileRule({
  id: 'BW-DF-039',
  title: 'zypper without a non-interactive switch',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D39', 'hadolint:DL3034', 'kics:missing_zypper_non_interactive_switch'],
  description: 'zypper prompts before changing packages unless told not to; in a build the prompt aborts the step.',
  remediation: 'Use `zypper --non-interactive install …` or `zypper install -y …`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3034'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['zypper'], ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'])) {
        if (hasFlag(inv.args, 'yn', ['--non-interactive', '--no-confirm'])) continue;
        report(findingAt(dockerfile, inv.run.instruction, `${inv.tool} ${inv.subcommand.value} can stop to ask for confirmation`, inv.run.command.nameRange));
      }
    }
  },
});
