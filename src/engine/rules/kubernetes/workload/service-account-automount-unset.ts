import { defineKubeRule } from '../../define-rule.js';

export const serviceAccountAutomountUnset = defineKubeRule({
  id: 'BW-K8S-067',
  title: 'ServiceAccount does not disable token automounting',
  severity: 'low',
  category: 'access_control',
  kinds: ['ServiceAccount'],
  aliases: ['union:K46', 'kubescape:C-0034', 'kubescape:C-0190'],
  description:
    'A ServiceAccount without `automountServiceAccountToken: false` puts its token into every pod that uses it ' +
    'unless each pod opts out; disabling it on the account makes the safe choice the default.',
  remediation: 'Set `automountServiceAccountToken: false` on the ServiceAccount and opt in per pod where the API is needed.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
  check(obj, _ctx, report) {
    // Accounts of the control plane's own namespaces are created by Kubernetes and its add-ons.
    if (obj.namespace?.startsWith('kube-')) return;
    const value = obj.body['automountServiceAccountToken'];
    if (value === false) return;
    const how = value === true ? 'explicitly enables' : 'does not disable';
    report({ message: `ServiceAccount "${obj.name}" ${how} token automounting`, path: ['automountServiceAccountToken'] });
  },
});
