import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue, KubeObject } from '../../../inputs/kube-object.js';
import { createKubeRuleContext } from '../../kube-rule-context.js';
import { PLATFORM_RULES } from './index.js';

const KINDS = [...new Set(PLATFORM_RULES.flatMap((r) => r.kinds ?? ['ConfigMap']))];

// Arbitrary JSON where manifests hold structure: rules must treat any shape as "not matching", never throw.
const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;
const object = fc.record({
  kind: fc.constantFrom(...KINDS),
  metadata: fc.oneof(json, fc.record({ name: fc.string(), namespace: fc.option(fc.string(), { nil: undefined }), labels: json, annotations: json })),
  spec: json,
  rules: json,
  subjects: json,
  roleRef: json,
  data: json,
  aggregationRule: json,
});

function toKubeObject(raw: Record<string, unknown>): KubeObject {
  const body = JSON.parse(JSON.stringify({ apiVersion: 'v1', ...raw })) as JsonObject;
  const metadata = typeof body['metadata'] === 'object' && body['metadata'] !== null && !Array.isArray(body['metadata']) ? body['metadata'] : {};
  return {
    apiVersion: 'v1', kind: String(body['kind']),
    name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
    namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined,
    body, locate: () => undefined,
  };
}

describe('platform rules on malformed objects', () => {
  it('never throw, whatever shape the fields have', () => {
    fc.assert(fc.property(fc.array(object, { minLength: 1, maxLength: 6 }), (raws) => {
      const objects = raws.map(toKubeObject);
      const ctx = createKubeRuleContext(objects, false);
      for (const rule of PLATFORM_RULES) {
        for (const obj of objects) {
          if (rule.kinds && !rule.kinds.includes(obj.kind)) continue;
          expect(() => rule.check(obj, ctx, () => undefined), rule.id).not.toThrow();
        }
      }
    }), { numRuns: 300 });
  });
});

// Hand-picked wrong shapes at the depths random JSON rarely reaches.
const HOSTILE: Array<Record<string, unknown>> = [
  { kind: 'Deployment', metadata: { name: 'd', labels: ['x'] }, spec: { replicas: '3', selector: { matchLabels: 'app', matchExpressions: [null, { key: 1, operator: 'In', values: 'x' }] }, template: { metadata: { labels: { a: { b: 1 } } }, spec: { containers: [null, 5, { name: 1, ports: 'x' }, { ports: [null, { name: 7, containerPort: 'http' }] }], affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [null, { podAffinityTerm: 'x' }] } }, topologySpreadConstraints: [null, 'x'], dnsConfig: { options: 'x' } } } } },
  { kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: null, ttlSecondsAfterFinished: null } } } },
  { kind: 'Service', metadata: { name: 's' }, spec: { selector: ['a'], ports: [null, { targetPort: null }, { targetPort: { x: 1 } }, { targetPort: -1 }], loadBalancerSourceRanges: 'x', type: 'LoadBalancer' } },
  { kind: 'Ingress', metadata: { name: 'i', annotations: { 'nginx.ingress.kubernetes.io/auth-url': 5 } }, spec: { rules: [null, { http: { paths: [null, { backend: { service: { name: 3 } } }] } }], tls: 'x' } },
  { kind: 'NetworkPolicy', metadata: { name: 'n' }, spec: { podSelector: 'x', ingress: [null, { from: 'x' }, { from: [null, { podSelector: [] }] }], policyTypes: 'Ingress' } },
  { kind: 'ClusterRole', metadata: { name: 'r' }, rules: [null, 'x', { apiGroups: '*', resources: [1, null], verbs: { a: 1 } }], aggregationRule: { clusterRoleSelectors: [null, 'x', {}] } },
  { kind: 'ClusterRoleBinding', metadata: { name: 'b' }, roleRef: { kind: 'ClusterRole', name: 'r' }, subjects: [null, { kind: 'Group' }, { kind: 5, name: 'system:masters' }] },
  { kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { minAvailable: '150', maxUnavailable: null, selector: 'x' } },
  { kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: 'x', minReplicas: '1' } },
  { kind: 'ConfigMap', metadata: { name: 'cm' }, data: { '10-x.conflist': '{"plugins": [null, 5, {"type": 7}]}', 'y.conf': 'not json' } },
  { kind: 'Policy', metadata: { name: 'audit' }, rules: [null, { resources: 'x', level: 5 }] },
  { kind: 'PodSecurityPolicy', metadata: { name: 'psp', annotations: null }, spec: { runAsUser: { rule: 'MustRunAs', ranges: [null] }, allowedHostPaths: 'x', volumes: 'hostPath' } },
  { kind: 'StatefulSet', metadata: { name: 'st' }, spec: { serviceName: 5, volumeClaimTemplates: [null, { spec: 'x' }] } },
];

describe('platform rules on hand-picked hostile shapes', () => {
  it('never throw', () => {
    const objects = HOSTILE.map(toKubeObject);
    for (const live of [false, true]) {
      const ctx = createKubeRuleContext(objects, live);
      for (const rule of PLATFORM_RULES) {
        for (const obj of objects) {
          if (rule.kinds && !rule.kinds.includes(obj.kind)) continue;
          expect(() => rule.check(obj, ctx, () => undefined), `${rule.id} on ${obj.kind}`).not.toThrow();
        }
      }
    }
  });
});
