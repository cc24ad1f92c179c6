import { asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isEmptySelector, labelSelectorSelects, labelsOf, mapSelects } from '../shared/label-selector.js';
import { podTemplateOf } from '../shared/pod-templates.js';

// ReplicationController and DeploymentConfig use a plain label map; the apps kinds a LabelSelector.
const MAP_SELECTOR_KINDS = new Set(['ReplicationController', 'DeploymentConfig']);

export const selectorMismatch = defineKubeRule({
  id: 'BW-K8S-100',
  title: 'Workload selector does not match its pod template labels',
  severity: 'medium',
  category: 'workload',
  aliases: [
    'union:K66', 'kube-linter:mismatching-selector', 'kube-score:deployment-pod-selector-labels-match-template-metadata-labels',
    'kube-score:statefulset-pod-selector-labels-match-template-metadata-labels',
  ],
  description:
    'A controller manages the pods its selector matches. If the template labels do not satisfy the selector the ' +
    'API server rejects the object, or (with older APIs) the controller keeps creating pods it never adopts.',
  remediation: 'Give the pod template every label the selector requires.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector'],
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'DeploymentConfig'],
  check(obj, _ctx, report) {
    const t = podTemplateOf(obj);
    const raw = getPath(obj.body, ['spec', 'selector']);
    if (!t || raw === undefined || raw === null) return;
    let ok: boolean;
    if (MAP_SELECTOR_KINDS.has(obj.kind)) {
      const sel = labelsOf(raw);
      ok = Object.keys(sel).length === 0 || mapSelects(sel, t.labels);
    } else {
      const sel = asObject(raw);
      // An empty selector is rejected by apps/v1, and would otherwise adopt every pod of the namespace.
      ok = sel !== undefined && !isEmptySelector(sel) && labelSelectorSelects(sel, t.labels);
    }
    if (!ok) report({ message: `${obj.kind} "${obj.name}" selector does not match its pod template labels`, path: ['spec', 'selector'] });
  },
});
