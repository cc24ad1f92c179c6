import { asArray, asObject, asString } from '../../inputs/kube-object.js';
import { podSpecOf } from '../../inputs/pod-spec.js';
import { refOfObject } from '../risk/select-judged-objects.js';
import { defineClusterRule } from './define-cluster-rule.js';

// Admin consoles that run arbitrary jobs or show cluster state; matched on workload name and images.
const INTERFACES = [
  'kubernetes-dashboard', 'argo-server', 'argocd-server', 'jupyter', 'jupyterhub', 'ray-head', 'ray-dashboard', 'mlflow',
  'kubeflow', 'jenkins', 'nifi', 'weave-scope', 'airflow-webserver', 'prometheus-server', 'kibana', 'portainer',
];

export const exposedSensitiveInterface = defineClusterRule({
  id: 'BW-CL-009',
  title: 'Administrative interface exposed outside the cluster',
  severity: 'high',
  category: 'network',
  aliases: ['kubescape:C-0014', 'kubescape:C-0021'],
  description: 'A dashboard or job console (Kubernetes Dashboard, Argo, Jupyter, Ray, MLflow, Jenkins, …) is reachable from outside the cluster. These interfaces run code or reveal credentials, and are a common first foothold.',
  remediation: 'Serve it through a ClusterIP Service reached over kubectl port-forward or an authenticating proxy, never a LoadBalancer, NodePort or open Ingress.',
  references: ['https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/'],
  check(view, report) {
    for (const [workload, reasons] of view.exposure.exposed) {
      if (reasons.every((r) => r === 'host network')) continue;
      const images = asArray(podSpecOf(workload)?.spec['containers']).map((c) => asString(asObject(c)?.['image']) ?? '');
      const hay = [workload.name, ...images].map((s) => s.toLowerCase());
      const hit = INTERFACES.find((i) => hay.some((h) => h.includes(i)));
      if (!hit) continue;
      report({ message: `${workload.kind} "${workload.name}" looks like ${hit} and is exposed (${reasons.filter((r) => r !== 'host network').join(', ')})`, resource: refOfObject(workload) });
    }
  },
});
