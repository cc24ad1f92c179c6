import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { capabilitiesOf } from './container-capabilities.js';
import { isLinuxContainer } from './linux-only.js';

export const noCapabilitiesDropped = defineKubeRule({
  id: 'BW-K8S-014',
  title: 'Container drops no capabilities at all',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K14', 'trivy:KSV-0004', 'kics:no_drop_capabilities_for_containers', 'kubesec:CapDropAny', 'kubescape:C-0200'],
  description:
    'An empty drop list keeps the whole default capability set of the runtime, including NET_RAW and SETUID, which ' +
    'attackers use for spoofing and privilege changes.',
  remediation: 'Drop capabilities in `securityContext.capabilities.drop`, preferably `ALL`.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const caps = capabilitiesOf(c);
      if (caps.drop.length === 0) report({ message: `${c.type} "${c.name}" drops no capabilities`, path: caps.dropPath });
    }
  },
});
