import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const aptInsteadOfAptGet = defineDockerfileRule({
  id: 'BW-DF-023',
  title: 'apt used instead of apt-get',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D23', 'hadolint:DL3027', 'checkov:CKV_DOCKER_9', 'kics:run_using_apt'],
  description: '`apt` is meant for people at a terminal; its output and behaviour may change between releases and it warns that its CLI is not stable for scripts.',
  remediation: 'Use apt-get (or apt-cache) in Dockerfiles.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3027', 'https://manpages.debian.org/stable/apt/apt.8.en.html'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const { instruction, command } of runCommandsOf(stage)) {
        if (command.name === 'apt' && command.args.length > 0) report(findingAt(dockerfile, instruction, 'RUN uses apt; use apt-get in scripts', command.nameRange));
      }
    }
  },
});
