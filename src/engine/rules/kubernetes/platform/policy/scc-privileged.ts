import { defineKubeRule } from '../../../define-rule.js';

export const sccPrivileged = defineKubeRule({
  id: 'BW-K8S-211',
  title: 'OpenShift SecurityContextConstraints allow privileged containers',
  severity: 'high',
  category: 'node_escape',
  aliases: ['union:X03', 'kube-linter:scc-deny-privileged-container'],
  description: 'Every pod admitted through this SCC may run privileged containers with full access to the node.',
  remediation: 'Set allowPrivilegedContainer: false and grant privileged SCCs only to the few system service accounts that need them.',
  references: ['https://docs.openshift.com/container-platform/latest/authentication/managing-security-context-constraints.html'],
  kinds: ['SecurityContextConstraints'],
  check(obj, _ctx, report) {
    if (obj.body['allowPrivilegedContainer'] === true) {
      report({ message: `SecurityContextConstraints "${obj.name}" allow privileged containers`, path: ['allowPrivilegedContainer'] });
    }
  },
});
