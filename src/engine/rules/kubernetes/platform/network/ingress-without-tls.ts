import { asArray, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const ingressWithoutTls = defineKubeRule({
  id: 'BW-K8S-135',
  title: 'Ingress without TLS',
  severity: 'medium',
  category: 'network',
  aliases: ['union:N06', 'polaris:tlsSettingsMissing', 'kubescape:C-0263'],
  description: 'An Ingress with no spec.tls serves its hosts over plain HTTP, so credentials and data travel unencrypted.',
  remediation: 'Add spec.tls entries with a certificate Secret for every host (cert-manager can issue them).',
  references: ['https://kubernetes.io/docs/concepts/services-networking/ingress/#tls'],
  kinds: ['Ingress'],
  check(obj, _ctx, report) {
    if (asArray(getPath(obj.body, ['spec', 'tls'])).length > 0) return;
    report({ message: `Ingress "${obj.name}" has no TLS section`, path: ['spec', 'tls'] });
  },
});
