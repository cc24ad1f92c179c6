import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const jobTtlAfterFinished = defineKubeRule({
  id: 'BW-K8S-112',
  title: 'Job finished-object cleanup misconfigured',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K78', 'kube-linter:job-ttl-seconds-after-finished'],
  description:
    'A standalone Job without ttlSecondsAfterFinished stays in the cluster with its pods after it completes. Under a ' +
    'CronJob the TTL fights the history limits, deleting runs the CronJob meant to keep.',
  remediation: 'Set ttlSecondsAfterFinished on standalone Jobs; use successfulJobsHistoryLimit/failedJobsHistoryLimit on CronJobs.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/'],
  kinds: ['Job', 'CronJob'],
  check(obj, _ctx, report) {
    if (obj.kind === 'CronJob') {
      if (getPath(obj.body, ['spec', 'jobTemplate', 'spec', 'ttlSecondsAfterFinished']) !== undefined) {
        report({ message: `CronJob "${obj.name}" sets ttlSecondsAfterFinished in its job template`, path: ['spec', 'jobTemplate', 'spec', 'ttlSecondsAfterFinished'] });
      }
      return;
    }
    // Jobs created by a CronJob (seen on live clusters) are cleaned up by its history limits.
    const owners = asArray(getPath(obj.body, ['metadata', 'ownerReferences']));
    if (owners.some((o) => asObject(o)?.['kind'] === 'CronJob')) return;
    if (getPath(obj.body, ['spec', 'ttlSecondsAfterFinished']) !== undefined) return;
    report({ message: `Job "${obj.name}" has no ttlSecondsAfterFinished`, path: ['spec', 'ttlSecondsAfterFinished'] });
  },
});
