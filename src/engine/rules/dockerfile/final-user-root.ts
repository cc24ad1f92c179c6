import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { finalStage, lastInLineage } from './support/stage-lineage.js';

export const finalUserRoot = defineDockerfileRule({
  id: 'BW-DF-001',
  title: 'Image runs as root',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:D01', 'hadolint:DL3002', 'trivy:DS-0002', 'checkov:CKV_DOCKER_8', 'kics:last_user_is_root', 'kics:missing_user_instruction'],
  description:
    'The final stage of the image either never switches away from root or switches back to it last. Containers ' +
    'started from the image then run as UID 0, so any compromise of the process starts with full rights inside ' +
    'the container and a short path to the host.',
  remediation: 'Create an unprivileged user and end the final stage with `USER <name or uid>` (a non-zero UID).',
  references: ['https://docs.docker.com/reference/dockerfile/#user', 'https://github.com/hadolint/hadolint/wiki/DL3002'],
  check(dockerfile, report) {
    const stage = finalStage(dockerfile);
    if (!stage) return;
    const user = lastInLineage(dockerfile, stage, 'USER');
    if (!user) {
      report(findingAt(dockerfile, stage.from, 'the final stage has no USER instruction, so the image runs as root', stage.from.keywordRange));
      return;
    }
    const arg = user.args[0];
    const name = arg?.value.split(':')[0] ?? '';
    if (arg && (name === 'root' || name === '0')) report(findingAt(dockerfile, user, `the last USER of the final stage is "${arg.value}"`, arg.range));
  },
});
