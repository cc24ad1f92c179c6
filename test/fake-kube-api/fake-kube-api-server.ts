import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { stringify as toYaml } from 'yaml';
import type { ClusterSnapshot } from '../../src/engine/inputs/cluster-snapshot.js';
import type { JsonObject } from '../../src/engine/inputs/kube-object.js';
import { indexSnapshot, type ServedResource } from './resource-index.js';
import { createSelfSignedCert } from './self-signed-cert.js';

export interface FakeKubeApiOptions {
  readonly snapshot: ClusterSnapshot;
  /** Bearer token the server accepts (others get 401). */
  readonly token?: string;
  /** Resource names answered with 403: `pods`, `deployments.apps`, `nodes/proxy`, `version`. */
  readonly forbidden?: readonly string[];
  /** Exceptions to `forbidden` granted by namespaced Roles: resource name → namespaces. */
  readonly allowedNamespaces?: Readonly<Record<string, readonly string[]>>;
  /** API groups the server does not serve (404), e.g. `networking.k8s.io`. */
  readonly missingGroups?: readonly string[];
  /** Request paths (prefix match) that never get an answer, to exercise timeouts. */
  readonly hang?: readonly string[];
  /** Misbehave: hand back the request's own continue token (a server that pages forever). */
  readonly stuckContinue?: boolean;
  /** Continue tokens older than this many requests are rejected with 410 Gone. */
  readonly continueTtlRequests?: number;
}

export interface FakeKubeApi {
  readonly url: string;
  readonly caPem: string;
  readonly token: string;
  /** Every request as `METHOD path?query`, in arrival order. */
  readonly requests: string[];
  /** A kubeconfig for this server with a CA and a bearer token. */
  kubeconfig(options?: { contextName?: string; token?: string }): string;
  close(): Promise<void>;
}

/**
 * An in-process HTTPS Kubernetes API server over a snapshot, with real list semantics:
 * `limit`/`continue` paging on a fixed resourceVersion, 401/403/404/410 Status bodies
 * as the API server writes them, node-proxy `configz`, and discovery.
 */
export async function startFakeKubeApi(options: FakeKubeApiOptions): Promise<FakeKubeApi> {
  const token = options.token ?? 'fake-token-0123456789';
  const cert = createSelfSignedCert('fake-kube-api', ['localhost', '127.0.0.1']);
  const kubeProxyConf = options.snapshot.kubeProxyConfig ? toYaml(options.snapshot.kubeProxyConfig) : undefined;
  const index = indexSnapshot(options.snapshot, kubeProxyConf);
  const resourceVersion = String(options.snapshot.collectedAt % 1_000_000_000);
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (options.hang?.some((p) => (req.url ?? '').startsWith(p))) { hanging.add(res); return; }
    handle(req, res);
  });

  const send = (res: ServerResponse, code: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  const status = (res: ServerResponse, code: number, reason: string, message: string) =>
    send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
  const forbidden = (name: string) => options.forbidden?.includes(name) ?? false;

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.headers.authorization !== `Bearer ${token}`) { status(res, 401, 'Unauthorized', 'Unauthorized'); return; }
    if (req.method !== 'GET') { status(res, 405, 'MethodNotAllowed', 'the fake API server is read-only'); return; }
    const url = new URL(req.url ?? '/', 'https://fake');
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/version') {
      if (forbidden('version') || !options.snapshot.version) { status(res, 403, 'Forbidden', 'forbidden: User "scanner" cannot get path "/version"'); return; }
      send(res, 200, { major: '1', minor: '0', gitCommit: '0000000', gitTreeState: 'clean', buildDate: '2024-03-15T00:00:00Z', goVersion: 'go1.22.1', compiler: 'gc', ...options.snapshot.version });
      return;
    }
    if (path === '/api') { send(res, 200, { kind: 'APIVersions', versions: ['v1'] }); return; }
    if (path === '/apis') {
      const groups = [...new Set([...index.values()].map((r) => r.group).filter((g) => g !== '' && !options.missingGroups?.includes(g)))];
      send(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map((name) => ({ name, versions: [{ groupVersion: `${name}/v1`, version: 'v1' }], preferredVersion: { groupVersion: `${name}/v1`, version: 'v1' } })) });
      return;
    }
    const configz = /^\/api\/v1\/nodes\/([^/]+)\/proxy\/configz$/.exec(path);
    if (configz) {
      const node = decodeURIComponent(configz[1] ?? '');
      if (forbidden('nodes/proxy')) { status(res, 403, 'Forbidden', `nodes "${node}" is forbidden: User "scanner" cannot get resource "nodes/proxy" in API group "" at the cluster scope`); return; }
      const cfg = options.snapshot.kubeletConfigs[node];
      if (!cfg) { status(res, 404, 'NotFound', `nodes "${node}" not found`); return; }
      send(res, 200, cfg);
      return;
    }
    const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/.exec(path);
    if (!m) { status(res, 404, 'NotFound', 'the server could not find the requested resource'); return; }
    const group = m[2] ?? '';
    const version = m[1] ?? m[3] ?? '';
    const namespace = m[4];
    const plural = m[5] ?? '';
    const name = m[6];
    const resource = index.get(`${group}/${version}/${plural}`);
    if (!resource || options.missingGroups?.includes(group)) { status(res, 404, 'NotFound', 'the server could not find the requested resource'); return; }
    const rbacName = group === '' ? plural : `${plural}.${group}`;
    const roleGrants = namespace !== undefined && (options.allowedNamespaces?.[rbacName]?.includes(namespace) ?? false);
    if (forbidden(rbacName) && !roleGrants) {
      const scope = namespace === undefined ? 'at the cluster scope' : `in the namespace "${namespace}"`;
      status(res, 403, 'Forbidden', `${rbacName} is forbidden: User "scanner" cannot list resource "${plural}" in API group "${group}" ${scope}`);
      return;
    }
    const positions = resource.items.map((_, i) => i).filter((i) => namespace === undefined || (resource.items[i]?.metadata as JsonObject).namespace === namespace);
    const scoped = positions.map((i) => resource.items[i] as JsonObject);
    if (name !== undefined) {
      const item = scoped.find((i) => (i.metadata as JsonObject).name === name);
      if (!item) { status(res, 404, 'NotFound', `${rbacName} "${name}" not found`); return; }
      send(res, 200, { apiVersion: group === '' ? version : `${group}/${version}`, kind: resource.kind, ...item });
      return;
    }
    list(res, url, resource, positions.map((i) => resource.json[i] as string));
  }

  function list(res: ServerResponse, url: URL, resource: ServedResource, items: string[]): void {
    const limitText = url.searchParams.get('limit');
    const limit = limitText === null ? 0 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 0) { status(res, 400, 'BadRequest', `invalid limit ${limitText}`); return; }
    let offset = 0;
    const token = url.searchParams.get('continue');
    if (token) {
      let parsed: { rv?: string; offset?: number; plural?: string; issuedAt?: number } = {};
      try { parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as typeof parsed; } catch { /* rejected below */ }
      const tooOld = options.continueTtlRequests !== undefined && requests.length - (parsed.issuedAt ?? 0) > options.continueTtlRequests;
      if (parsed.rv !== resourceVersion || parsed.plural !== resource.plural || typeof parsed.offset !== 'number') { status(res, 400, 'BadRequest', 'continue key is not valid'); return; }
      if (tooOld) { status(res, 410, 'Expired', 'The provided continue parameter is too old to display a consistent list result.'); return; }
      offset = parsed.offset;
    }
    const page = limit > 0 ? items.slice(offset, offset + limit) : items.slice(offset);
    const next = offset + page.length;
    const metadata: JsonObject = { resourceVersion };
    if (options.stuckContinue && token) {
      metadata.continue = token;
    } else if (limit > 0 && next < items.length) {
      metadata.continue = Buffer.from(JSON.stringify({ rv: resourceVersion, offset: next, plural: resource.plural, issuedAt: requests.length })).toString('base64url');
      metadata.remainingItemCount = items.length - next;
    }
    const head = JSON.stringify({ apiVersion: resource.group === '' ? resource.version : `${resource.group}/${resource.version}`, kind: `${resource.kind}List`, metadata });
    const text = `${head.slice(0, -1)},"items":[${page.join(',')}]}`;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `https://127.0.0.1:${port}`;
  return {
    url,
    caPem: cert.certPem,
    token,
    requests,
    kubeconfig: (o = {}) => fakeKubeconfig(url, cert.certPem, o.token ?? token, o.contextName ?? 'fake'),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A kubeconfig that trusts the server's CA and authenticates with a bearer token. */
export function fakeKubeconfig(server: string, caPem: string, token: string, context: string): string {
  return toYaml({
    apiVersion: 'v1', kind: 'Config', 'current-context': context, preferences: {},
    clusters: [{ name: `${context}-cluster`, cluster: { server, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: [{ name: `${context}-user`, user: { token } }],
    contexts: [{ name: context, context: { cluster: `${context}-cluster`, user: `${context}-user` } }],
  });
}
