/**
 * A version ordered by SemVer 2.0 §11. Kubernetes component versions are release
 * versions (`1.28.4`), never Go module versions (`v0.28.4`), so this is all we need.
 */
export interface SemverVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Dot-separated pre-release identifiers; numeric ones as numbers. Empty for a release. */
  readonly prerelease: readonly (string | number)[];
}

const CORE = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;

/**
 * Parses `1.2.3`, `v1.2.3-rc.1+build`, and the two-part `1.30` used by constraint
 * ranges (read as `1.30.0`). Build metadata is dropped: it never takes part in ordering.
 * Returns undefined for anything else, including leading zeros and empty identifiers.
 */
export function parseSemver(text: string): SemverVersion | undefined {
  let rest = text.trim();
  if (rest.startsWith('v') || rest.startsWith('V')) rest = rest.slice(1);
  const plus = rest.indexOf('+');
  if (plus >= 0) {
    const build = rest.slice(plus + 1);
    if (build === '' || !build.split('.').every((id) => IDENTIFIER.test(id))) return undefined;
    rest = rest.slice(0, plus);
  }
  let prerelease: (string | number)[] = [];
  const dash = rest.indexOf('-');
  if (dash >= 0) {
    const pre = rest.slice(dash + 1);
    rest = rest.slice(0, dash);
    const ids = pre.split('.');
    if (pre === '' || !ids.every((id) => IDENTIFIER.test(id))) return undefined;
    // SemVer forbids leading zeros in numeric identifiers; such ids are rejected, not guessed.
    if (ids.some((id) => /^\d+$/.test(id) && id.length > 1 && id.startsWith('0'))) return undefined;
    prerelease = ids.map((id) => (/^\d+$/.test(id) ? Number(id) : id));
  }
  const m = CORE.exec(rest);
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]].map((s) => (s === undefined ? 0 : Number(s)));
  if (nums.some((n) => !Number.isSafeInteger(n))) return undefined;
  return { major: nums[0] ?? 0, minor: nums[1] ?? 0, patch: nums[2] ?? 0, prerelease };
}

/** Negative when a < b, zero when equal in precedence, positive when a > b. */
export function compareSemver(a: SemverVersion, b: SemverVersion): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  // A release sorts after every pre-release of the same core version.
  const aRelease = a.prerelease.length === 0;
  const bRelease = b.prerelease.length === 0;
  if (aRelease || bRelease) return aRelease === bRelease ? 0 : aRelease ? 1 : -1;
  const n = Math.min(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i] as string | number;
    const y = b.prerelease[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // Numeric identifiers have lower precedence than alphanumeric ones.
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.prerelease.length - b.prerelease.length;
}

export function formatSemver(v: SemverVersion): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length === 0 ? core : `${core}-${v.prerelease.join('.')}`;
}
