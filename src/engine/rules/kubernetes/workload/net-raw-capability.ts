import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { addsCapability, capabilitiesOf, dropsCapability } from './container-capabilities.js';
import { isLinuxContainer } from './linux-only.js';

export const netRawCapability = defineKubeRule({
  id: 'BW-K8S-017',
  title: 'Container keeps or adds NET_RAW',
  severity: 'medium',
  category: 'network',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K17', 'trivy:KSV-0119', 'checkov:CKV_K8S_28', 'kics:net_raw_capabilities_not_being_dropped', 'kube-linter:drop-net-raw-capability',
    'polaris:insecureCapabilities', 'kubescape:C-0046',
  ],
  description:
    'NET_RAW is in the default capability set of most runtimes and allows crafting raw packets: ARP and DNS spoofing ' +
    'of neighbouring pods on the same node. Few programs besides ping need it.',
  remediation: 'Add `NET_RAW` (or `ALL`) to `securityContext.capabilities.drop` and do not add it back.',
  references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const caps = capabilitiesOf(c);
      const added = addsCapability(caps, 'NET_RAW');
      if (added) report({ message: `${c.type} "${c.name}" adds ${added.name === 'ALL' ? 'ALL capabilities (includes NET_RAW)' : 'NET_RAW'}`, path: added.path });
      else if (!dropsCapability(caps, 'NET_RAW')) report({ message: `${c.type} "${c.name}" does not drop NET_RAW`, path: caps.dropPath });
    }
  },
});
