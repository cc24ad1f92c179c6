import type { JsonObject, JsonValue } from '../../inputs/kube-object.js';
import { asArray, getPath } from '../../inputs/kube-object.js';
import { kubeletConfigMissingReason, kubeletConfigsOf } from '../rules/kubelet-configs.js';
import { fail, notApplicable, notEvaluated, pass, type BenchmarkControl } from './benchmark-control.js';

/** A verdict on one node's effective kubelet configuration: undefined when fine. */
type KubeletTest = (config: JsonObject) => string | undefined;

const STRONG = /^TLS_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305_SHA256|ECDHE_(ECDSA|RSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305(_SHA256)?))$/;

const at = (config: JsonObject, path: string): JsonValue | undefined => getPath(config, path.split('.'));
const show = (v: JsonValue | undefined) => v === undefined ? 'not set' : JSON.stringify(v);

function kubeletControl(id: string, title: string, test: KubeletTest): BenchmarkControl {
  return {
    id, title,
    evaluate({ view }) {
      const configs = kubeletConfigsOf(view).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (configs.length === 0) return notEvaluated(kubeletConfigMissingReason(view));
      const failing = configs.flatMap(([node, config]) => {
        const problem = test(config);
        return problem === undefined ? [] : [{ node, problem }];
      });
      const nodes = (list: readonly { node: string }[]) => list.map(({ node }) => ({ kind: 'Node', name: node }));
      if (failing.length === 0) return pass(`all ${configs.length} kubelet configuration(s) read comply`);
      const problems = [...new Set(failing.map((f) => f.problem))];
      return fail(`${failing.length} of ${configs.length} node(s): ${problems.join('; ')}`, nodes(failing));
    },
  };
}

export const NODE_CONTROLS: readonly BenchmarkControl[] = [
  kubeletControl('CIS-4.2.1', 'Kubelet refuses anonymous requests', (c) => at(c, 'authentication.anonymous.enabled') === false ? undefined : `anonymous authentication is ${show(at(c, 'authentication.anonymous.enabled'))}`),
  kubeletControl('CIS-4.2.2', 'Kubelet authorization is not AlwaysAllow', (c) => at(c, 'authorization.mode') === 'AlwaysAllow' || at(c, 'authorization.mode') === undefined ? `authorization mode is ${show(at(c, 'authorization.mode'))}` : undefined),
  kubeletControl('CIS-4.2.3', 'Kubelet verifies client certificates against a CA', (c) => typeof at(c, 'authentication.x509.clientCAFile') === 'string' && at(c, 'authentication.x509.clientCAFile') !== '' ? undefined : 'no client CA file'),
  kubeletControl('CIS-4.2.4', 'Kubelet read-only port is closed', (c) => { const p = at(c, 'readOnlyPort'); return p === undefined || p === 0 ? undefined : `readOnlyPort is ${show(p)}`; }),
  kubeletControl('CIS-4.2.5', 'Streaming connections time out when idle', (c) => { const t = at(c, 'streamingConnectionIdleTimeout'); return t === '0' || t === '0s' ? 'streamingConnectionIdleTimeout is 0 (never)' : undefined; }),
  kubeletControl('CIS-4.2.6', 'Kubelet protects kernel defaults', (c) => at(c, 'protectKernelDefaults') === true ? undefined : `protectKernelDefaults is ${show(at(c, 'protectKernelDefaults'))}`),
  kubeletControl('CIS-4.2.7', 'Kubelet manages its iptables chains', (c) => at(c, 'makeIPTablesUtilChains') === false ? 'makeIPTablesUtilChains is false' : undefined),
  { id: 'CIS-4.2.8', title: 'Kubelet hostname is not overridden', evaluate: () => notApplicable('needs node access: --hostname-override is a command-line flag, absent from configz') },
  kubeletControl('CIS-4.2.9', 'Kubelet records events', (c) => { const q = at(c, 'eventRecordQPS'); return typeof q === 'number' && q < 0 ? `eventRecordQPS is ${q}` : undefined; }),
  kubeletControl('CIS-4.2.10', 'Kubelet serves TLS with a certificate', (c) =>
    (typeof at(c, 'tlsCertFile') === 'string' && typeof at(c, 'tlsPrivateKeyFile') === 'string') || at(c, 'serverTLSBootstrap') === true ? undefined : 'neither tlsCertFile/tlsPrivateKeyFile nor serverTLSBootstrap set (self-signed serving certificate)'),
  kubeletControl('CIS-4.2.11', 'Kubelet client certificate rotation is on', (c) => at(c, 'rotateCertificates') === false ? 'rotateCertificates is false' : undefined),
  kubeletControl('CIS-4.2.12', 'Kubelet serving certificate rotation is not disabled', (c) => at(c, 'featureGates.RotateKubeletServerCertificate') === false ? 'RotateKubeletServerCertificate feature gate is off' : undefined),
  kubeletControl('CIS-4.2.13', 'Kubelet offers only strong TLS cipher suites', (c) => {
    const list = asArray(at(c, 'tlsCipherSuites')).filter((s): s is string => typeof s === 'string');
    if (list.length === 0) return 'tlsCipherSuites not set';
    const weak = list.filter((s) => !STRONG.test(s));
    return weak.length === 0 ? undefined : `weak cipher suites: ${weak.join(', ')}`;
  }),
  kubeletControl('CIS-4.2.14', 'Pods have a process-count limit', (c) => { const l = at(c, 'podPidsLimit'); return typeof l === 'number' && l > 0 ? undefined : `podPidsLimit is ${show(l)}`; }),
  {
    id: 'CIS-4.3.1', title: 'kube-proxy metrics listen on localhost only',
    evaluate({ view }) {
      const config = view.snapshot.kubeProxyConfig;
      if (!config) return notEvaluated('kube-proxy configuration not visible (no kube-proxy ConfigMap, or it could not be read)');
      const bind = at(config, 'metricsBindAddress');
      // An empty value means the built-in default, 127.0.0.1:10249.
      if (bind === undefined || bind === '' || (typeof bind === 'string' && /^(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(bind))) return pass(`metricsBindAddress is ${show(bind)}`);
      return fail(`kube-proxy metricsBindAddress is ${show(bind)}`, [{ kind: 'ConfigMap', name: 'kube-proxy', namespace: 'kube-system' }]);
    },
  },
];
