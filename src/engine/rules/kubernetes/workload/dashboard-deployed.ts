import { asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

const DASHBOARD_IMAGE = /(kubernetes-dashboard|kubernetesui\/dashboard)/;

export const dashboardDeployed = defineKubeRule({
  id: 'BW-K8S-061',
  title: 'Kubernetes dashboard deployed',
  severity: 'low',
  category: 'control_plane',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K61', 'checkov:CKV_K8S_33', 'kics:dashboard_is_enabled', 'kubescape:C-0014'],
  description:
    'The web dashboard has been the entry point of well-known cluster takeovers when exposed or given broad ' +
    'rights; every running copy is another authenticated path into the cluster to keep patched and locked down.',
  remediation: 'Remove the dashboard, or keep it private (no Ingress/LoadBalancer), on its latest version and with a least-privilege account.',
  references: ['https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const image = asString(c.spec['image']);
      if (image !== undefined && DASHBOARD_IMAGE.test(image)) {
        report({ message: `${obj.kind} "${obj.name}" runs the Kubernetes dashboard (${c.type} "${c.name}")`, path: [...c.path, 'image'] });
      }
    }
  },
});
