import { describe, expect, it } from 'vitest';
import { ALIAS_TOOLS } from '../../define-rule.js';
import type { KubeRule } from '../../define-rule.js';
import type { JsonObject, KubeObject } from '../../../inputs/kube-object.js';
import { createKubeRuleContext } from '../../kube-rule-context.js';
import { runKubeRule } from '../../testing/run-kube-rule.js';
import { WORKLOAD_RULES } from './index.js';
import { missingServiceAccount } from './missing-service-account.js';
import { secretManifestWithData } from './secret-manifest-with-data.js';
import { sharedServiceAccount } from './shared-service-account.js';
import { untrustedRegistry } from './untrusted-registry.js';

/** An object as the cluster collector delivers it: no source, no ranges. */
function liveObject(body: JsonObject): KubeObject {
  const metadata = body['metadata'] as JsonObject;
  return {
    apiVersion: body['apiVersion'] as string,
    kind: body['kind'] as string,
    name: metadata['name'] as string,
    namespace: metadata['namespace'] as string | undefined,
    body,
    locate: () => undefined,
  };
}

function runLive(rule: KubeRule, objects: KubeObject[]): string[] {
  const ctx = createKubeRuleContext(objects, true);
  const messages: string[] = [];
  for (const obj of objects) {
    if (rule.kinds && !rule.kinds.includes(obj.kind)) continue;
    rule.check(obj, ctx, (f) => messages.push(f.message));
  }
  return messages;
}

const pod = (name: string, spec: JsonObject, metadata: JsonObject = {}): KubeObject =>
  liveObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'apps', ...metadata }, spec });

describe('workload rule metadata', () => {
  it('uses unique ids in the BW-K8S-001..099 range, listed in id order', () => {
    const ids = WORKLOAD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^BW-K8S-0\d\d$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('gives every rule complete metadata and well-formed aliases', () => {
    for (const rule of WORKLOAD_RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.description.length, rule.id).toBeGreaterThan(60);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(20);
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
      for (const ref of rule.references) expect(ref, rule.id).toMatch(/^https:\/\//);
      for (const alias of rule.aliases) {
        const [tool, ...rest] = alias.split(':');
        expect(ALIAS_TOOLS as readonly string[], `${rule.id} ${alias}`).toContain(tool);
        expect(rest.join(':'), `${rule.id} ${alias}`).not.toBe('');
      }
      expect(rule.kinds === undefined || rule.kinds.length > 0, rule.id).toBe(true);
    }
  });

  it('covers every union idea K01..K65, and each rule names exactly one union row', () => {
    for (const rule of WORKLOAD_RULES) expect(rule.aliases.filter((a) => a.startsWith('union:')), rule.id).toHaveLength(1);
    const unions = new Set(WORKLOAD_RULES.flatMap((r) => r.aliases.filter((a) => a.startsWith('union:'))));
    for (let i = 1; i <= 65; i++) expect(unions, `K${i}`).toContain(`union:K${String(i).padStart(2, '0')}`);
  });
});

describe('trusted registries (BW-K8S-041)', () => {
  const manifest = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: docker.io/library/nginx:1.27\n';

  it('stays silent when no trusted registry is configured', () => {
    expect(runKubeRule(untrustedRegistry, manifest)).toEqual([]);
    expect(runKubeRule(untrustedRegistry, manifest, { trustedRegistries: [] })).toEqual([]);
  });

  it('treats unqualified images as Docker Hub', () => {
    const unqualified = manifest.replace('docker.io/library/nginx', 'nginx');
    expect(runKubeRule(untrustedRegistry, unqualified, { trustedRegistries: ['docker.io'] })).toEqual([]);
    expect(runKubeRule(untrustedRegistry, unqualified, { trustedRegistries: ['quay.io'] })).toHaveLength(1);
  });
});

describe('behaviour on live clusters', () => {
  it('does not report Secret data read from a cluster, where every Secret has data', () => {
    const secret = liveObject({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'apps' }, data: { k: 'dg==' } });
    expect(runLive(secretManifestWithData, [secret])).toEqual([]);
  });

  it('judges service account references only when the snapshot could read ServiceAccounts', () => {
    const ghost = pod('p', { serviceAccountName: 'ghost', containers: [] });
    expect(runLive(missingServiceAccount, [ghost])).toEqual([]);
    const account = liveObject({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'apps' } });
    expect(runLive(missingServiceAccount, [ghost, account])).toHaveLength(1);
  });

  it('does not count controller-owned pods as extra users of a service account', () => {
    const deployment = liveObject({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps' },
      spec: { template: { spec: { serviceAccountName: 'web', containers: [] } } },
    });
    const owned = pod('web-abc', { serviceAccountName: 'web', containers: [] }, { ownerReferences: [{ kind: 'ReplicaSet', name: 'web-1' }] });
    expect(runLive(sharedServiceAccount, [deployment, owned])).toEqual([]);
    const other = pod('manual', { serviceAccountName: 'web', containers: [] });
    expect(runLive(sharedServiceAccount, [deployment, owned, other])).toHaveLength(2);
  });
});

describe('robustness', () => {
  it('never throws on workloads with missing or mistyped fields', () => {
    const odd = [
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: null\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers: "nope"\n  volumes: {x: 1}\n  securityContext: []\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: c}\nspec:\n  containers:\n    - 42\n    - name: x\n      image: 7\n      ports: [null, {containerPort: "80"}]\n      env: [{name: 1}, null, {value: 2}]\n      securityContext: {capabilities: {add: [1, null], drop: "ALL"}}\n      resources: {limits: [], requests: "x"}\n',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {template: {spec: {volumes: [{name: v, hostPath: {path: 3}}], containers: [{name: c, volumeMounts: [{name: v, subPath: 5}]}]}}}\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: e}\ndata: [1, 2]\n',
      'apiVersion: v1\nkind: Secret\nmetadata: {name: f}\ndata: "abc"\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: g}\nspec: {ports: "22", selector: null}\n',
    ];
    for (const rule of WORKLOAD_RULES) {
      for (const text of odd) expect(() => runKubeRule(rule, text), `${rule.id}`).not.toThrow();
    }
  });
});
