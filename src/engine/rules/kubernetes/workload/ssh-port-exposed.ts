import { asArray, asObject } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

const SSH = 22;

export const sshPortExposed = defineKubeRule({
  id: 'BW-K8S-058',
  title: 'SSH port 22 exposed',
  severity: 'medium',
  category: 'network',
  kinds: [...WORKLOAD_KINDS, 'Service'],
  aliases: ['union:K58', 'kube-linter:ssh-port', 'kubescape:C-0042'],
  description:
    'An SSH server in a container is a second, unmanaged way in: its keys and passwords live outside Kubernetes ' +
    'RBAC and audit, and it is a favourite target of credential-stuffing bots.',
  remediation: 'Remove the SSH server; use `kubectl exec` or ephemeral debug containers, which are authorised and audited.',
  references: ['https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/#ephemeral-container'],
  check(obj, _ctx, report) {
    if (obj.kind === 'Service') {
      asArray(asObject(obj.body['spec'])?.['ports']).forEach((p, i) => {
        const port = asObject(p);
        for (const field of ['port', 'targetPort'] as const) {
          if (port?.[field] === SSH) {
            report({ message: `Service "${obj.name}" exposes port 22 (SSH)`, path: ['spec', 'ports', i, field] });
            return;
          }
        }
      });
      return;
    }
    for (const c of containersOf(obj)) {
      asArray(c.spec['ports']).forEach((p, i) => {
        if (asObject(p)?.['containerPort'] === SSH) {
          report({ message: `${c.type} "${c.name}" exposes port 22 (SSH)`, path: [...c.path, 'ports', i, 'containerPort'] });
        }
      });
    }
  },
});
