import { compareSemver, parseSemver, type SemverVersion } from './semver-version.js';

/**
 * The constraint syntax of the stackrox k8s-cves records (hashicorp/go-version):
 * a comma-separated AND of `<`, `<=`, `>`, `>=`, `=`, `!=` or a bare version (exact).
 * Two-part versions mean `.0` (`>= 1.30` is `>= 1.30.0`).
 */
export type ConstraintOperator = '<' | '<=' | '>' | '>=' | '=' | '!=';

export interface VersionConstraint {
  readonly operator: ConstraintOperator;
  readonly version: SemverVersion;
}

const TERM = /^(<=|>=|!=|<|>|=)?\s*(\S+)$/;

/** Parses a constraint; returns a reason string when it is malformed. */
export function parseVersionConstraint(text: string): VersionConstraint[] | string {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) return `empty term in constraint ${JSON.stringify(text)}`;
  const out: VersionConstraint[] = [];
  for (const part of parts) {
    const m = TERM.exec(part);
    const version = m?.[2] === undefined ? undefined : parseSemver(m[2]);
    if (!m || !version) return `cannot read constraint term ${JSON.stringify(part)}`;
    out.push({ operator: (m[1] ?? '=') as ConstraintOperator, version });
  }
  return out;
}

/**
 * True when `version` satisfies every term. Ordering is SemVer (pre-releases before
 * their release). go-version additionally refuses to let a pre-release version match a
 * constraint without a pre-release; we deliberately do not, so a cluster running
 * `1.20.0-rc.1` is still matched by `< 1.20.5` rather than silently passing.
 */
export function satisfiesConstraint(version: SemverVersion, constraint: readonly VersionConstraint[]): boolean {
  return constraint.every(({ operator, version: bound }) => {
    const c = compareSemver(version, bound);
    switch (operator) {
      case '<': return c < 0;
      case '<=': return c <= 0;
      case '>': return c > 0;
      case '>=': return c >= 0;
      case '=': return c === 0;
      case '!=': return c !== 0;
    }
  });
}
