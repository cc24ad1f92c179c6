import { notApplicable, type BenchmarkControl } from './benchmark-control.js';

const NODE = 'needs node access: file permissions and ownership are not visible through the Kubernetes API';
const MANUAL = 'manual review: depends on organisational practice, not on cluster state';

const node = (id: string, title: string): BenchmarkControl => ({ id, title, evaluate: () => notApplicable(NODE) });
const manual = (id: string, title: string): BenchmarkControl => ({ id, title, evaluate: () => notApplicable(MANUAL) });

/** Recommendations the API cannot decide: reported as not applicable, with the reason. */
export const MANUAL_CONTROLS: readonly BenchmarkControl[] = [
  node('CIS-1.1.1', 'API server pod manifest file mode is 600 or stricter'),
  node('CIS-1.1.2', 'API server pod manifest is owned by root'),
  node('CIS-1.1.3', 'Controller manager pod manifest file mode is 600 or stricter'),
  node('CIS-1.1.4', 'Controller manager pod manifest is owned by root'),
  node('CIS-1.1.5', 'Scheduler pod manifest file mode is 600 or stricter'),
  node('CIS-1.1.6', 'Scheduler pod manifest is owned by root'),
  node('CIS-1.1.7', 'etcd pod manifest file mode is 600 or stricter'),
  node('CIS-1.1.8', 'etcd pod manifest is owned by root'),
  node('CIS-1.1.9', 'CNI configuration files are mode 600 or stricter'),
  node('CIS-1.1.10', 'CNI configuration files are owned by root'),
  node('CIS-1.1.11', 'etcd data directory is mode 700 or stricter'),
  node('CIS-1.1.12', 'etcd data directory is owned by the etcd user'),
  node('CIS-1.1.13', 'Default administrative kubeconfig (admin.conf) is mode 600 or stricter'),
  node('CIS-1.1.14', 'Default administrative kubeconfig (admin.conf) is owned by root'),
  node('CIS-1.1.15', 'Scheduler kubeconfig is mode 600 or stricter'),
  node('CIS-1.1.16', 'Scheduler kubeconfig is owned by root'),
  node('CIS-1.1.17', 'Controller manager kubeconfig is mode 600 or stricter'),
  node('CIS-1.1.18', 'Controller manager kubeconfig is owned by root'),
  node('CIS-1.1.19', 'Kubernetes PKI directory and files are owned by root'),
  node('CIS-1.1.20', 'PKI certificate files are mode 644 or stricter'),
  node('CIS-1.1.21', 'PKI key files are mode 600'),
  manual('CIS-3.1.1', 'Client certificates are not used to authenticate users'),
  manual('CIS-3.1.2', 'Service account tokens are not used to authenticate users'),
  manual('CIS-3.1.3', 'Bootstrap tokens are not used to authenticate users'),
  manual('CIS-3.2.2', 'The audit policy covers the key security concerns'),
  node('CIS-4.1.1', 'Kubelet service file is mode 600 or stricter'),
  node('CIS-4.1.2', 'Kubelet service file is owned by root'),
  node('CIS-4.1.3', 'kube-proxy kubeconfig is mode 600 or stricter'),
  node('CIS-4.1.4', 'kube-proxy kubeconfig is owned by root'),
  node('CIS-4.1.5', 'Kubelet kubeconfig is mode 600 or stricter'),
  node('CIS-4.1.6', 'Kubelet kubeconfig is owned by root'),
  node('CIS-4.1.7', 'Client CA file is mode 600 or stricter'),
  node('CIS-4.1.8', 'Client CA file is owned by root'),
  node('CIS-4.1.9', 'Kubelet configuration file is mode 600 or stricter'),
  node('CIS-4.1.10', 'Kubelet configuration file is owned by root'),
  manual('CIS-5.4.2', 'Secrets are kept in an external secret store'),
  manual('CIS-5.6.1', 'Namespaces separate administrative boundaries'),
];
