import { asObject } from '../../../inputs/kube-object.js';
import { containersOf, podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const windowsHostProcess = defineKubeRule({
  id: 'BW-K8S-026',
  title: 'Windows HostProcess container',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K26', 'trivy:KSV-0103', 'polaris:hostProcess', 'kubescape:C-0202'],
  description:
    'A HostProcess container runs directly on the Windows host with host networking and filesystem access, as a ' +
    'host user; it is the Windows equivalent of a privileged container.',
  remediation: 'Remove `windowsOptions.hostProcess: true`; keep host-level agents to audited DaemonSets in a dedicated namespace.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    const podOptions = asObject(asObject(pod.spec['securityContext'])?.['windowsOptions']);
    if (podOptions?.['hostProcess'] === true) {
      report({ message: `${obj.kind} "${obj.name}" runs as a HostProcess pod`, path: [...pod.path, 'securityContext', 'windowsOptions', 'hostProcess'] });
    }
    for (const c of containersOf(obj)) {
      const own = asObject(asObject(c.spec['securityContext'])?.['windowsOptions']);
      if (own?.['hostProcess'] === true) {
        report({ message: `${c.type} "${c.name}" is a HostProcess container`, path: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'] });
      }
    }
  },
});
