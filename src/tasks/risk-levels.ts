import { createHash } from 'node:crypto';
import type { RiskLevel, Severity } from '../domain/severity.js';

const SEVERITIES_OF: Readonly<Record<RiskLevel, readonly Severity[]>> = {
  high: ['critical', 'high'], medium: ['medium'], low: ['low'], tips: ['info'],
};

/** The engine severities that show as one HSS risk_level. */
export function severitiesOfRiskLevel(level: RiskLevel): readonly Severity[] {
  return SEVERITIES_OF[level];
}

/** Stable, opaque id of "rule R fired on file F" (same across rescans of the file). */
export function riskIdOf(fileId: string, ruleId: string): string {
  return createHash('sha256').update(`${fileId}\u0000${ruleId}`).digest('hex').slice(0, 32);
}
