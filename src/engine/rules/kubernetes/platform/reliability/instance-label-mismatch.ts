import { asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

const INSTANCE = 'app.kubernetes.io/instance';

export const instanceLabelMismatch = defineKubeRule({
  id: 'BW-K8S-120',
  title: 'app.kubernetes.io/instance label differs from the object name',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K85', 'polaris:metadataAndInstanceMismatched'],
  description:
    'Tools group objects by the recommended instance label; a value that is not the object\'s name (often a ' +
    'copy-paste leftover) misattributes it to another release.',
  remediation: 'Set app.kubernetes.io/instance to the object name (or the release it belongs to, consistently).',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/'],
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet'],
  check(obj, _ctx, report) {
    const instance = asString(getPath(obj.body, ['metadata', 'labels', INSTANCE]));
    // Absent is fine: the label is a recommendation, and flagging every unlabelled object would be noise.
    if (instance === undefined || instance === obj.name) return;
    report({ message: `${obj.kind} "${obj.name}" has ${INSTANCE}="${instance}"`, path: ['metadata', 'labels', INSTANCE] });
  },
});
