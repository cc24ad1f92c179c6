import { defineKubeRule } from '../../define-rule.js';

interface Removal {
  /** Kinds affected; `*` for every kind of the group version. */
  readonly kinds: readonly string[];
  readonly removedIn: string;
  readonly replacement: string;
}

// Served versions that Kubernetes removed (or deprecated for removal), from the deprecation guide.
const REMOVED: Record<string, readonly Removal[]> = {
  'extensions/v1beta1': [
    { kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
    { kinds: ['NetworkPolicy'], removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
    { kinds: ['PodSecurityPolicy'], removedIn: '1.16', replacement: 'Pod Security admission' },
    { kinds: ['Ingress'], removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
    { kinds: ['*'], removedIn: '1.22', replacement: 'the stable API group' },
  ],
  'apps/v1beta1': [{ kinds: ['*'], removedIn: '1.16', replacement: 'apps/v1' }],
  'apps/v1beta2': [{ kinds: ['*'], removedIn: '1.16', replacement: 'apps/v1' }],
  'batch/v1beta1': [{ kinds: ['CronJob'], removedIn: '1.25', replacement: 'batch/v1' }],
  'batch/v2alpha1': [{ kinds: ['*'], removedIn: '1.21', replacement: 'batch/v1' }],
  'networking.k8s.io/v1beta1': [{ kinds: ['Ingress', 'IngressClass'], removedIn: '1.22', replacement: 'networking.k8s.io/v1' }],
  'policy/v1beta1': [
    { kinds: ['PodDisruptionBudget'], removedIn: '1.25', replacement: 'policy/v1' },
    { kinds: ['PodSecurityPolicy'], removedIn: '1.25', replacement: 'Pod Security admission' },
  ],
  'autoscaling/v2beta1': [{ kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', replacement: 'autoscaling/v2' }],
  'autoscaling/v2beta2': [{ kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', replacement: 'autoscaling/v2' }],
  'rbac.authorization.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' }],
  'rbac.authorization.k8s.io/v1alpha1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' }],
  'apiextensions.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' }],
  'admissionregistration.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' }],
  'apiregistration.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' }],
  'certificates.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'certificates.k8s.io/v1' }],
  'coordination.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'coordination.k8s.io/v1' }],
  'scheduling.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' }],
  'scheduling.k8s.io/v1alpha1': [{ kinds: ['*'], removedIn: '1.17', replacement: 'scheduling.k8s.io/v1' }],
  'storage.k8s.io/v1beta1': [
    { kinds: ['CSIStorageCapacity'], removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
    { kinds: ['*'], removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  ],
  'discovery.k8s.io/v1beta1': [{ kinds: ['EndpointSlice'], removedIn: '1.25', replacement: 'discovery.k8s.io/v1' }],
  'events.k8s.io/v1beta1': [{ kinds: ['Event'], removedIn: '1.25', replacement: 'events.k8s.io/v1' }],
  'node.k8s.io/v1beta1': [{ kinds: ['RuntimeClass'], removedIn: '1.25', replacement: 'node.k8s.io/v1' }],
  'flowcontrol.apiserver.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' }],
  'flowcontrol.apiserver.k8s.io/v1beta2': [{ kinds: ['*'], removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' }],
  'flowcontrol.apiserver.k8s.io/v1beta3': [{ kinds: ['*'], removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' }],
  'authentication.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'authentication.k8s.io/v1' }],
  'authorization.k8s.io/v1beta1': [{ kinds: ['*'], removedIn: '1.22', replacement: 'authorization.k8s.io/v1' }],
};

export const deprecatedApiVersion = defineKubeRule({
  id: 'BW-K8S-065',
  title: 'Object uses a deprecated or removed API version',
  severity: 'medium',
  category: 'control_plane',
  aliases: [
    'union:K65', 'trivy:KSV-0107', 'kics:object_is_using_a_deprecated_api_version', 'kube-linter:no-extensions-v1beta',
    'kube-score:stable-version',
  ],
  description:
    'Manifests written against a removed API version fail to apply on current clusters, and tooling that still ' +
    'accepts them may silently drop fields (and security settings) the old version did not have.',
  remediation: 'Migrate the manifest to the stable API version named in the finding (`kubectl convert` can help).',
  references: ['https://kubernetes.io/docs/reference/using-api/deprecation-guide/'],
  check(obj, _ctx, report) {
    const removals = REMOVED[obj.apiVersion];
    const hit = removals?.find((r) => r.kinds.includes(obj.kind) || r.kinds.includes('*'));
    if (hit) {
      report({
        message: `${obj.kind} "${obj.name}" uses ${obj.apiVersion}, removed in Kubernetes ${hit.removedIn}; use ${hit.replacement}`,
        path: ['apiVersion'],
      });
    }
  },
});
