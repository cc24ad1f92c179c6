import { asObject, asString } from '../../inputs/kube-object.js';
import { defineClusterRule } from './define-cluster-rule.js';

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
const ENGINE = /kyverno|gatekeeper|kubewarden|jspolicy|polaris|datree|opa/i;
const WEBHOOK_LISTS = ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'].map((r) => `${r}.admissionregistration.k8s.io`);

export const noAdmissionPolicy = defineClusterRule({
  id: 'BW-CL-013',
  title: 'Namespace admits pods without any security policy',
  severity: 'medium',
  category: 'workload',
  aliases: ['kubescape:C-0192', 'cis:5.2.1'],
  description: 'The namespace has no Pod Security Admission enforce label and the cluster runs no policy engine (Kyverno, Gatekeeper, Kubewarden, …) webhook: anyone allowed to create pods there can create privileged ones.',
  remediation: 'Label the namespace pod-security.kubernetes.io/enforce=baseline (or restricted), or install a policy engine.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-admission/'],
  check(view, report, notEvaluated) {
    const webhooks = [...view.byKind('ValidatingWebhookConfiguration'), ...view.byKind('MutatingWebhookConfiguration')];
    if (webhooks.some((w) => ENGINE.test(w.name))) return;
    const unreadable = WEBHOOK_LISTS.map((r) => view.unreadable(r)).find((r) => r !== undefined);
    const namespaces = view.byKind('Namespace').filter((ns) => {
      if (SYSTEM_NAMESPACES.has(ns.name)) return false;
      const labels = asObject(asObject(ns.body['metadata'])?.['labels']);
      const enforce = asString(labels?.['pod-security.kubernetes.io/enforce']);
      return enforce === undefined || enforce === 'privileged';
    });
    if (namespaces.length === 0) return;
    if (unreadable !== undefined) return notEvaluated(`admission webhooks could not be read (a policy engine may be installed): ${unreadable}`);
    for (const ns of namespaces) {
      report({ message: `namespace "${ns.name}" enforces no Pod Security level and no policy engine webhook is installed`, resource: { kind: 'Namespace', name: ns.name }, path: 'metadata.labels' });
    }
  },
});
