import { describe, expect, it } from 'vitest';
import { eksCluster } from '../../../../test/fixtures/clusters/eks-cluster.js';
import { kubeadmCluster } from '../../../../test/fixtures/clusters/kubeadm-cluster.js';
import { node } from '../../../../test/fixtures/clusters/object-builders.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { detectDistribution } from './detect-distribution.js';

const bare = (gitVersion: string, objects: ClusterSnapshot['objects'] = []): ClusterSnapshot =>
  ({ schemaVersion: 1, collectedAt: 0, version: { gitVersion }, objects, kubeletConfigs: {}, unreadable: [] });

describe('detectDistribution', () => {
  it.each([
    [bare('v1.30.5-gke.1014001'), 'gke'],
    [bare('v1.28.9+k3s1'), 'k3s'],
    [bare('v1.27.10+rke2r1'), 'rke2'],
    [bare('v1.25.5-r0-25.1.27.6'), 'cce'],
    [bare('v1.29.2', [node('aks-nodepool1-1', { kubelet: 'v1.29.2', runtime: 'containerd://1.7.15-1', ip: '10.224.0.4', labels: { 'kubernetes.azure.com/cluster': 'MC_rg' } })]), 'aks'],
    [bare('v1.29.2', [node('n', { kubelet: 'v1.29.2', runtime: 'cri-o://1.29.1', ip: '10.0.0.1', labels: { 'node.openshift.io/os_id': 'rhcos' } })]), 'openshift'],
    [eksCluster(), 'eks'],
    [kubeadmCluster(), 'kubeadm'],
    [bare('v1.29.2'), 'unknown'],
  ])('%#: %s', (snapshot, expected) => {
    expect(detectDistribution(snapshot).distribution).toBe(expected);
  });
});
