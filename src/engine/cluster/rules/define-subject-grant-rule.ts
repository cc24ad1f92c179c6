import type { RuleMeta } from '../../rules/define-rule.js';
import { isClusterAdminEquivalent } from '../rbac/dangerous-grants.js';
import { isBroadSubject, isSystemIdentity, subjectLabel, subjectRef } from '../rbac/rbac-subject.js';
import type { HeldRule } from '../rbac/subject-permissions.js';
import { defineClusterRule, type ClusterRule } from './define-cluster-rule.js';
import { rbacUnreadable } from './rbac-readable.js';

export interface SubjectGrantRuleSpec extends RuleMeta {
  /** The held rules that make the subject a finding (empty: none). */
  readonly select: (held: readonly HeldRule[]) => HeldRule[];
  /** Completes `<subject> can …`. */
  readonly phrase: string;
  /** Stay silent on identities BW-CL-001 already reports: cluster-admin implies every other right. */
  readonly subsumedByClusterAdmin?: boolean;
}

export function describeHolding(held: readonly HeldRule[]): string {
  const seen = new Set<string>();
  for (const h of held) seen.add(`${h.binding.kind} "${h.binding.namespace ? `${h.binding.namespace}/` : ''}${h.binding.name}" → ${h.roleKind} "${h.roleName}"${h.namespace ? ` in namespace ${h.namespace}` : ' cluster-wide'}`);
  const list = [...seen];
  return list.length > 3 ? `${list.slice(0, 3).join('; ')} and ${list.length - 3} more` : list.join('; ');
}

/**
 * A "who can do what" rule: evaluated on subjects (users, groups, service accounts), with
 * every binding that reaches them counted, so one finding names one identity however many
 * bindings give it the right. Kubernetes' own identities and its default bindings are
 * left out (they are how the cluster works, and flagging them drowns real findings); the
 * broad groups (anonymous, all authenticated users) have rules of their own.
 */
export function defineSubjectGrantRule(spec: SubjectGrantRuleSpec): ClusterRule {
  const { select, phrase, subsumedByClusterAdmin, ...meta } = spec;
  return defineClusterRule({
    ...meta,
    check(view, report, notEvaluated) {
      const unreadable = rbacUnreadable(view);
      if (unreadable !== undefined) {
        notEvaluated(unreadable);
        return;
      }
      for (const { subject, rules } of view.rbac.subjects.values()) {
        if (isSystemIdentity(subject) || isBroadSubject(subject)) continue;
        const own = rules.filter((r) => !r.defaultBinding);
        if (subsumedByClusterAdmin === true && own.some(isClusterAdminEquivalent)) continue;
        const hits = select(own);
        if (hits.length === 0) continue;
        report({ message: `${subjectLabel(subject)} can ${phrase} through ${describeHolding(hits)}`, resource: subjectRef(subject) });
      }
    },
  });
}
