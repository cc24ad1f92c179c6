import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { capabilitiesOf } from './container-capabilities.js';
import { isLinuxContainer } from './linux-only.js';

export const capabilitiesNotDroppedAll = defineKubeRule({
  id: 'BW-K8S-013',
  title: 'Container does not drop all capabilities',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K13', 'trivy:KSV-0003', 'checkov:CKV_K8S_37', 'kubesec:CapDropAll', 'kubescape:C-0200', 'kubescape:C-0201'],
  description:
    'Container runtimes grant a default capability set (CHOWN, SETUID, NET_RAW, ...) that few programs need. ' +
    'Dropping ALL and adding back only what is required removes that attack surface.',
  remediation: 'Add `ALL` to `securityContext.capabilities.drop` and list needed capabilities under `add`.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const caps = capabilitiesOf(c);
      if (!caps.drop.some((e) => e.name === 'ALL')) {
        report({ message: `${c.type} "${c.name}" does not drop ALL capabilities`, path: caps.dropPath });
      }
    }
  },
});
