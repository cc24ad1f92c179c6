import { describe, expect, it } from 'vitest';
import { createClusterView } from '../cluster-view.js';
import { deployment, obj, snapshotOf } from '../testing/snapshot-of.js';

const reasons = (objects: Parameters<typeof snapshotOf>[0]) => {
  const view = createClusterView(snapshotOf(objects), 0);
  return Object.fromEntries([...view.exposure.exposed].map(([w, r]) => [w.name, r]));
};

describe('buildExposureIndex', () => {
  it('follows Ingress → Service → pod template, and NodePort/LoadBalancer/externalIPs selectors', () => {
    expect(reasons([
      deployment('web', 'shop'), deployment('api', 'shop'), deployment('db', 'shop'), deployment('cache', 'shop'),
      obj('v1', 'Service', 'web', 'shop', { spec: { type: 'ClusterIP', selector: { app: 'web' } } }),
      obj('networking.k8s.io/v1', 'Ingress', 'public', 'shop', { spec: { rules: [{ http: { paths: [{ backend: { service: { name: 'web' } } }] } }] } }),
      obj('v1', 'Service', 'api', 'shop', { spec: { type: 'NodePort', selector: { app: 'api' } } }),
      obj('v1', 'Service', 'cache', 'shop', { spec: { type: 'ClusterIP', selector: { app: 'cache' }, externalIPs: ['1.2.3.4'] } }),
      obj('v1', 'Service', 'db', 'shop', { spec: { type: 'ClusterIP', selector: { app: 'db' } } }),
    ])).toEqual({
      web: ['Ingress "public" via Service "web"'],
      api: ['NodePort Service "api"'],
      cache: ['Service "cache" with externalIPs'],
    });
  });

  it('matches Services only within their namespace and counts the host network', () => {
    expect(reasons([
      deployment('web', 'shop'), deployment('agent', 'ops', { hostNetwork: true }),
      obj('v1', 'Service', 'web', 'other', { spec: { type: 'LoadBalancer', selector: { app: 'web' } } }),
    ])).toEqual({ agent: ['host network'] });
  });

  it('ignores Services without a selector (they select nothing)', () => {
    expect(reasons([deployment('web', 'shop'), obj('v1', 'Service', 'ext', 'shop', { spec: { type: 'LoadBalancer' } })])).toEqual({});
  });
});
