import type { JsonObject, JsonValue } from '../../../../inputs/kube-object.js';
import { asArray, asObject, asString, isJsonObject } from '../../../../inputs/kube-object.js';

export type Labels = Readonly<Record<string, string>>;

/** String-valued entries of a labels map; anything else is ignored. */
export function labelsOf(value: JsonValue | undefined): Labels {
  const out: Record<string, string> = {};
  const obj = asObject(value);
  if (!obj) return out;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/** A Service-style selector (plain map): matches when every pair is present. An empty map selects nothing. */
export function mapSelects(selector: Labels, labels: Labels): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

/**
 * A metav1.LabelSelector (matchLabels + matchExpressions). An empty selector selects
 * everything, as for NetworkPolicy.podSelector and PodDisruptionBudget.selector.
 * A malformed expression selects nothing, which is what the API server would do after rejecting it.
 */
export function labelSelectorSelects(selector: JsonObject, labels: Labels): boolean {
  const matchLabels = labelsOf(selector['matchLabels']);
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  for (const item of asArray(selector['matchExpressions'])) {
    if (!isJsonObject(item)) return false;
    const key = asString(item['key']);
    const op = asString(item['operator']);
    const values = asArray(item['values']).map((v) => String(v));
    if (key === undefined) return false;
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    if (op === 'In' && !(has && values.includes(labels[key]!))) return false;
    if (op === 'NotIn' && has && values.includes(labels[key]!)) return false;
    if (op === 'Exists' && !has) return false;
    if (op === 'DoesNotExist' && has) return false;
    if (op !== 'In' && op !== 'NotIn' && op !== 'Exists' && op !== 'DoesNotExist') return false;
  }
  return true;
}

/** True when the selector has neither labels nor expressions (selects every pod). */
export function isEmptySelector(selector: JsonObject): boolean {
  return Object.keys(labelsOf(selector['matchLabels'])).length === 0 && asArray(selector['matchExpressions']).length === 0;
}
