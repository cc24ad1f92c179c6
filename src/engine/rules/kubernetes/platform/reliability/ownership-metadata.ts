import { asString, getPath } from '../../../../inputs/kube-object.js';
import { WORKLOAD_KINDS } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const ownershipMetadata = defineKubeRule({
  id: 'BW-K8S-119',
  title: 'Workload has no owner label or contact e-mail annotation',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K85', 'kube-linter:required-label-owner', 'kube-linter:required-annotation-email'],
  description:
    'When an incident involves a workload, responders need to know who runs it. An `owner` label or an `email` ' +
    'annotation (with a valid address) records that.',
  remediation: 'Add metadata.labels.owner or metadata.annotations.email with a team address.',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/'],
  kinds: WORKLOAD_KINDS,
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const owner = getPath(obj.body, ['metadata', 'labels', 'owner']);
    const email = asString(getPath(obj.body, ['metadata', 'annotations', 'email']));
    if (email !== undefined && !EMAIL.test(email)) {
      report({ message: `${obj.kind} "${obj.name}" email annotation "${email}" is not an e-mail address`, path: ['metadata', 'annotations', 'email'] });
      return;
    }
    if (owner === undefined && email === undefined) {
      report({ message: `${obj.kind} "${obj.name}" names no owner (label owner or annotation email)`, path: ['metadata', 'labels'] });
    }
  },
});
