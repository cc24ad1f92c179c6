import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { finalStage } from './support/stage-lineage.js';

export const userNotNumeric = defineDockerfileRule({
  id: 'BW-DF-063',
  title: 'Final USER is a name, not a numeric UID',
  severity: 'info',
  category: 'access_control',
  aliases: ['union:D63', 'hadolint:DL3066'],
  description: 'Kubernetes `runAsNonRoot` can only verify numeric users; with a user name the kubelet refuses to start the pod or cannot prove the user is not root.',
  remediation: 'Use the numeric UID (and GID): `USER 10001:10001`.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/', 'https://docs.docker.com/reference/dockerfile/#user'],
  check(dockerfile, report) {
    const stage = finalStage(dockerfile);
    const user = stage?.instructions.filter((i) => i.keyword === 'USER').pop();
    const arg = user?.args[0];
    if (!user || !arg) return;
    const name = arg.value.split(':')[0] ?? '';
    if (name !== '' && !/^\d+$/.test(name) && !name.startsWith('$') && name !== 'root') {
      report(findingAt(dockerfile, user, `USER "${arg.value}" is not numeric`, arg.range));
    }
  },
});
