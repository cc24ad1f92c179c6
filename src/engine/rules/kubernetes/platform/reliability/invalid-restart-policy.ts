import { asString } from '../../../../inputs/kube-object.js';
import { podSpecOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

// What the API server accepts per kind; Jobs default to Always, which they reject, so unset is an error there.
const ALLOWED: Record<string, { values: readonly string[]; required: boolean }> = {
  Job: { values: ['OnFailure', 'Never'], required: true },
  CronJob: { values: ['OnFailure', 'Never'], required: true },
  Pod: { values: ['Always', 'OnFailure', 'Never'], required: false },
};
const CONTROLLER = { values: ['Always'], required: false };

export const invalidRestartPolicy = defineKubeRule({
  id: 'BW-K8S-111',
  title: 'restartPolicy missing or not valid for the workload kind',
  severity: 'low',
  category: 'workload',
  aliases: ['union:K77', 'kube-linter:restart-policy', 'kube-score:cronjob-restartpolicy'],
  description:
    'Jobs and CronJobs need restartPolicy OnFailure or Never; long-running controllers only accept Always. Any ' +
    'other value makes the API server reject the object.',
  remediation: 'Set restartPolicy to OnFailure or Never for Jobs/CronJobs, and leave it unset (Always) for controllers.',
  references: ['https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy'],
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'DeploymentConfig'],
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const pod = podSpecOf(obj);
    if (!pod) return;
    const rule = ALLOWED[obj.kind] ?? CONTROLLER;
    const value = asString(pod.spec['restartPolicy']);
    const path = [...pod.path, 'restartPolicy'];
    if (value === undefined) {
      if (rule.required) report({ message: `${obj.kind} "${obj.name}" does not set restartPolicy (needs ${rule.values.join(' or ')})`, path });
    } else if (!rule.values.includes(value)) {
      report({ message: `${obj.kind} "${obj.name}" restartPolicy ${value} is not allowed (use ${rule.values.join(' or ')})`, path });
    }
  },
});
