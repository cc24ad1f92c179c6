import { refOfObject } from '../risk/select-judged-objects.js';
import { apiserverInvisibleReason } from '../rules/define-apiserver-flag-rule.js';
import { fail, notApplicable, notEvaluated, pass, type BenchmarkContext, type BenchmarkControl, type BenchmarkOutcome } from './benchmark-control.js';
import { flagList, flagValue, type ComponentFlags, type ControlPlaneComponent } from './control-plane-flags.js';

/** A verdict on the flags: undefined when fine, else what is wrong. */
type FlagTest = (flags: ComponentFlags, ctx: BenchmarkContext) => string | undefined;

const STRONG_CIPHERS = new Set([
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
]);

const is = (flag: string, want: string, dflt?: string): FlagTest => (c) => {
  const v = flagValue(c, flag) ?? dflt;
  return v === want ? undefined : `--${flag} is ${v === undefined ? 'not set' : `"${v}"`}, expected "${want}"`;
};
const isNot = (flag: string, bad: string): FlagTest => (c) => flagValue(c, flag) === bad ? `--${flag} is "${bad}"` : undefined;
const set = (...flags: string[]): FlagTest => (c) => {
  const missing = flags.filter((f) => flagValue(c, f) === undefined || flagValue(c, f) === '');
  return missing.length === 0 ? undefined : `${missing.map((f) => `--${f}`).join(' and ')} not set`;
};
const unset = (flag: string): FlagTest => (c) => flagValue(c, flag) === undefined ? undefined : `--${flag} is set`;
const atLeast = (flag: string, min: number): FlagTest => (c) => {
  const v = Number(flagValue(c, flag));
  return Number.isFinite(v) && v >= min ? undefined : `--${flag} is ${flagValue(c, flag) ?? 'not set'}, expected at least ${min}`;
};
const listHas = (flag: string, item: string): FlagTest => (c) => flagList(c, flag).includes(item) ? undefined : `--${flag} does not include ${item}`;
const listLacks = (flag: string, item: string): FlagTest => (c) => flagList(c, flag).includes(item) ? `--${flag} includes ${item}` : undefined;
const featureNotOff = (gate: string): FlagTest => (c) => flagList(c, 'feature-gates').includes(`${gate}=false`) ? `feature gate ${gate} is disabled` : undefined;
const strongCiphers: FlagTest = (c) => {
  const list = flagList(c, 'tls-cipher-suites');
  if (list.length === 0) return '--tls-cipher-suites not set (Go defaults include CBC suites)';
  const weak = list.filter((s) => !STRONG_CIPHERS.has(s));
  return weak.length === 0 ? undefined : `weak cipher suites allowed: ${weak.join(', ')}`;
};
const distinctEtcdCa: FlagTest = (c, ctx) => {
  const etcdCa = flagValue(c, 'trusted-ca-file');
  const apiserver = ctx.view.controlPlane.get('kube-apiserver');
  const clientCa = apiserver ? flagValue(apiserver, 'client-ca-file') : undefined;
  if (etcdCa === undefined) return '--trusted-ca-file not set';
  return etcdCa === clientCa ? `etcd trusts the cluster CA (${etcdCa}) used for API clients` : undefined;
};

function flagControl(id: string, title: string, component: ControlPlaneComponent, ...tests: FlagTest[]): BenchmarkControl {
  return {
    id, title,
    evaluate(ctx): BenchmarkOutcome {
      const view = ctx.view;
      if (view.managedControlPlane) return notApplicable(`provider-managed control plane (${view.distribution.distribution}): ${component} is run and configured by the provider`);
      const flags = view.controlPlane.get(component);
      if (!flags) {
        const reason = component === 'kube-apiserver' ? apiserverInvisibleReason(view) : view.unreadable('pods') !== undefined
          ? `pods could not be read: ${view.unreadable('pods')}` : `no ${component} static pod in kube-system (control plane not visible through the API)`;
        return notEvaluated(reason);
      }
      const problems = tests.map((t) => t(flags, ctx)).filter((p): p is string => p !== undefined);
      return problems.length > 0 ? fail(`${component}: ${problems.join('; ')}`, [refOfObject(flags.pod)]) : pass(`${component} flags comply`, [refOfObject(flags.pod)]);
    },
  };
}

const A = 'kube-apiserver';
const PLUGINS = 'enable-admission-plugins';

export const CONTROL_PLANE_CONTROLS: readonly BenchmarkControl[] = [
  flagControl('CIS-1.2.1', 'API server refuses anonymous requests', A, is('anonymous-auth', 'false', 'true')),
  flagControl('CIS-1.2.2', 'API server does not use a static token file', A, unset('token-auth-file')),
  flagControl('CIS-1.2.3', 'DenyServiceExternalIPs admission plugin is on', A, listHas(PLUGINS, 'DenyServiceExternalIPs')),
  flagControl('CIS-1.2.4', 'API server authenticates to kubelets with a client certificate', A, set('kubelet-client-certificate', 'kubelet-client-key')),
  flagControl('CIS-1.2.5', 'API server verifies kubelet serving certificates', A, set('kubelet-certificate-authority')),
  flagControl('CIS-1.2.6', 'Authorization mode is not AlwaysAllow', A, set('authorization-mode'), listLacks('authorization-mode', 'AlwaysAllow')),
  flagControl('CIS-1.2.7', 'Authorization mode includes Node', A, listHas('authorization-mode', 'Node')),
  flagControl('CIS-1.2.8', 'Authorization mode includes RBAC', A, listHas('authorization-mode', 'RBAC')),
  flagControl('CIS-1.2.9', 'EventRateLimit admission plugin is on', A, listHas(PLUGINS, 'EventRateLimit')),
  flagControl('CIS-1.2.10', 'AlwaysAdmit admission plugin is off', A, listLacks(PLUGINS, 'AlwaysAdmit')),
  flagControl('CIS-1.2.11', 'AlwaysPullImages admission plugin is on', A, listHas(PLUGINS, 'AlwaysPullImages')),
  flagControl('CIS-1.2.12', 'ServiceAccount admission plugin is not disabled', A, listLacks('disable-admission-plugins', 'ServiceAccount')),
  flagControl('CIS-1.2.13', 'NamespaceLifecycle admission plugin is not disabled', A, listLacks('disable-admission-plugins', 'NamespaceLifecycle')),
  flagControl('CIS-1.2.14', 'NodeRestriction admission plugin is on', A, listHas(PLUGINS, 'NodeRestriction')),
  flagControl('CIS-1.2.15', 'API server profiling endpoint is off', A, is('profiling', 'false', 'true')),
  flagControl('CIS-1.2.16', 'API server writes an audit log', A, set('audit-log-path')),
  flagControl('CIS-1.2.17', 'Audit logs are kept at least 30 days', A, atLeast('audit-log-maxage', 30)),
  flagControl('CIS-1.2.18', 'At least 10 rotated audit logs are kept', A, atLeast('audit-log-maxbackup', 10)),
  flagControl('CIS-1.2.19', 'Audit logs rotate at 100 MB or more', A, atLeast('audit-log-maxsize', 100)),
  flagControl('CIS-1.2.20', 'Request timeout is not shortened below the default', A, (c) => {
    const v = flagValue(c, 'request-timeout');
    return v === undefined || !/^\d+s$/.test(v) || Number(v.slice(0, -1)) >= 60 ? undefined : `--request-timeout is ${v}`;
  }),
  flagControl('CIS-1.2.21', 'Service account tokens are checked against etcd', A, isNot('service-account-lookup', 'false')),
  flagControl('CIS-1.2.22', 'Service account verification keys are configured', A, set('service-account-key-file')),
  flagControl('CIS-1.2.23', 'API server authenticates to etcd with a client certificate', A, set('etcd-certfile', 'etcd-keyfile')),
  flagControl('CIS-1.2.24', 'API server serves TLS with its own certificate', A, set('tls-cert-file', 'tls-private-key-file')),
  flagControl('CIS-1.2.25', 'API server verifies client certificates against a CA', A, set('client-ca-file')),
  flagControl('CIS-1.2.26', 'API server verifies etcd\'s certificate', A, set('etcd-cafile')),
  flagControl('CIS-1.2.27', 'Encryption at rest is configured', A, set('encryption-provider-config')),
  flagControl('CIS-1.2.29', 'API server offers only strong TLS cipher suites', A, strongCiphers),
  flagControl('CIS-1.3.1', 'Terminated pods are garbage-collected at a threshold', 'kube-controller-manager', set('terminated-pod-gc-threshold')),
  flagControl('CIS-1.3.2', 'Controller manager profiling endpoint is off', 'kube-controller-manager', is('profiling', 'false', 'true')),
  flagControl('CIS-1.3.3', 'Controllers use individual service account credentials', 'kube-controller-manager', is('use-service-account-credentials', 'true', 'false')),
  flagControl('CIS-1.3.4', 'Service account token signing key is configured', 'kube-controller-manager', set('service-account-private-key-file')),
  flagControl('CIS-1.3.5', 'Root CA is published to service account token volumes', 'kube-controller-manager', set('root-ca-file')),
  flagControl('CIS-1.3.6', 'Kubelet serving certificate rotation is not disabled', 'kube-controller-manager', featureNotOff('RotateKubeletServerCertificate')),
  flagControl('CIS-1.3.7', 'Controller manager listens on localhost only', 'kube-controller-manager', is('bind-address', '127.0.0.1')),
  flagControl('CIS-1.4.1', 'Scheduler profiling endpoint is off', 'kube-scheduler', is('profiling', 'false', 'true')),
  flagControl('CIS-1.4.2', 'Scheduler listens on localhost only', 'kube-scheduler', is('bind-address', '127.0.0.1')),
  flagControl('CIS-2.1', 'etcd serves TLS with a certificate and key', 'etcd', set('cert-file', 'key-file')),
  flagControl('CIS-2.2', 'etcd requires client certificates', 'etcd', is('client-cert-auth', 'true')),
  flagControl('CIS-2.3', 'etcd does not generate self-signed client TLS', 'etcd', isNot('auto-tls', 'true')),
  flagControl('CIS-2.4', 'etcd peers use TLS certificates', 'etcd', set('peer-cert-file', 'peer-key-file')),
  flagControl('CIS-2.5', 'etcd peers require client certificates', 'etcd', is('peer-client-cert-auth', 'true')),
  flagControl('CIS-2.6', 'etcd does not generate self-signed peer TLS', 'etcd', isNot('peer-auto-tls', 'true')),
  flagControl('CIS-2.7', 'etcd uses a CA of its own', 'etcd', distinctEtcdCa),
  flagControl('CIS-3.2.1', 'An audit policy is configured', A, set('audit-policy-file')),
  flagControl('CIS-5.5.1', 'Image provenance is enforced by ImagePolicyWebhook', A, listHas(PLUGINS, 'ImagePolicyWebhook')),
];

/** 1.2.28 needs the encryption configuration file's content, which lives on the node. */
export const ENCRYPTION_PROVIDERS_CONTROL: BenchmarkControl = {
  id: 'CIS-1.2.28', title: 'Encryption providers are appropriate',
  evaluate: (ctx) => ctx.view.managedControlPlane
    ? notApplicable(`provider-managed control plane (${ctx.view.distribution.distribution})`)
    : notApplicable('needs node access: the EncryptionConfiguration file is read from the control-plane node'),
};
