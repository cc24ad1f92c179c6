import { asArray, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const externalIpsService = defineKubeRule({
  id: 'BW-K8S-132',
  title: 'Service sets externalIPs',
  severity: 'high',
  category: 'network',
  aliases: ['union:N03', 'trivy:KSV-0108', 'kubescape:C-0258'],
  description:
    'kube-proxy routes traffic for any spec.externalIPs address to the Service, whoever owns that address. ' +
    'Whoever can create Services can therefore intercept traffic to arbitrary IPs (CVE-2020-8554).',
  remediation: 'Remove spec.externalIPs and enable the DenyServiceExternalIPs admission plugin.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#external-ips'],
  kinds: ['Service'],
  check(obj, _ctx, report) {
    if (asArray(getPath(obj.body, ['spec', 'externalIPs'])).length > 0) {
      report({ message: `Service "${obj.name}" sets externalIPs`, path: ['spec', 'externalIPs'] });
    }
  },
});
