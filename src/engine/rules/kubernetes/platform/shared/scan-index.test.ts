import { describe, expect, it } from 'vitest';
import type { JsonObject, KubeObject } from '../../../../inputs/kube-object.js';
import { createKubeRuleContext } from '../../../kube-rule-context.js';
import { memoizeForScan, objectsInNamespace, templatesMatchingMap, templatesMatchingSelector } from './scan-index.js';

function obj(kind: string, name: string, namespace: string | undefined, extra: JsonObject = {}): KubeObject {
  const metadata: JsonObject = namespace ? { name, namespace } : { name };
  const body: JsonObject = { apiVersion: 'v1', kind, metadata, ...extra };
  return { apiVersion: 'v1', kind, name, namespace, body, locate: () => undefined };
}
const deployment = (name: string, ns: string | undefined, labels: JsonObject) =>
  obj('Deployment', name, ns, { spec: { template: { metadata: { labels }, spec: { containers: [] } } } });

describe('scan index', () => {
  const web = deployment('web', undefined, { app: 'web', tier: 'front' });
  const api = deployment('api', 'shop', { app: 'api', tier: 'front' });
  const pod = obj('Pod', 'debug', 'shop', { metadata: { name: 'debug', namespace: 'shop', labels: { app: 'api' } }, spec: { containers: [] } });
  const ctx = createKubeRuleContext([web, api, pod, obj('Service', 'web', undefined)], false);

  it('matches map selectors through the label index, per namespace', () => {
    expect(templatesMatchingMap(ctx, 'default', { app: 'web' }).map((t) => t.obj)).toEqual([web]);
    expect(templatesMatchingMap(ctx, 'shop', { app: 'web' })).toEqual([]);
    expect(templatesMatchingMap(ctx, 'shop', { app: 'api' }).map((t) => t.obj.name).sort()).toEqual(['api', 'debug']);
    expect(templatesMatchingMap(ctx, 'shop', { app: 'api', tier: 'front' }).map((t) => t.obj)).toEqual([api]);
    expect(templatesMatchingMap(ctx, 'default', {})).toEqual([]);
  });

  it('matches LabelSelectors with or without matchLabels', () => {
    expect(templatesMatchingSelector(ctx, 'shop', { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }).map((t) => t.obj)).toEqual([pod]);
    expect(templatesMatchingSelector(ctx, 'shop', {}).length).toBe(2);
    expect(objectsInNamespace(ctx, 'Service', 'default').map((o) => o.name)).toEqual(['web']);
  });

  it('memoizes per scan, never across scans', () => {
    let calls = 0;
    const compute = () => ++calls;
    expect(memoizeForScan(ctx, 'k', compute)).toBe(1);
    expect(memoizeForScan(ctx, 'k', compute)).toBe(1);
    expect(memoizeForScan(createKubeRuleContext([], false), 'k', compute)).toBe(2);
  });
});
