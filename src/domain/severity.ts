/** The engine's five-level severity scale, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** HSS `risk_level`: four levels on the wire. */
export type RiskLevel = 'high' | 'medium' | 'low' | 'tips';

/** HSS `risk_category` values. */
export const RISK_CATEGORIES = ['control_plane', 'access_control', 'network', 'workload', 'secrets', 'node_escape'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

// HSS has no "critical" level; critical findings are reported as high (the extension
// field `severity` keeps the five-level value).
const RISK_LEVEL_OF: Record<Severity, RiskLevel> = {
  critical: 'high', high: 'high', medium: 'medium', low: 'low', info: 'tips',
};

export function toRiskLevel(severity: Severity): RiskLevel {
  return RISK_LEVEL_OF[severity];
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
