import { basename, commandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const sudoInRun = defineDockerfileRule({
  id: 'BW-DF-006',
  title: 'sudo used in RUN',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:D06', 'hadolint:DL3004', 'trivy:DS-0010', 'checkov:CKV2_DOCKER_1', 'kics:run_using_sudo'],
  description:
    'sudo in a build step means the image ships sudo and a sudoers setup that lets the runtime user become root, ' +
    'and its TTY and signal handling behaves unpredictably in containers.',
  remediation: 'Run root-only build steps before switching USER, or use gosu/su-exec at runtime; drop sudo from the image.',
  references: ['https://docs.docker.com/build/building/best-practices/#user', 'https://github.com/hadolint/hadolint/wiki/DL3004'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      for (const cmd of commandsOf(inst)) {
        if (basename(cmd.name) === 'sudo') report(findingAt(dockerfile, inst, 'RUN uses sudo', cmd.nameRange));
      }
    }
  },
});
