import type { ResourceRef } from '../../finding.js';
import { isBootstrapRole, policyRulesOf } from '../../rules/kubernetes/platform/rbac/policy-rules.js';
import {
  BIND_ESCALATE_IMPERSONATE, CSR_APPROVAL, isClusterAdminEquivalent, NODE_PROXY, PV_CREATE, SECRET_READ, TOKEN_CREATE, WEBHOOK_WRITE, WORKLOAD_CREATE,
} from '../rbac/dangerous-grants.js';
import { isSystemIdentity } from '../rbac/rbac-subject.js';
import { rulesGranting, type HeldRule } from '../rbac/subject-permissions.js';
import { refOfObject } from '../risk/select-judged-objects.js';
import { rbacUnreadable } from '../rules/rbac-readable.js';
import type { Grant } from '../../rules/kubernetes/platform/rbac/policy-rules.js';
import { fromResources, notEvaluated, type BenchmarkContext, type BenchmarkControl, type BenchmarkOutcome } from './benchmark-control.js';
import { admissionControls } from './admission-controls.js';

const DEFAULT_ROLES = new Set(['cluster-admin', 'admin', 'edit', 'view']);

/** Bindings through which identities other than Kubernetes' own hold the selected rules. */
function holders(ctx: BenchmarkContext, select: (held: readonly HeldRule[]) => HeldRule[]): ResourceRef[] | string {
  const unreadable = rbacUnreadable(ctx.view);
  if (unreadable !== undefined) return unreadable;
  const out: ResourceRef[] = [];
  for (const { subject, rules } of ctx.view.rbac.subjects.values()) {
    if (isSystemIdentity(subject)) continue;
    for (const h of select(rules.filter((r) => !r.defaultBinding))) out.push(refOfObject(h.binding));
  }
  return out;
}

function rbacControl(id: string, title: string, select: (held: readonly HeldRule[]) => HeldRule[], what: string): BenchmarkControl {
  return {
    id, title,
    evaluate(ctx): BenchmarkOutcome {
      const found = holders(ctx, select);
      if (typeof found === 'string') return notEvaluated(found);
      return fromResources(found, `bindings give ${what} to non-system identities`, `no binding beyond the defaults gives ${what}`);
    },
  };
}

const granting = (grants: readonly Grant[]) => (held: readonly HeldRule[]) => rulesGranting(held, grants);

const RULE_IDS = new Set<string>();

/** Pod-spec recommendations, decided by the findings of the matching Kubernetes rules on live objects. */
function ruleControl(id: string, title: string, ruleIds: readonly string[], what: string): BenchmarkControl {
  for (const r of ruleIds) RULE_IDS.add(r);
  return {
    id, title,
    evaluate(ctx) {
      const pods = ctx.view.unreadable('pods');
      if (pods !== undefined) return notEvaluated(`pods could not be read: ${pods}`);
      const found = ruleIds.flatMap((r) => ctx.findingsOf(r).map((f) => f.resource));
      return fromResources(found, `workloads ${what}`, `no workload ${what}`);
    },
  };
}

export const POLICY_CONTROLS: readonly BenchmarkControl[] = [
  rbacControl('CIS-5.1.1', 'cluster-admin is bound only where required', (h) => h.filter(isClusterAdminEquivalent), 'cluster-admin rights'),
  rbacControl('CIS-5.1.2', 'Few identities can read Secrets', granting(SECRET_READ), 'read access to Secrets'),
  {
    id: 'CIS-5.1.3', title: 'Roles avoid wildcards',
    evaluate(ctx) {
      const unreadable = rbacUnreadable(ctx.view);
      if (unreadable !== undefined) return notEvaluated(unreadable);
      const roles = [...ctx.view.byKind('ClusterRole'), ...ctx.view.byKind('Role')].filter((r) =>
        !isBootstrapRole(r) && !r.name.startsWith('system:') && !DEFAULT_ROLES.has(r.name) &&
        policyRulesOf(r).some((p) => [...p.verbs, ...p.resources, ...p.apiGroups].includes('*')));
      return fromResources(roles.map(refOfObject), 'roles use * in verbs, resources or API groups', 'no role beyond the defaults uses wildcards');
    },
  },
  rbacControl('CIS-5.1.4', 'Few identities can create pods', granting(WORKLOAD_CREATE), 'the right to create pods or workloads'),
  {
    id: 'CIS-5.1.5', title: 'Default service accounts are not used',
    evaluate(ctx) {
      const unreadable = ctx.view.unreadable('serviceaccounts');
      if (unreadable !== undefined) return notEvaluated(`serviceaccounts could not be read: ${unreadable}`);
      const bound = new Set<string>();
      for (const { subject, rules } of ctx.view.rbac.subjects.values()) {
        if (subject.kind === 'ServiceAccount' && subject.name === 'default' && rules.some((r) => !r.defaultBinding)) bound.add(subject.namespace ?? '');
      }
      const found = ctx.view.byKind('ServiceAccount').filter((sa) => sa.name === 'default' &&
        (sa.body['automountServiceAccountToken'] !== false || bound.has(sa.namespace ?? '')));
      return fromResources(found.map(refOfObject), 'default service accounts mount tokens automatically or are bound to roles', 'default service accounts are inert');
    },
  },
  ruleControl('CIS-5.1.6', 'Service account tokens are mounted only where needed', ['BW-K8S-046'], 'mount a service account token'),
  {
    id: 'CIS-5.1.7', title: 'The system:masters group is not used',
    evaluate(ctx) {
      const unreadable = rbacUnreadable(ctx.view);
      if (unreadable !== undefined) return notEvaluated(unreadable);
      const masters = ctx.view.rbac.subjects.get('Group:system:masters')?.rules.filter((r) => !r.defaultBinding).map((r) => refOfObject(r.binding)) ?? [];
      return fromResources(masters, 'bindings name the system:masters group (client certificates cannot be inspected through the API)',
        'no binding beyond the default names system:masters (client certificates issued for it cannot be inspected through the API)');
    },
  },
  rbacControl('CIS-5.1.8', 'Bind, impersonate and escalate are limited', granting(BIND_ESCALATE_IMPERSONATE), 'bind, escalate or impersonate'),
  rbacControl('CIS-5.1.9', 'Few identities can create PersistentVolumes', granting(PV_CREATE), 'the right to create PersistentVolumes'),
  rbacControl('CIS-5.1.10', 'Few identities can use the node proxy', granting(NODE_PROXY), 'access to nodes/proxy'),
  rbacControl('CIS-5.1.11', 'Few identities can approve certificate requests', granting(CSR_APPROVAL), 'CSR approval'),
  rbacControl('CIS-5.1.12', 'Few identities can change admission webhooks', granting(WEBHOOK_WRITE), 'write access to webhook configurations'),
  rbacControl('CIS-5.1.13', 'Few identities can mint service account tokens', granting(TOKEN_CREATE), 'serviceaccounts/token create'),
  ...admissionControls(),
  ruleControl('CIS-5.2.2', 'Privileged containers are not admitted', ['BW-K8S-001'], 'run privileged containers'),
  ruleControl('CIS-5.2.3', 'Pods sharing the host PID namespace are not admitted', ['BW-K8S-003'], 'share the host PID namespace'),
  ruleControl('CIS-5.2.4', 'Pods sharing the host IPC namespace are not admitted', ['BW-K8S-004'], 'share the host IPC namespace'),
  ruleControl('CIS-5.2.5', 'Pods on the host network are not admitted', ['BW-K8S-005'], 'use the host network'),
  ruleControl('CIS-5.2.6', 'Privilege escalation is not allowed', ['BW-K8S-002'], 'allow privilege escalation'),
  ruleControl('CIS-5.2.7', 'Root containers are not admitted', ['BW-K8S-007'], 'may run as root'),
  ruleControl('CIS-5.2.8', 'Containers with NET_RAW are not admitted', ['BW-K8S-017'], 'keep NET_RAW'),
  ruleControl('CIS-5.2.9', 'Containers adding capabilities are not admitted', ['BW-K8S-015'], 'add capabilities'),
  ruleControl('CIS-5.2.10', 'Containers drop their capabilities', ['BW-K8S-013', 'BW-K8S-014'], 'do not drop all capabilities'),
  ruleControl('CIS-5.2.11', 'Windows HostProcess containers are not admitted', ['BW-K8S-026'], 'run Windows HostProcess containers'),
  ruleControl('CIS-5.2.12', 'hostPath volumes are not admitted', ['BW-K8S-027'], 'mount hostPath volumes'),
  ruleControl('CIS-5.2.13', 'Host ports are not admitted', ['BW-K8S-006'], 'use host ports'),
  ruleControl('CIS-5.4.1', 'Secrets are read from files, not environment variables', ['BW-K8S-051'], 'read Secrets into environment variables'),
  ruleControl('CIS-5.6.2', 'Pods run with the RuntimeDefault (or a custom) seccomp profile', ['BW-K8S-020', 'BW-K8S-021'], 'run without a seccomp profile'),
  ruleControl('CIS-5.6.3', 'Pods and containers declare a security context', ['BW-K8S-059'], 'declare no security context'),
  ruleControl('CIS-5.6.4', 'The default namespace is not used', ['BW-K8S-054'], 'are placed in the default namespace'),
];

/** The Kubernetes rules whose findings the benchmark reads: all a benchmark-only scan must run. */
export const BENCHMARK_RULE_IDS: ReadonlySet<string> = RULE_IDS;
