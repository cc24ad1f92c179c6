import { describe, expect, it } from 'vitest';
import { toLiveObject } from '../live-object.js';
import { obj } from '../testing/snapshot-of.js';
import { findControlPlaneFlags, flagList, flagValue, parseFlags } from './control-plane-flags.js';

describe('parseFlags', () => {
  it('reads --flag=value, --flag value, bare switches and repeated flags (last wins)', () => {
    const flags = parseFlags(['kube-apiserver', '--a=1', '--b', '2', '--c', '--d=x', '--d=y']);
    expect(Object.fromEntries(flags)).toEqual({ a: ['1'], b: ['2'], c: ['true'], d: ['x', 'y'] });
  });
});

describe('findControlPlaneFlags', () => {
  it('finds components by label or binary name in kube-system mirror pods only', () => {
    const mirror = { annotations: { 'kubernetes.io/config.mirror': 'x' } };
    const pods = [
      obj('v1', 'Pod', 'kube-apiserver-cp', 'kube-system', { spec: { containers: [{ name: 'a', command: ['kube-apiserver', '--authorization-mode=Node,RBAC'] }] } }, { ...mirror, labels: { component: 'kube-apiserver' } }),
      obj('v1', 'Pod', 'etcd-cp', 'kube-system', { spec: { containers: [{ name: 'e', command: ['/usr/local/bin/etcd'], args: ['--client-cert-auth=true'] }] } }, mirror),
      obj('v1', 'Pod', 'fake-apiserver', 'default', { spec: { containers: [{ name: 'a', command: ['kube-apiserver', '--authorization-mode=AlwaysAllow'] }] } }, mirror),
    ].map(toLiveObject);
    const found = findControlPlaneFlags(pods);
    expect([...found.keys()].sort()).toEqual(['etcd', 'kube-apiserver']);
    expect(flagList(found.get('kube-apiserver')!, 'authorization-mode')).toEqual(['Node', 'RBAC']);
    expect(flagValue(found.get('etcd')!, 'client-cert-auth')).toBe('true');
  });
});
