import type { KubeConfig } from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import type { JsonObject } from '../../engine/inputs/kube-object.js';
import { apiVersionOf, COLLECTED_RESOURCES, listPathOf, type CollectedResource } from './collected-resources.js';
import { KubeHttpClient, KubeRequestError, type KubeResponse } from './kube-http-client.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { sanitizeObject } from './sanitize-object.js';

export interface CollectOptions {
  /** Items per list page (`limit`). */
  readonly pageSize?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
  readonly requestTimeoutMs?: number;
  /** Whole collection; what is not read by then is recorded as unreadable. */
  readonly deadlineMs?: number;
  /** Largest accepted response body (one list page). */
  readonly maxResponseBytes?: number;
  /** Read kubelet `/configz` through the node proxy (needs `get nodes/proxy`). */
  readonly kubeletConfigz?: boolean;
  readonly resources?: readonly CollectedResource[];
  readonly now?: () => number;
}

export interface CollectStats {
  readonly requests: number;
  readonly objects: number;
  readonly durationMs: number;
}

type Unreadable = { resource: string; reason: string };
const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one cluster into a snapshot. Missing permissions, API groups the server lacks,
 * timeouts and the deadline never fail the collection: they are listed in `unreadable`
 * so checks report "not evaluated". Only an unreachable or unauthenticated server throws.
 */
export async function collectClusterSnapshot(kc: KubeConfig, options: CollectOptions = {}): Promise<{ snapshot: ClusterSnapshot; stats: CollectStats }> {
  const now = options.now ?? Date.now;
  const started = now();
  const pageSize = options.pageSize ?? 500;
  const client = new KubeHttpClient(kc, options.requestTimeoutMs ?? 30_000, options.maxResponseBytes);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.deadlineMs ?? 300_000);
  timer.unref();
  let requests = 0;
  const get = (path: string): Promise<KubeResponse> => { requests++; return client.get(path, deadline.signal); };
  const unreadable: Unreadable[] = [];

  try {
    const version = await readVersion(get, client.serverUrl, unreadable);
    const lists = await mapWithConcurrency(options.resources ?? COLLECTED_RESOURCES, options.concurrency ?? 4, (r) => listAll(get, r, pageSize, unreadable));
    const objects = lists.flat();
    objects.push(...await readKubeSystemPodsIfDenied(get, pageSize, unreadable));
    const kubeProxyConfig = await readKubeProxyConfig(get, unreadable);
    const kubeletConfigs: Record<string, JsonObject> = {};
    if (options.kubeletConfigz ?? true) {
      const nodes = objects.filter((o) => o.kind === 'Node').map((o) => String((o.metadata as JsonObject).name));
      await readKubeletConfigs(get, nodes, options.concurrency ?? 4, kubeletConfigs, unreadable);
    }
    const snapshot: ClusterSnapshot = {
      schemaVersion: 1,
      collectedAt: now(),
      version,
      objects,
      kubeletConfigs,
      ...(kubeProxyConfig ? { kubeProxyConfig } : {}),
      unreadable,
    };
    return { snapshot, stats: { requests, objects: objects.length, durationMs: now() - started } };
  } finally {
    clearTimeout(timer);
  }
}

type Get = (path: string) => Promise<KubeResponse>;

function statusMessage(res: KubeResponse): string {
  const msg = isObj(res.json) && typeof res.json.message === 'string' ? res.json.message : res.snippet;
  if (res.status === 403) return `forbidden: ${msg}`;
  if (res.status === 404) return `not served by this cluster (404): ${msg}`;
  return `HTTP ${res.status}: ${msg}`;
}

function failureReason(err: unknown): string {
  if (err instanceof KubeRequestError) return err.kind === 'aborted' ? 'collection deadline reached' : err.message;
  return err instanceof Error ? err.message : String(err);
}

async function readVersion(get: Get, server: string, unreadable: Unreadable[]): Promise<ClusterSnapshot['version']> {
  let res: KubeResponse;
  try {
    res = await get('/version');
  } catch (err) {
    // Nothing else can work either; say so instead of returning an empty snapshot.
    throw new BulwarkError('invalid_parameter', `Cannot reach the API server ${server}: ${failureReason(err)}`, { field: 'kubeconfig', cause: err });
  }
  if (res.status === 401) throw new BulwarkError('unauthenticated', `The API server ${server} rejected the kubeconfig credentials (401)`);
  if (res.status === 200 && isObj(res.json) && typeof res.json.gitVersion === 'string') {
    return { gitVersion: res.json.gitVersion, ...(typeof res.json.platform === 'string' ? { platform: res.json.platform } : {}) };
  }
  unreadable.push({ resource: 'version', reason: res.status === 200 ? 'GET /version returned no gitVersion' : statusMessage(res) });
  return null;
}

async function listAll(get: Get, r: CollectedResource, pageSize: number, unreadable: Unreadable[], path = listPathOf(r)): Promise<JsonObject[]> {
  const items: JsonObject[] = [];
  let token: string | undefined;
  const apiVersion = apiVersionOf(r);
  try {
    do {
      const query = `?limit=${pageSize}${token ? `&continue=${encodeURIComponent(token)}` : ''}`;
      const res = await get(path + query);
      if (res.status !== 200 || !isObj(res.json) || !Array.isArray(res.json.items)) {
        // A 410 means the continue token expired mid-list; a partial list would look complete, so drop it.
        unreadable.push({ resource: r.name, reason: res.status === 410 ? 'list expired while paging (410 Gone)' : res.status === 200 ? 'response is not a list' : statusMessage(res) });
        return [];
      }
      for (const item of res.json.items) if (isObj(item)) items.push(sanitizeObject(item, apiVersion, r.kind));
      const meta = res.json.metadata;
      const next = isObj(meta) && typeof meta.continue === 'string' && meta.continue !== '' ? meta.continue : undefined;
      if (next !== undefined && next === token) {
        // A server handing back the same token would page forever.
        unreadable.push({ resource: r.name, reason: 'server repeated the same continue token' });
        return [];
      }
      token = next;
    } while (token);
  } catch (err) {
    unreadable.push({ resource: r.name, reason: failureReason(err) });
    return [];
  }
  return items;
}

/**
 * Scanners are often granted kube-system read access by a namespaced Role only; the
 * control-plane static pods there still give component versions and flags.
 */
async function readKubeSystemPodsIfDenied(get: Get, pageSize: number, unreadable: Unreadable[]): Promise<JsonObject[]> {
  const denied = unreadable.find((u) => u.resource === 'pods' && u.reason.startsWith('forbidden'));
  if (!denied) return [];
  const pods = COLLECTED_RESOURCES.find((r) => r.name === 'pods') as CollectedResource;
  const scoped: Unreadable[] = [];
  const items = await listAll(get, pods, pageSize, scoped, '/api/v1/namespaces/kube-system/pods');
  if (scoped.length === 0) denied.reason += ' (kube-system pods were readable and are included)';
  return items;
}

async function readKubeProxyConfig(get: Get, unreadable: Unreadable[]): Promise<JsonObject | undefined> {
  const resource = 'configmaps/kube-system/kube-proxy';
  try {
    const res = await get('/api/v1/namespaces/kube-system/configmaps/kube-proxy');
    if (res.status !== 200 || !isObj(res.json)) { unreadable.push({ resource, reason: statusMessage(res) }); return undefined; }
    const text = isObj(res.json.data) ? res.json.data['config.conf'] : undefined;
    if (typeof text !== 'string') { unreadable.push({ resource, reason: 'no config.conf key' }); return undefined; }
    const parsed: unknown = parseYaml(text);
    if (!isObj(parsed)) { unreadable.push({ resource, reason: 'config.conf is not a mapping' }); return undefined; }
    return parsed;
  } catch (err) {
    unreadable.push({ resource, reason: failureReason(err) });
    return undefined;
  }
}

async function readKubeletConfigs(get: Get, nodes: string[], concurrency: number, out: Record<string, JsonObject>, unreadable: Unreadable[]): Promise<void> {
  let forbidden: string | undefined;
  await mapWithConcurrency(nodes, concurrency, async (name) => {
    // One 403 answers for every node: the permission is cluster-wide.
    if (forbidden !== undefined) return;
    const resource = `nodes/${name}/proxy/configz`;
    try {
      const res = await get(`/api/v1/nodes/${encodeURIComponent(name)}/proxy/configz`);
      if (res.status === 200 && isObj(res.json)) out[name] = res.json;
      else if (res.status === 403) forbidden = statusMessage(res);
      else unreadable.push({ resource, reason: res.status === 200 ? 'configz is not a JSON object' : statusMessage(res) });
    } catch (err) {
      unreadable.push({ resource, reason: failureReason(err) });
    }
  });
  if (forbidden !== undefined) unreadable.push({ resource: 'nodes/proxy/configz', reason: forbidden });
}
