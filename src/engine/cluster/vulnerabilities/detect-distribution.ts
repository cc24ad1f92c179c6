import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { asString, getPath } from '../../inputs/kube-object.js';
import { parseComponentVersion, type VendorBuild } from './parse-component-version.js';
import { labelsOf, objectsOfKind } from './snapshot-objects.js';

export type Distribution = Exclude<VendorBuild, 'other'> | 'kubeadm' | 'unknown';

export interface DistributionGuess {
  readonly distribution: Distribution;
  /** What the guess rests on, for the report. */
  readonly evidence: string;
}

/** Distributions whose core components are rebuilt by the provider. */
export function isVendorDistribution(d: Distribution): boolean {
  return d !== 'kubeadm' && d !== 'unknown';
}

/** Guesses who built the cluster, from the API server version, then node metadata, then kubeadm traces. */
export function detectDistribution(snapshot: ClusterSnapshot): DistributionGuess {
  const git = snapshot.version?.gitVersion;
  const vendor = git === undefined ? undefined : parseComponentVersion(git)?.vendor;
  if (vendor !== undefined && vendor !== 'other') return { distribution: vendor, evidence: `version ${git}` };
  for (const node of objectsOfKind(snapshot, 'Node')) {
    const labels = labelsOf(node);
    const providerId = asString(getPath(node, ['spec', 'providerID'])) ?? '';
    const kubelet = asString(getPath(node, ['status', 'nodeInfo', 'kubeletVersion']));
    const kubeletVendor = kubelet === undefined ? undefined : parseComponentVersion(kubelet)?.vendor;
    if (kubeletVendor !== undefined && kubeletVendor !== 'other') return { distribution: kubeletVendor, evidence: `kubelet ${kubelet}` };
    const keys = Object.keys(labels);
    if (keys.some((k) => k.startsWith('eks.amazonaws.com/'))) return { distribution: 'eks', evidence: 'eks.amazonaws.com node labels' };
    if (keys.some((k) => k.startsWith('cloud.google.com/gke-'))) return { distribution: 'gke', evidence: 'cloud.google.com/gke-* node labels' };
    if (keys.some((k) => k.startsWith('kubernetes.azure.com/'))) return { distribution: 'aks', evidence: 'kubernetes.azure.com node labels' };
    if (keys.some((k) => k.startsWith('node.openshift.io/'))) return { distribution: 'openshift', evidence: 'node.openshift.io node labels' };
    if (providerId.startsWith('aws://')) return { distribution: 'eks', evidence: 'aws:// provider id' };
    if (providerId.startsWith('gce://')) return { distribution: 'gke', evidence: 'gce:// provider id' };
    if (providerId.startsWith('azure://')) return { distribution: 'aks', evidence: 'azure:// provider id' };
  }
  const kubeadm = snapshot.objects.some((o) =>
    (o.kind === 'ConfigMap' && asString(getPath(o, ['metadata', 'name'])) === 'kubeadm-config') ||
    (o.kind === 'Pod' && getPath(o, ['metadata', 'annotations', 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint']) !== undefined));
  if (kubeadm) return { distribution: 'kubeadm', evidence: 'kubeadm-config ConfigMap or kubeadm static pod annotations' };
  return { distribution: 'unknown', evidence: 'no provider markers found' };
}
