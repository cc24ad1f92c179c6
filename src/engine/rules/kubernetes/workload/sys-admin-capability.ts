import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { addsCapability, capabilitiesOf } from './container-capabilities.js';

export const sysAdminCapability = defineKubeRule({
  id: 'BW-K8S-016',
  title: 'Container adds CAP_SYS_ADMIN',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K16', 'trivy:KSV-0005', 'checkov:CKV_K8S_39', 'kics:containers_with_sys_admin_capabilities', 'kubesec:CapSysAdmin',
    'polaris:dangerousCapabilities', 'kubescape:C-0046',
  ],
  description:
    'SYS_ADMIN covers mounting filesystems, namespaces, BPF and much more; with it the known container escapes ' +
    '(cgroup release_agent, mounting the host disk) become available. Adding ALL includes it.',
  remediation: 'Remove `SYS_ADMIN` (and `ALL`) from `securityContext.capabilities.add`; grant the narrow capability actually needed.',
  references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const hit = addsCapability(capabilitiesOf(c), 'SYS_ADMIN');
      if (hit) report({ message: `${c.type} "${c.name}" adds ${hit.name === 'ALL' ? 'ALL capabilities (includes SYS_ADMIN)' : 'SYS_ADMIN'}`, path: hit.path });
    }
  },
});
