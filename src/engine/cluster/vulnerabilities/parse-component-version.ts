import { parseSemver, type SemverVersion } from '../../vulndb/semver-version.js';

/** Distributions that rebuild upstream components and may backport fixes. */
export type VendorBuild = 'eks' | 'gke' | 'aks' | 'cce' | 'rke2' | 'k3s' | 'openshift' | 'other';

export interface ComponentVersion {
  /** As the cluster reported it, e.g. `v1.29.8-eks-a737599`. */
  readonly raw: string;
  /** The upstream version matched against the database, e.g. `1.29.8`. */
  readonly version: SemverVersion;
  /** Set when the version carries a distribution build tag. */
  readonly vendor: VendorBuild | undefined;
}

// Only these pre-release tags are upstream's own; anything else after `-` is a build tag.
const UPSTREAM_PRERELEASE = /^(alpha|beta|rc)(\.\d+)?(\.[0-9A-Za-z-]+)*$/;

/**
 * Splits a reported version into the upstream base and the vendor build:
 * `v1.30.5-gke.1014001` → 1.30.5 (gke), `v1.28.9+k3s1` → 1.28.9 (k3s),
 * `v1.25.5-r0-25.1.27.6` → 1.25.5 (cce), `v1.29.8+f10c92d` → 1.29.8 (openshift),
 * `v1.31.0-rc.1` → 1.31.0-rc.1 (upstream pre-release), `3.5.12-0` → 3.5.12.
 */
export function parseComponentVersion(raw: string): ComponentVersion | undefined {
  const text = raw.trim();
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([^+]*))?(?:\+(.*))?$/.exec(text);
  if (!m) return undefined;
  const core = [m[1], m[2] ?? '0', m[3] ?? '0'].join('.');
  const pre = m[4];
  const build = m[5];
  let vendor: VendorBuild | undefined;
  let prerelease = '';
  if (pre !== undefined && UPSTREAM_PRERELEASE.test(pre)) prerelease = `-${pre}`;
  else if (pre !== undefined) vendor = vendorOfSuffix(pre);
  if (build !== undefined) vendor ??= vendorOfSuffix(build);
  const version = parseSemver(core + prerelease);
  return version ? { raw: text, version, vendor } : undefined;
}

function vendorOfSuffix(suffix: string): VendorBuild | undefined {
  const s = suffix.toLowerCase();
  if (s.startsWith('eks')) return 'eks';
  if (s.startsWith('gke')) return 'gke';
  if (s.startsWith('k3s')) return 'k3s';
  if (s.startsWith('rke2')) return 'rke2';
  if (/^r\d+-/.test(s)) return 'cce';
  if (/^[0-9a-f]{7,}$/.test(s) || s.includes('rhaos') || s.includes('openshift')) return 'openshift';
  // Packaging revisions such as etcd's `-0` or containerd's `-1` are not vendor builds.
  if (/^\d+$/.test(s)) return undefined;
  return 'other';
}
