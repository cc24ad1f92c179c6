import { parseComponentVersion } from '../vulnerabilities/parse-component-version.js';
import { defineClusterRule } from './define-cluster-rule.js';

// Upstream end of maintenance per minor (kubernetes.io/releases); vendors may support longer.
const END_OF_LIFE: Readonly<Record<string, string>> = {
  '1.20': '2022-02-28', '1.21': '2022-06-28', '1.22': '2022-10-28', '1.23': '2023-02-28', '1.24': '2023-07-28',
  '1.25': '2023-10-28', '1.26': '2024-02-28', '1.27': '2024-06-28', '1.28': '2024-10-28', '1.29': '2025-02-28',
  '1.30': '2025-06-28', '1.31': '2025-10-28', '1.32': '2026-02-28', '1.33': '2026-06-28', '1.34': '2026-10-27',
  '1.35': '2027-02-28',
};

export const kubernetesEndOfLife = defineClusterRule({
  id: 'BW-CL-016',
  title: 'Kubernetes version no longer receives fixes',
  severity: 'medium',
  category: 'control_plane',
  aliases: ['kubescape:C-0273'],
  description: 'The cluster\'s minor version is past its upstream end of maintenance: security fixes are no longer released for it (a managed provider may still backport some).',
  remediation: 'Upgrade the control plane and nodes to a maintained minor version.',
  references: ['https://kubernetes.io/releases/'],
  check(view, report, notEvaluated) {
    const git = view.snapshot.version?.gitVersion;
    const parsed = git === undefined ? undefined : parseComponentVersion(git);
    if (git === undefined || parsed === undefined) return notEvaluated('the API server version could not be read');
    const v = parsed.version;
    const minor = `${v.major}.${v.minor}`;
    const eol = END_OF_LIFE[minor];
    if (eol === undefined) {
      // Older than the table's first entry is certainly out of support; newer is not yet.
      if (v.major === 1 && v.minor < 20) report({ message: `Kubernetes ${git} (${minor}) is long past end of life`, resource: { kind: 'Cluster', name: 'kubernetes' } });
      return;
    }
    if (view.now > Date.parse(`${eol}T23:59:59Z`)) {
      report({ message: `Kubernetes ${git}: ${minor} reached end of life on ${eol}${parsed.vendor !== undefined ? ` upstream (${parsed.vendor} may support it longer)` : ''}`, resource: { kind: 'Cluster', name: 'kubernetes' } });
    }
  },
});
