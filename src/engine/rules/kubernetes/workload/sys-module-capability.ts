import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { addsCapability, capabilitiesOf } from './container-capabilities.js';

export const sysModuleCapability = defineKubeRule({
  id: 'BW-K8S-018',
  title: 'Container adds CAP_SYS_MODULE',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K18', 'trivy:KSV-0120', 'kubescape:C-0046'],
  description:
    'SYS_MODULE lets the process load kernel modules into the shared node kernel, which is arbitrary code execution ' +
    'in ring 0 and a full node compromise.',
  remediation: 'Remove `SYS_MODULE` (and `ALL`) from `securityContext.capabilities.add`; load modules from node provisioning instead.',
  references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const hit = addsCapability(capabilitiesOf(c), 'SYS_MODULE');
      if (hit) report({ message: `${c.type} "${c.name}" adds ${hit.name === 'ALL' ? 'ALL capabilities (includes SYS_MODULE)' : 'SYS_MODULE'}`, path: hit.path });
    }
  },
});
