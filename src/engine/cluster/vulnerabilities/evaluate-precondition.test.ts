import { describe, expect, it } from 'vitest';
import { eksCluster } from '../../../../test/fixtures/clusters/eks-cluster.js';
import { kubeadmCluster } from '../../../../test/fixtures/clusters/kubeadm-cluster.js';
import { pod, podSpec, serviceAccount } from '../../../../test/fixtures/clusters/object-builders.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import type { ComponentInstance } from './component-instance.js';
import { evaluatePrecondition } from './evaluate-precondition.js';
import { parseComponentVersion } from './parse-component-version.js';

const apiserver: ComponentInstance = {
  component: 'kube-apiserver', version: parseComponentVersion('v1.29.3')!, confidence: 'exact', source: 'test', resources: [],
};
const withObjects = (s: ClusterSnapshot, ...objects: ClusterSnapshot['objects']): ClusterSnapshot => ({ ...s, objects: [...s.objects, ...objects] });

describe('evaluatePrecondition', () => {
  it('finds Localhost seccomp profiles at pod or container level', () => {
    const s = withObjects(kubeadmCluster(), pod('tuned', 'shop', 'worker-1', podSpec([{ name: 'c', image: 'x:1', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: '' } } }])));
    expect(evaluatePrecondition('seccomp_localhost_profile', s, apiserver)).toMatchObject({ status: 'met', resources: [expect.objectContaining({ name: 'tuned' })] });
    expect(evaluatePrecondition('seccomp_localhost_profile', kubeadmCluster(), apiserver).status).toBe('not_met');
  });

  it('finds service accounts enforcing mountable secrets', () => {
    const s = withObjects(kubeadmCluster(), serviceAccount('builder', 'ci', { 'kubernetes.io/enforce-mountable-secrets': 'true' }));
    expect(evaluatePrecondition('enforce_mountable_secrets', s, apiserver).status).toBe('met');
  });

  it('cannot decide API server flags on a managed control plane', () => {
    expect(evaluatePrecondition('image_policy_webhook', eksCluster(), apiserver)).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/not visible/) });
    expect(evaluatePrecondition('image_policy_webhook', kubeadmCluster(), apiserver).status).toBe('not_met');
  });

  it('says unknown, not "not met", when the objects it needs were unreadable', () => {
    const s: ClusterSnapshot = { ...kubeadmCluster(), objects: [], unreadable: [{ resource: 'pods', reason: 'forbidden' }, { resource: 'serviceaccounts', reason: 'forbidden' }] };
    expect(evaluatePrecondition('git_repo_volume', s, apiserver).status).toBe('unknown');
    expect(evaluatePrecondition('enforce_mountable_secrets', s, apiserver).status).toBe('unknown');
    expect(evaluatePrecondition('windows_node', s, apiserver).status).toBe('unknown');
  });
});
