import { commandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const cdInRun = defineDockerfileRule({
  id: 'BW-DF-007',
  title: 'cd used in RUN instead of WORKDIR',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D07', 'hadolint:DL3003', 'trivy:DS-0013', 'kics:run_command_cd_instead_of_workdir'],
  description:
    'A `cd` lasts only for the RUN it is in; later instructions silently start elsewhere, which makes builds ' +
    'hard to read and easy to break.',
  remediation: 'Set the directory with WORKDIR (it persists for later instructions and is created if missing).',
  references: ['https://docs.docker.com/build/building/best-practices/#workdir', 'https://github.com/hadolint/hadolint/wiki/DL3003'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      for (const cmd of commandsOf(inst)) {
        if (cmd.name === 'cd') report(findingAt(dockerfile, inst, 'RUN changes directory with cd; use WORKDIR', cmd.nameRange));
      }
    }
  },
});
