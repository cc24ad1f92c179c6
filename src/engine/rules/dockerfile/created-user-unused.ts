import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { finalStage } from './support/stage-lineage.js';

const USER_ADDERS = new Set(['useradd', 'adduser']);

export const createdUserUnused = defineDockerfileRule({
  id: 'BW-DF-072',
  title: 'User created but never switched to',
  severity: 'low',
  category: 'access_control',
  aliases: ['union:D72', 'checkov:CKV_DOCKER_3'],
  description: 'The final stage creates an account but no later USER switches to it, so the effort is wasted and the container still runs as root.',
  remediation: 'Add `USER <that user>` after creating it (and after the steps that need root).',
  references: ['https://docs.docker.com/reference/dockerfile/#user'],
  check(dockerfile, report) {
    const stage = finalStage(dockerfile);
    if (!stage) return;
    const adds = runCommandsOf(stage).filter((r) => USER_ADDERS.has(r.command.name));
    const last = adds[adds.length - 1];
    if (!last) return;
    const after = stage.instructions.slice(stage.instructions.indexOf(last.instruction) + 1);
    if (after.some((i) => i.keyword === 'USER')) return;
    report(findingAt(dockerfile, last.instruction, `${last.command.name} creates a user but the stage never switches to it`, last.command.nameRange));
  },
});
