import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { namespaceOf, serviceAccountOf } from './pod-service-account.js';
import { findNamed } from './scan-index.js';

export const serviceAccountTokenAutomounted = defineKubeRule({
  id: 'BW-K8S-046',
  title: 'Service account token is mounted into the pod',
  severity: 'medium',
  category: 'access_control',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K46', 'trivy:KSV-0036', 'checkov:CKV_K8S_38', 'kics:service_account_token_automount_not_disabled',
    'kubesec:AutomountServiceAccountToken', 'polaris:automountServiceAccountToken', 'kubescape:C-0034', 'kubescape:C-0190', 'kubescape:C-0261',
  ],
  description:
    'Unless disabled, every container gets an API token for the pod\'s service account; anyone who compromises ' +
    'the container can then call the Kubernetes API with that account\'s rights.',
  remediation: 'Set `automountServiceAccountToken: false` on the pod (or its ServiceAccount) unless the program calls the API.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
  check(obj, ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    const own = pod.spec['automountServiceAccountToken'];
    if (own === false) return;
    const path = [...pod.path, 'automountServiceAccountToken'];
    if (own === true) {
      report({ message: `${obj.kind} "${obj.name}" explicitly mounts its service account token`, path });
      return;
    }
    // The pod field wins; when it is unset the ServiceAccount's own setting decides.
    const sa = serviceAccountOf(pod);
    if (findNamed(ctx, 'ServiceAccount', namespaceOf(obj), sa.name)?.body['automountServiceAccountToken'] === false) return;
    report({ message: `${obj.kind} "${obj.name}" does not disable the service account token mount`, path });
  },
});
