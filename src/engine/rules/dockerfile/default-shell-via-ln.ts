import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const defaultShellViaLn = defineDockerfileRule({
  id: 'BW-DF-051',
  title: 'Default shell replaced by linking /bin/sh',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D51', 'hadolint:DL4005', 'kics:changing_default_shell_using_run_command'],
  description: 'Relinking /bin/sh changes the shell for every program in the image, not just the build, and breaks scripts that expect the distribution shell.',
  remediation: 'Use the SHELL instruction to choose the shell for RUN.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL4005', 'https://docs.docker.com/reference/dockerfile/#shell'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        if (r.command.name !== 'ln') continue;
        const target = r.command.args[r.command.args.length - 1];
        if (target && target.value === '/bin/sh') report(findingAt(dockerfile, r.instruction, 'RUN relinks /bin/sh; use SHELL instead', target.range));
      }
    }
  },
});
