import type { JsonValue } from '../../inputs/kube-object.js';

// The YAML 1.2 core schema, written to give exactly what the `yaml` package gives for the same
// plain scalar (the strict path and the differential test both rely on that equality).
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Resolves an untagged plain scalar. Cheap first-character test because most are plain words. */
export function resolvePlainScalar(s: string): JsonValue {
  const c = s.charCodeAt(0);
  // Only these first characters can start a non-string: digits, sign, dot, ~, n/N, t/T, f/F.
  const maybeNumber = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  if (!maybeNumber) {
    switch (s) {
      case '': case '~': case 'null': case 'Null': case 'NULL': return null;
      case 'true': case 'True': case 'TRUE': return true;
      case 'false': case 'False': case 'FALSE': return false;
      default: return s;
    }
  }
  if (INT.test(s)) return parseInt(s, 10);
  if (OCT.test(s)) return parseInt(s.slice(2), 8);
  if (HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT.test(s)) return parseFloat(s);
  switch (s) {
    case '.inf': case '.Inf': case '.INF': case '+.inf': case '+.Inf': case '+.INF': return Number.POSITIVE_INFINITY;
    case '-.inf': case '-.Inf': case '-.INF': return Number.NEGATIVE_INFINITY;
    case '.nan': case '.NaN': case '.NAN': return Number.NaN;
    default: return s;
  }
}

/** True when a plain key resolves to a string (other keys are left to the strict path). */
export function isStringPlainKey(s: string): boolean {
  return typeof resolvePlainScalar(s) === 'string';
}
