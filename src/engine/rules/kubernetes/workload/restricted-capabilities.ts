import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { capabilitiesOf } from './container-capabilities.js';
import { isLinuxContainer } from './linux-only.js';

export const restrictedCapabilities = defineKubeRule({
  id: 'BW-K8S-019',
  title: 'Capabilities do not meet the restricted Pod Security Standard',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K19', 'trivy:KSV-0106', 'kubescape:C-0200', 'kubescape:C-0201'],
  description:
    'The restricted profile admits a container only when it drops ALL capabilities and adds nothing but ' +
    'NET_BIND_SERVICE. A namespace enforcing that profile will reject this pod.',
  remediation: 'Drop `ALL` and limit `add` to `NET_BIND_SERVICE`.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const caps = capabilitiesOf(c);
      if (!caps.drop.some((e) => e.name === 'ALL')) {
        report({ message: `${c.type} "${c.name}" does not drop ALL, as the restricted profile requires`, path: caps.dropPath });
      }
      for (const cap of caps.add) {
        if (cap.name !== 'NET_BIND_SERVICE') {
          report({ message: `${c.type} "${c.name}" adds ${cap.name}; the restricted profile only allows NET_BIND_SERVICE`, path: cap.path });
        }
      }
    }
  },
});
