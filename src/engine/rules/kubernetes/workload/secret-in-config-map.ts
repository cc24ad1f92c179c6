import { asObject } from '../../../inputs/kube-object.js';
import { defineKubeRule } from '../../define-rule.js';
import { isLiteralSecretValue, isSecretLikeName, isSecretLikeValue } from './secret-like.js';

export const secretInConfigMap = defineKubeRule({
  id: 'BW-K8S-053',
  title: 'ConfigMap holds credential-like data',
  severity: 'high',
  category: 'secrets',
  kinds: ['ConfigMap'],
  aliases: ['union:K53', 'trivy:KSV-01010', 'trivy:KSV-0109', 'polaris:sensitiveConfigmapContent', 'kubescape:C-0012'],
  description:
    'ConfigMaps are readable by far more roles than Secrets and are never encrypted at rest; credentials stored in ' +
    'them are effectively public inside the cluster.',
  remediation: 'Move the value into a Secret (or an external secret store) and rotate it.',
  references: ['https://kubernetes.io/docs/concepts/configuration/configmap/'],
  check(obj, _ctx, report) {
    const data = asObject(obj.body['data']);
    if (!data) return;
    for (const [key, value] of Object.entries(data)) {
      if (value === null || typeof value === 'object') continue;
      const text = String(value);
      if ((isSecretLikeName(key) && isLiteralSecretValue(text)) || isSecretLikeValue(text)) {
        report({ message: `ConfigMap "${obj.name}" key ${key} looks like a credential`, path: ['data', key] });
      }
    }
  },
});
