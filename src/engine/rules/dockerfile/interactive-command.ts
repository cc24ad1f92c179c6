import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim', 'nano', 'ifconfig']);

export const interactiveCommand = defineDockerfileRule({
  id: 'BW-DF-052',
  title: 'Interactive or pointless command in RUN',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D52', 'hadolint:DL3001', 'kics:run_utilities_and_posix_commands'],
  description: 'Commands such as ssh, vim, top, service or shutdown need a terminal or a running system; in a build they hang, fail or do nothing useful.',
  remediation: 'Remove the command; start services from the container entrypoint and do edits with sed or COPY.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3001'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        if (POINTLESS.has(r.command.name)) report(findingAt(dockerfile, r.instruction, `"${r.command.name}" makes no sense in a build step`, r.command.nameRange));
      }
    }
  },
});
