import { asObject, asString } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

const POLICY_CAPABLE = new Set(['calico', 'cilium', 'cilium-cni', 'weave-net', 'antrea', 'kube-router', 'canal', 'ovn-k8s-cni-overlay']);
// Chained helpers that never provide connectivity or policy; ignored when judging the main plugin.
const META = new Set(['portmap', 'bandwidth', 'tuning', 'firewall', 'sbr', 'loopback']);

function pluginTypes(text: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const conf = parsed as Record<string, unknown>;
  const list = Array.isArray(conf['plugins']) ? conf['plugins'] : [conf];
  return list.flatMap((p) => (typeof p === 'object' && p !== null && typeof (p as Record<string, unknown>)['type'] === 'string'
    ? [String((p as Record<string, unknown>)['type'])] : []));
}

export const cniWithoutNetworkPolicy = defineKubeRule({
  id: 'BW-K8S-214',
  title: 'CNI configuration has no NetworkPolicy support',
  severity: 'medium',
  category: 'network',
  aliases: ['union:X07', 'kics:cni_plugin_does_not_support_network_policies'],
  description:
    'Plugins such as flannel or bridge do not enforce NetworkPolicy: policies are accepted by the API server and ' +
    'silently ignored, so pods stay reachable from everywhere.',
  remediation: 'Use a policy-enforcing CNI (Calico, Cilium, Antrea, …) or chain one (Canal for flannel).',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#prerequisites'],
  kinds: ['ConfigMap'],
  check(obj, _ctx, report) {
    const data = asObject(obj.body['data']);
    if (!data) return;
    for (const [key, value] of Object.entries(data)) {
      const text = asString(value);
      if (!text || !/(\.conflist|\.conf|cni-conf\.json)$/.test(key)) continue;
      const types = pluginTypes(text)?.filter((t) => !META.has(t));
      if (!types || types.length === 0 || types.some((t) => POLICY_CAPABLE.has(t))) continue;
      report({ message: `ConfigMap "${obj.name}" ${key} uses CNI plugin ${types.join(', ')}, which does not enforce NetworkPolicy`, path: ['data', key] });
    }
  },
});
