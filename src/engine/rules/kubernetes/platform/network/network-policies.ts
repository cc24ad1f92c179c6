import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';

/**
 * The directions a NetworkPolicy isolates. Without policyTypes, Kubernetes assumes Ingress,
 * plus Egress when the policy has egress rules.
 */
export function policyTypesOf(policy: KubeObject): Set<string> {
  const declared = asArray(getPath(policy.body, ['spec', 'policyTypes'])).filter((t): t is string => typeof t === 'string');
  if (declared.length > 0) return new Set(declared);
  const types = new Set(['Ingress']);
  if (asObject(policy.body['spec'])?.['egress'] !== undefined) types.add('Egress');
  return types;
}
