import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const chpasswdInRun = defineDockerfileRule({
  id: 'BW-DF-069',
  title: 'Password set with chpasswd during the build',
  severity: 'medium',
  category: 'secrets',
  aliases: ['union:D69', 'checkov:CKV2_DOCKER_17'],
  description: 'A password set in a RUN is written in clear text into the build history and gives every container from the image the same known login.',
  remediation: 'Do not set passwords in images; lock accounts (`passwd -l`) and use keys or orchestrator-provided credentials at runtime.',
  references: ['https://docs.docker.com/build/building/secrets/'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        if (r.command.name === 'chpasswd') report(findingAt(dockerfile, r.instruction, 'chpasswd sets a password inside the image', r.command.nameRange));
      }
    }
  },
});
