import { asObject, asString } from '../../inputs/kube-object.js';
import { namespaceWithoutNetworkPolicy } from '../rules/namespace-without-network-policy.js';
import type { ResourceRef } from '../../finding.js';
import { fail, fromResources, notApplicable, notEvaluated, pass, type BenchmarkControl } from './benchmark-control.js';

const POLICY_ENGINE = /kyverno|gatekeeper|kubewarden|jspolicy/i;
const WEBHOOK_LISTS = ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'].map((r) => `${r}.admissionregistration.k8s.io`);
// CNI plugins that enforce NetworkPolicy themselves; flannel alone does not.
const POLICY_CNI = /calico|cilium|weave|antrea|kube-router|canal|romana|aws-network-policy-agent|azure-npm|network-policy/i;

/** 5.2.1 (policy mechanism), 5.3.1 (CNI support) and 5.3.2 (policies per namespace). */
export function admissionControls(): BenchmarkControl[] {
  return [
    {
      id: 'CIS-5.2.1', title: 'At least one pod admission policy mechanism is active',
      evaluate({ view }) {
        const enforced = view.byKind('Namespace').filter((ns) => {
          const level = asString(asObject(asObject(ns.body['metadata'])?.['labels'])?.['pod-security.kubernetes.io/enforce']);
          return level === 'baseline' || level === 'restricted';
        });
        const engines = [...view.byKind('ValidatingWebhookConfiguration'), ...view.byKind('MutatingWebhookConfiguration')].filter((w) => POLICY_ENGINE.test(w.name));
        if (enforced.length > 0 || engines.length > 0) {
          const refs: ResourceRef[] = [...enforced, ...engines].map((o) => ({ kind: o.kind, name: o.name }));
          return pass(`${enforced.length} namespace(s) enforce Pod Security Admission; ${engines.length} policy engine webhook(s)`, refs);
        }
        const unreadable = WEBHOOK_LISTS.map((r) => view.unreadable(r)).find((r) => r !== undefined);
        if (unreadable !== undefined) return notEvaluated(`no namespace enforces Pod Security Admission and admission webhooks could not be read: ${unreadable}`);
        return fail('no namespace enforces a Pod Security Admission level and no policy engine webhook is installed', []);
      },
    },
    {
      id: 'CIS-5.3.1', title: 'The CNI plugin supports NetworkPolicies',
      evaluate({ view }) {
        const daemonSets = view.byKind('DaemonSet');
        const images = (d: (typeof daemonSets)[number]) => JSON.stringify(asObject(d.body['spec'])?.['template'] ?? {});
        const supporting = daemonSets.filter((d) => POLICY_CNI.test(d.name) || POLICY_CNI.test(images(d)));
        if (supporting.length > 0) return pass(`NetworkPolicy-capable CNI found: ${supporting.map((d) => d.name).join(', ')}`, supporting.map((d) => ({ kind: d.kind, name: d.name, ...(d.namespace ? { namespace: d.namespace } : {}) })));
        const flannel = daemonSets.filter((d) => /flannel/i.test(d.name));
        if (flannel.length > 0) return fail('flannel alone does not enforce NetworkPolicies', flannel.map((d) => ({ kind: d.kind, name: d.name, ...(d.namespace ? { namespace: d.namespace } : {}) })));
        return notApplicable('manual review: the CNI plugin could not be identified from DaemonSets');
      },
    },
    {
      id: 'CIS-5.3.2', title: 'Every namespace has NetworkPolicies',
      evaluate({ view }) {
        const found: ResourceRef[] = [];
        let skipped: string | undefined;
        namespaceWithoutNetworkPolicy.check(view, (f) => found.push(f.resource), (reason) => { skipped = reason; });
        if (skipped !== undefined) return notEvaluated(skipped);
        return fromResources(found, 'namespaces with workloads have no NetworkPolicy', 'every namespace with workloads has a NetworkPolicy');
      },
    },
  ];
}
