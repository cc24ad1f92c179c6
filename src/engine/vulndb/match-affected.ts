import { fixedVersionsOf, isInOsvRange } from './osv-range.js';
import { compareSemver, parseSemver, type SemverVersion } from './semver-version.js';
import { parseVersionConstraint, satisfiesConstraint } from './version-constraint.js';
import type { AffectedComponent, AffectedRange } from './vuln-db.js';

export function isInAffectedRange(version: SemverVersion, range: AffectedRange): boolean {
  if (range.kind === 'osv') return isInOsvRange(version, range.range);
  const parsed = parseVersionConstraint(range.constraint);
  return typeof parsed !== 'string' && satisfiesConstraint(version, parsed);
}

/** True when `version` is affected by this component entry (any range, or listed). */
export function isAffected(version: SemverVersion, affected: AffectedComponent): boolean {
  if (affected.versions.some((v) => { const p = parseSemver(v); return p !== undefined && compareSemver(p, version) === 0; })) return true;
  return affected.ranges.some((r) => isInAffectedRange(version, r));
}

/**
 * The fixed versions worth suggesting for `version`: those above it, and of those the
 * one on the same minor line first (upgrading within a line is the usual remedy).
 */
export function suggestedFixes(version: SemverVersion, affected: AffectedComponent): string[] {
  const all = new Set<string>(affected.fixedVersions);
  for (const r of affected.ranges) if (r.kind === 'osv') for (const f of fixedVersionsOf(r.range)) all.add(f);
  const above = [...all]
    .map((text) => ({ text, v: parseSemver(text) }))
    .filter((x): x is { text: string; v: SemverVersion } => x.v !== undefined && compareSemver(x.v, version) > 0)
    .sort((a, b) => compareSemver(a.v, b.v));
  const sameLine = above.filter((x) => x.v.major === version.major && x.v.minor === version.minor);
  const rest = above.filter((x) => !sameLine.includes(x));
  return [...sameLine, ...rest].map((x) => x.text);
}
