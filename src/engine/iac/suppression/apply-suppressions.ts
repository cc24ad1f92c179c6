import picomatch from 'picomatch';
import type { Suppression } from '../../finding.js';
import type { RuleMeta } from '../../rules/define-rule.js';
import { ruleMatchesRef } from '../rule-ref.js';
import type { SuppressionDirective } from './suppression-directive.js';
import { isExpired } from './suppression-directive.js';

export interface SuppressionTarget {
  readonly rule: RuleMeta;
  readonly file: string;
  readonly startLine: number | undefined;
  readonly objectId: number | undefined;
}

/**
 * The first directive that covers a finding, or null. An expired directive covers nothing:
 * the finding comes back as unsuppressed, which is the point of an expiry date.
 */
export function findSuppression(target: SuppressionTarget, directives: readonly SuppressionDirective[], now: number): Suppression | null {
  for (const d of directives) {
    if (!inScope(d, target) || !ruleMatchesRef(target.rule, d.ref) || isExpired(d.expires, now)) continue;
    return { source: d.source, ruleRef: d.ref, ...(d.reason ? { reason: d.reason } : {}), ...(d.expires ? { expires: d.expires } : {}) };
  }
  return null;
}

const globCache = new Map<string, (path: string) => boolean>();

function matchesGlob(glob: string, file: string): boolean {
  let matcher = globCache.get(glob);
  if (!matcher) {
    const m = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
    matcher = (p: string) => m(p.replace(/\\/g, '/').replace(/^\.\//, ''));
    globCache.set(glob, matcher);
  }
  return matcher(file);
}

function inScope(d: SuppressionDirective, t: SuppressionTarget): boolean {
  if (d.pathGlob !== undefined && !matchesGlob(d.pathGlob, t.file)) return false;
  switch (d.scope.kind) {
    case 'file': return true;
    case 'object': return t.objectId === d.scope.objectId;
    case 'lines': return t.startLine !== undefined && t.startLine >= d.scope.start && t.startLine <= d.scope.end;
  }
}
