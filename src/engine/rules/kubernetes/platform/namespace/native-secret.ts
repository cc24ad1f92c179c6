import { asArray, asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

// Secrets Kubernetes or Helm write themselves; an external store cannot replace them.
const MANAGED_TYPES = new Set(['kubernetes.io/service-account-token', 'helm.sh/release.v1', 'bootstrap.kubernetes.io/token']);

export const nativeSecret = defineKubeRule({
  id: 'BW-K8S-183',
  title: 'Secret managed as a native Kubernetes Secret',
  severity: 'info',
  category: 'secrets',
  aliases: ['union:Q04', 'kics:using_kubernetes_native_secret_management'],
  description:
    'Native Secrets are only base64-encoded in etcd and in manifests; an external secret manager (Vault, cloud KMS ' +
    'stores via External Secrets or the CSI driver) adds rotation, audit and encryption under your control.',
  remediation: 'Source the value from an external secret store; keep only a reference in the repository.',
  references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
  kinds: ['Secret'],
  check(obj, _ctx, report) {
    const type = asString(obj.body['type']);
    if (type !== undefined && MANAGED_TYPES.has(type)) return;
    // A Secret owned by another object (ExternalSecret, SealedSecret, cert-manager) is already managed externally.
    if (asArray(getPath(obj.body, ['metadata', 'ownerReferences'])).length > 0) return;
    report({ message: `Secret "${obj.name}" is a native Kubernetes Secret`, path: ['kind'] });
  },
});
