import { BulwarkError } from '../../domain/errors.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import type { JsonObject } from '../../engine/inputs/kube-object.js';

const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(field: string, reason: string): never {
  throw new BulwarkError('invalid_parameter', `Invalid cluster snapshot: ${field} ${reason}`, { field });
}

/**
 * Checks a snapshot read from a file (or received over the API) before any check sees it:
 * the shape of every top-level field and of every object's identity.
 */
export function parseClusterSnapshot(value: unknown): ClusterSnapshot {
  if (!isObj(value)) fail('$', 'must be a JSON object');
  if (value.schemaVersion !== 1) fail('schemaVersion', `must be 1 (got ${JSON.stringify(value.schemaVersion ?? null)})`);
  const collectedAt = value.collectedAt;
  if (typeof collectedAt !== 'number' || !Number.isFinite(collectedAt) || collectedAt < 0) fail('collectedAt', 'must be epoch milliseconds');
  let version: ClusterSnapshot['version'] = null;
  if (value.version !== null) {
    if (!isObj(value.version) || typeof value.version.gitVersion !== 'string') fail('version', 'must be null or {gitVersion: string}');
    const platform = value.version.platform;
    if (platform !== undefined && typeof platform !== 'string') fail('version.platform', 'must be a string');
    version = { gitVersion: value.version.gitVersion, ...(typeof platform === 'string' ? { platform } : {}) };
  }
  if (!Array.isArray(value.objects)) fail('objects', 'must be an array');
  value.objects.forEach((o, i) => {
    if (!isObj(o)) fail(`objects[${i}]`, 'must be an object');
    if (typeof o.apiVersion !== 'string' || o.apiVersion === '') fail(`objects[${i}].apiVersion`, 'must be a non-empty string');
    if (typeof o.kind !== 'string' || o.kind === '') fail(`objects[${i}].kind`, 'must be a non-empty string');
    if (!isObj(o.metadata) || typeof o.metadata.name !== 'string') fail(`objects[${i}].metadata.name`, 'must be a string');
    const ns = o.metadata.namespace;
    if (ns !== undefined && typeof ns !== 'string') fail(`objects[${i}].metadata.namespace`, 'must be a string');
  });
  if (!isObj(value.kubeletConfigs)) fail('kubeletConfigs', 'must be an object keyed by node name');
  for (const [node, cfg] of Object.entries(value.kubeletConfigs)) if (!isObj(cfg)) fail(`kubeletConfigs.${node}`, 'must be an object');
  if (value.kubeProxyConfig !== undefined && !isObj(value.kubeProxyConfig)) fail('kubeProxyConfig', 'must be an object');
  if (!Array.isArray(value.unreadable)) fail('unreadable', 'must be an array');
  value.unreadable.forEach((u, i) => {
    if (!isObj(u) || typeof u.resource !== 'string' || typeof u.reason !== 'string') fail(`unreadable[${i}]`, 'must be {resource: string, reason: string}');
  });
  return {
    schemaVersion: 1,
    collectedAt,
    version,
    objects: value.objects as JsonObject[],
    kubeletConfigs: value.kubeletConfigs as Record<string, JsonObject>,
    ...(value.kubeProxyConfig !== undefined ? { kubeProxyConfig: value.kubeProxyConfig as JsonObject } : {}),
    unreadable: (value.unreadable as JsonObject[]).map((u) => ({ resource: u.resource as string, reason: u.reason as string })),
  };
}
