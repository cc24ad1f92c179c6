import type { RuleMeta } from '../rules/define-rule.js';

/**
 * Matches rule references written by users (our id, a `tool:ID` alias, or a peer's own
 * spelling in its suppression dialect) to rules. Trivy ids have had three spellings over
 * the years (KSV001, AVD-KSV-0001, KSV-0001); all must keep working so existing
 * annotations survive a migration.
 */
export function normalizeRuleRef(ref: string): string {
  const trimmed = ref.trim();
  const trivy = /^(?:trivy:)?(?:AVD-)?(KSV|KCV|DS)-?0*(\d+)$/i.exec(trimmed);
  if (trivy) return `trivy:${trivy[1]!.toUpperCase()}-${trivy[2]!.padStart(4, '0')}`;
  return trimmed;
}

export function ruleMatchesRef(rule: RuleMeta, ref: string): boolean {
  const norm = normalizeRuleRef(ref);
  if (norm === rule.id || norm === '*' || norm.toLowerCase() === 'all') return true;
  const lower = norm.toLowerCase();
  return rule.aliases.some((alias) => alias.toLowerCase() === lower || normalizeRuleRef(alias).toLowerCase() === lower);
}

/** A peer-dialect reference: `hadolint` + `DL3006` → `hadolint:DL3006`. */
export function peerRef(tool: string, id: string): string {
  return tool === 'trivy' ? normalizeRuleRef(id) : `${tool}:${id.trim()}`;
}
