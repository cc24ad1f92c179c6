import { parse } from 'yaml';
import { invalidParameter } from '../../domain/errors.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

// A kubeconfig sent over the API is read on the Bulwark host: `exec` and auth-provider
// plugins would run commands there, and file references would read its files (the
// master key included). Only inline credentials are accepted.
const USER_FORBIDDEN = ['exec', 'auth-provider', 'client-certificate', 'client-key', 'tokenFile', 'token-file'];
const CLUSTER_FORBIDDEN = ['certificate-authority'];

function named(list: unknown, field: string): Json[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw invalidParameter('kubeconfig', `${field} must be a list`);
  return list.filter(isObj);
}

/**
 * Rejects kubeconfigs that are not self-contained (HSS.0001 naming the entry), before the
 * client library ever sees them.
 */
export function assertSelfContainedKubeconfig(text: string): void {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (err) {
    throw invalidParameter('kubeconfig', `is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (!isObj(doc)) throw invalidParameter('kubeconfig', 'must be a YAML mapping');
  for (const entry of named(doc.users, 'users')) {
    const user = entry.user;
    if (!isObj(user)) continue;
    const bad = USER_FORBIDDEN.find((k) => k in user);
    if (bad !== undefined) throw invalidParameter('kubeconfig', `user "${String(entry.name)}" uses ${bad}; only inline credentials (token, client-certificate-data, client-key-data) are accepted`);
  }
  for (const entry of named(doc.clusters, 'clusters')) {
    const cluster = entry.cluster;
    if (!isObj(cluster)) continue;
    const bad = CLUSTER_FORBIDDEN.find((k) => k in cluster);
    if (bad !== undefined) throw invalidParameter('kubeconfig', `cluster "${String(entry.name)}" uses ${bad}; embed it as certificate-authority-data`);
  }
}
