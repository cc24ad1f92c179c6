import { asArray, asObject, asString } from '../../inputs/kube-object.js';
import { refOfObject } from '../risk/select-judged-objects.js';
import { defineClusterRule } from './define-cluster-rule.js';
import { rbacUnreadable } from './rbac-readable.js';

export const danglingBinding = defineClusterRule({
  id: 'BW-CL-017',
  title: 'Binding points at a role or service account that does not exist',
  severity: 'low',
  category: 'access_control',
  aliases: ['kubescape:C-0307'],
  description: 'A RoleBinding or ClusterRoleBinding names a role, or a service account subject, that is not in the cluster. Whoever later creates an object with that name silently receives the binding\'s rights.',
  remediation: 'Delete the binding, or recreate what it was meant for on purpose.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
  check(view, report, notEvaluated) {
    const unreadable = rbacUnreadable(view);
    if (unreadable !== undefined) return notEvaluated(unreadable);
    for (const binding of view.rbac.danglingBindings) {
      const ref = asObject(binding.body['roleRef']);
      report({ message: `${binding.kind} "${binding.name}" refers to ${asString(ref?.['kind']) ?? 'a role'} "${asString(ref?.['name']) ?? ''}", which does not exist`, resource: refOfObject(binding), path: 'roleRef' });
    }
    // Service accounts are listed cluster-wide, so one absent from a readable list is absent.
    if (view.unreadable('serviceaccounts') !== undefined) return;
    const accounts = new Set(view.byKind('ServiceAccount').map((sa) => `${sa.namespace ?? ''}/${sa.name}`));
    for (const binding of [...view.byKind('ClusterRoleBinding'), ...view.byKind('RoleBinding')]) {
      asArray(binding.body['subjects']).forEach((item, i) => {
        const s = asObject(item);
        if (asString(s?.['kind']) !== 'ServiceAccount') return;
        const ns = asString(s?.['namespace']) ?? binding.namespace ?? 'default';
        const name = asString(s?.['name']) ?? '';
        if (!accounts.has(`${ns}/${name}`)) {
          report({ message: `${binding.kind} "${binding.name}" binds service account ${ns}/${name}, which does not exist`, resource: refOfObject(binding), path: `subjects[${i}]` });
        }
      });
    }
  },
});
