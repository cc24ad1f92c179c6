import { podSpecOf } from '../../../../inputs/pod-spec.js';
import { WORKLOAD_KINDS } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

export const noPriorityClass = defineKubeRule({
  id: 'BW-K8S-113',
  title: 'Pod template sets no priorityClassName',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K79', 'kube-linter:priority-class-name', 'polaris:priorityClassNotSet'],
  description:
    'Without a priority class every pod has the same priority, so under resource pressure the scheduler may ' +
    'preempt or starve important workloads in favour of batch jobs.',
  remediation: 'Set priorityClassName to a PriorityClass that reflects the workload\'s importance.',
  references: ['https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/'],
  kinds: WORKLOAD_KINDS,
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const pod = podSpecOf(obj);
    if (!pod || typeof pod.spec['priorityClassName'] === 'string') return;
    report({ message: `${obj.kind} "${obj.name}" sets no priorityClassName`, path: [...pod.path, 'priorityClassName'] });
  },
});
