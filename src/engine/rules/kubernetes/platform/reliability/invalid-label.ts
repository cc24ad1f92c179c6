import { asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

const NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
const PREFIX = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** Label keys are `[prefix/]name`: DNS-subdomain prefix ≤ 253, name ≤ 63 characters. */
function keyProblem(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (!NAME.test(name)) return `label key "${key}" has an invalid name part`;
  if (prefix !== undefined && (prefix.length > 253 || !PREFIX.test(prefix))) return `label key "${key}" has an invalid prefix`;
  return undefined;
}

export const invalidLabel = defineKubeRule({
  id: 'BW-K8S-121',
  title: 'Label key or value is not valid',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K85', 'kics:metadata_label_is_invalid', 'kube-score:label-values'],
  description:
    'Label values are at most 63 characters of letters, digits, `-`, `_` and `.`, starting and ending with an ' +
    'alphanumeric; keys add an optional DNS prefix. The API server rejects other labels.',
  remediation: 'Shorten or rewrite the label; put free text in an annotation instead.',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set'],
  check(obj, _ctx, report) {
    const labels = asObject(getPath(obj.body, ['metadata', 'labels']));
    if (!labels) return;
    for (const [key, value] of Object.entries(labels)) {
      const v = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
      const problem = keyProblem(key) ??
        (v === undefined ? `label "${key}" has a non-scalar value` : v !== '' && !NAME.test(v) ? `label "${key}" value "${v}" is not valid` : undefined);
      if (problem) report({ message: `${obj.kind} "${obj.name}": ${problem}`, path: ['metadata', 'labels', key] });
    }
  },
});
