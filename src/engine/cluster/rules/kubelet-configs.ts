import type { JsonObject } from '../../inputs/kube-object.js';
import { asObject } from '../../inputs/kube-object.js';
import type { ClusterView } from '../cluster-view.js';

/** The `kubeletconfig` object of each node's configz, by node name. */
export function kubeletConfigsOf(view: ClusterView): Array<[string, JsonObject]> {
  return Object.entries(view.snapshot.kubeletConfigs).flatMap(([node, configz]): Array<[string, JsonObject]> => {
    const config = asObject(configz['kubeletconfig']) ?? configz;
    return [[node, config]];
  });
}

/** Why no kubelet configuration is in the snapshot. */
export function kubeletConfigMissingReason(view: ClusterView): string {
  const denied = view.snapshot.unreadable.find((u) => u.resource.includes('proxy/configz') || u.resource.startsWith('nodes/proxy'));
  if (denied) return `no permission for nodes/proxy (${denied.reason})`;
  return 'kubelet configuration was not collected (snapshot taken without --kubelet-config)';
}
