import { describe, expect, it } from 'vitest';
import { parseClusterItemPayload, type ClusterItemPayload } from './cluster-item-payload.js';

const GOOD: ClusterItemPayload = {
  format: 1, scanType: 'risk_assessment', clusterVersion: 'v1.29.3', nodes: { total: 2, ready: 1 },
  risks: [{ id: 'BW-K8S-001', title: 't', severity: 'critical', category: 'node_escape', description: 'd', remediation: 'r',
    resources: [{ uid: 'u', name: 'web', kind: 'Deployment', namespace: 'shop', hitRule: 'm', paths: ['spec'], firstSeenAt: 5 }] }],
  vulnerabilities: [{ cveId: 'CVE-1', component: 'kubelet', installedVersion: '1.0.0', fixedVersions: [], severity: 'high', cvssScore: null,
    cvssVector: null, confidence: 'exact', title: 't', references: [], affectedNodes: ['n1'] }],
};

describe('parseClusterItemPayload', () => {
  it('reads back what was stored', () => {
    expect(parseClusterItemPayload(JSON.parse(JSON.stringify(GOOD)))).toEqual(GOOD);
  });

  it.each([
    ['null', null],
    ['another format', { ...GOOD, format: 2 }],
    ['an unknown scan type', { ...GOOD, scanType: 'other' }],
    ['a negative node count', { ...GOOD, nodes: { total: -1, ready: 0 } }],
    ['an unknown severity', { ...GOOD, risks: [{ ...GOOD.risks[0], severity: 'urgent' }] }],
    ['an unknown category', { ...GOOD, risks: [{ ...GOOD.risks[0], category: 'x' }] }],
    ['a resource without paths', { ...GOOD, risks: [{ ...GOOD.risks[0], resources: [{ ...GOOD.risks[0]!.resources[0], paths: 'spec' }] }] }],
    ['a non-object vulnerability', { ...GOOD, vulnerabilities: [7] }],
    ['a textual CVSS score', { ...GOOD, vulnerabilities: [{ ...GOOD.vulnerabilities[0], cvssScore: '9.8' }] }],
  ])('rejects %s with a typed error', (_, value) => {
    expect(() => parseClusterItemPayload(value)).toThrow(/stored cluster result is malformed/);
  });
});
