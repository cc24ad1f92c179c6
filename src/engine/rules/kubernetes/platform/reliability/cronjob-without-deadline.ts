import { getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const cronjobWithoutDeadline = defineKubeRule({
  id: 'BW-K8S-110',
  title: 'CronJob has no startingDeadlineSeconds',
  severity: 'low',
  category: 'workload',
  aliases: ['union:K76', 'kics:cronjob_deadline_not_configured', 'kube-score:cronjob-has-deadline'],
  description:
    'Without a starting deadline, a CronJob that missed many runs (controller down, suspended) counts every missed ' +
    'schedule and, past 100, stops being scheduled at all.',
  remediation: 'Set spec.startingDeadlineSeconds to how late a run may still start.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation'],
  kinds: ['CronJob'],
  check(obj, _ctx, report) {
    if (typeof getPath(obj.body, ['spec', 'startingDeadlineSeconds']) === 'number') return;
    report({ message: `CronJob "${obj.name}" has no startingDeadlineSeconds`, path: ['spec', 'startingDeadlineSeconds'] });
  },
});
