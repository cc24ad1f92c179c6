import { asArray, asObject, asString } from '../../../../inputs/kube-object.js';
import type { JsonObject } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

// Requests an audit policy must record (at Metadata level or above): credential reads and
// interactive access to workloads.
const MUST_LOG: ReadonlyArray<readonly [group: string, resource: string]> = [
  ['', 'secrets'], ['', 'configmaps'], ['authentication.k8s.io', 'tokenreviews'],
  ['', 'pods/exec'], ['', 'pods/portforward'], ['', 'pods/proxy'], ['', 'services/proxy'],
];

function matches(rule: JsonObject, group: string, resource: string): boolean {
  const groups = asArray(rule['resources']);
  if (groups.length === 0) return true;
  const [base, sub] = resource.split('/');
  return groups.some((g) => {
    const o = asObject(g);
    if (!o || (asString(o['group']) ?? '') !== group) return false;
    const names = asArray(o['resources']).map(String);
    return names.length === 0 || names.includes(resource) || names.includes('*') ||
      (sub !== undefined && (names.includes(`${base}/*`) || names.includes(`*/${sub}`)));
  });
}

// A rule restricted to some users, verbs or namespaces does not decide for every request.
const NARROWING = ['users', 'userGroups', 'verbs', 'namespaces', 'nonResourceURLs'];

export const auditPolicyCoverage = defineKubeRule({
  id: 'BW-K8S-213',
  title: 'Audit policy does not record security-relevant requests',
  severity: 'medium',
  category: 'control_plane',
  aliases: ['union:X06', 'kics:audit_policy_not_cover_key_security_concerns'],
  description:
    'The first matching rule of an audit policy decides the level. If secrets, configmaps, token reviews or ' +
    'exec/port-forward/proxy requests fall on a `None` rule (or on no rule), they are not audited.',
  remediation: 'Add rules at level Metadata (or higher) for these resources before any catch-all None rule.',
  references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
  kinds: ['Policy'],
  check(obj, _ctx, report) {
    if (!obj.apiVersion.startsWith('audit.k8s.io/')) return;
    const rules = asArray(obj.body['rules']).map(asObject).filter((r): r is JsonObject => r !== undefined);
    const missed = MUST_LOG.filter(([group, resource]) => {
      const decisive = rules.find((r) => NARROWING.every((k) => asArray(r[k]).length === 0) && matches(r, group, resource));
      return !decisive || asString(decisive['level']) === 'None';
    });
    if (missed.length > 0) {
      report({ message: `audit Policy "${obj.name}" does not log ${missed.map(([, r]) => r).join(', ')}`, path: ['rules'] });
    }
  },
});
