import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { capabilitiesOf } from './container-capabilities.js';
import { isLinuxContainer } from './linux-only.js';

// The one capability the restricted Pod Security Standard lets a container add back.
const ALLOWED = new Set(['NET_BIND_SERVICE']);

export const capabilitiesAdded = defineKubeRule({
  id: 'BW-K8S-015',
  title: 'Container adds Linux capabilities',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K15', 'trivy:KSV-0022', 'checkov:CKV_K8S_25', 'kics:containers_with_added_capabilities', 'polaris:insecureCapabilities',
    'polaris:dangerousCapabilities', 'kubescape:C-0046',
  ],
  description:
    'Every added capability widens what the process may ask of the kernel. Apart from binding low ports, extra ' +
    'capabilities should be a reviewed exception.',
  remediation: 'Remove entries from `securityContext.capabilities.add`, keeping at most `NET_BIND_SERVICE`.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      for (const cap of capabilitiesOf(c).add) {
        if (!ALLOWED.has(cap.name)) report({ message: `${c.type} "${c.name}" adds capability ${cap.name}`, path: cap.path });
      }
    }
  },
});
