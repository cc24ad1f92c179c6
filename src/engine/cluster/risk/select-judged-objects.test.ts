import { describe, expect, it } from 'vitest';
import { toLiveObject } from '../live-object.js';
import { deployment, obj } from '../testing/snapshot-of.js';
import { selectJudgedObjects } from './select-judged-objects.js';

const owned = (kind: string, name: string, ns: string, owner: { kind: string; name: string; uid?: string }, extra = {}) =>
  obj(kind === 'Pod' ? 'v1' : 'apps/v1', kind, name, ns, { spec: { containers: [{ name: 'c', image: 'x:1' }] } }, {
    ownerReferences: [{ apiVersion: 'apps/v1', kind: owner.kind, name: owner.name, ...(owner.uid ? { uid: owner.uid } : {}), controller: true }], ...extra,
  });

describe('selectJudgedObjects', () => {
  it('judges a Deployment once, not its ReplicaSet or replica pods', () => {
    const d = deployment('web', 'shop');
    const rs = owned('ReplicaSet', 'web-5d8f', 'shop', { kind: 'Deployment', name: 'web', uid: (d.metadata as { uid: string }).uid });
    const pods = [1, 2, 3].map((i) => owned('Pod', `web-5d8f-${i}`, 'shop', { kind: 'ReplicaSet', name: 'web-5d8f', uid: (rs.metadata as { uid: string }).uid }));
    const result = selectJudgedObjects([d, rs, ...pods].map(toLiveObject));
    expect(result.judged.map((o) => `${o.kind}/${o.name}`)).toEqual(['Deployment/web']);
    expect(result.podsViaController).toBe(3);
  });

  it('follows an uncollected ReplicaSet to its Deployment by name', () => {
    const pods = [1, 2].map((i) => owned('Pod', `web-5d8f-${i}`, 'shop', { kind: 'ReplicaSet', name: 'web-5d8f' }));
    const result = selectJudgedObjects([deployment('web', 'shop'), ...pods].map(toLiveObject));
    expect(result.judged.map((o) => o.kind)).toEqual(['Deployment']);
  });

  it('lets one pod stand in for an invisible controller and judges bare pods on their own', () => {
    const pods = [1, 2, 3].map((i) => owned('Pod', `db-${i}`, 'shop', { kind: 'StatefulSet', name: 'db' }));
    const bare = obj('v1', 'Pod', 'debug', 'shop', { spec: { containers: [] } });
    const result = selectJudgedObjects([...pods, bare].map(toLiveObject));
    expect(result.judged.map((o) => o.name)).toEqual(['db-1', 'debug']);
  });

  it('exempts control-plane static pods from the workload rules but keeps them for platform rules', () => {
    const apiserver = obj('v1', 'Pod', 'kube-apiserver-cp-1', 'kube-system', { spec: { containers: [] } }, {
      labels: { component: 'kube-apiserver', tier: 'control-plane' }, annotations: { 'kubernetes.io/config.mirror': 'abc' },
    });
    const userStatic = obj('v1', 'Pod', 'agent-cp-1', 'kube-system', { spec: { containers: [] } }, { annotations: { 'kubernetes.io/config.mirror': 'def' } });
    const result = selectJudgedObjects([apiserver, userStatic].map(toLiveObject));
    expect(result.judged).toHaveLength(2);
    expect([...result.workloadRulesExempt].map((o) => o.name)).toEqual(['kube-apiserver-cp-1']);
    expect(result.exempted.map((e) => e.resource.name)).toEqual(['kube-apiserver-cp-1']);
  });
});
