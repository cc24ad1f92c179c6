import type { Suppression } from '../../finding.js';

/** Which findings a directive covers: the whole file, a line span, or one object (by its index in the scan). */
export type SuppressionScope =
  | { readonly kind: 'file' }
  | { readonly kind: 'lines'; readonly start: number; readonly end: number }
  | { readonly kind: 'object'; readonly objectId: number };

/** One parsed suppression: "findings of rule `ref` in `scope` are accepted (until `expires`)". */
export interface SuppressionDirective {
  readonly ref: string;
  readonly scope: SuppressionScope;
  readonly source: Suppression['source'];
  readonly reason?: string;
  readonly expires?: string;
  /** Path glob (ignore file only). */
  readonly pathGlob?: string;
}

const UNTIL = /(?:^|\s)(?:until|exp(?:ires)?)[=:](\d{4}-\d{2}-\d{2})(?=\s|$)/;

/** Splits `reason text until=2027-01-31` into reason and expiry. */
export function splitReasonAndExpiry(text: string): { reason?: string; expires?: string } {
  const m = UNTIL.exec(text);
  const reason = (m ? text.replace(m[0], ' ') : text).trim();
  return { ...(reason ? { reason } : {}), ...(m ? { expires: m[1]! } : {}) };
}

/** An expiry date is inclusive: a suppression until 2027-01-31 still applies on that day (UTC). */
export function isExpired(expires: string | undefined, now: number): boolean {
  if (expires === undefined) return false;
  const end = Date.parse(`${expires}T23:59:59.999Z`);
  return Number.isNaN(end) || now > end;
}
