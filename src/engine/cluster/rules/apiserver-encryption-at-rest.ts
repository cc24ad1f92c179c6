import { flagValue } from '../benchmark/control-plane-flags.js';
import { defineApiserverFlagRule } from './define-apiserver-flag-rule.js';

export const apiserverEncryptionAtRest = defineApiserverFlagRule({
  id: 'BW-CL-012',
  title: 'Secrets are stored unencrypted in etcd',
  severity: 'high',
  category: 'secrets',
  aliases: ['kubescape:C-0066', 'cis:1.2.27'],
  description: 'kube-apiserver has no --encryption-provider-config, so Secrets sit in etcd and its backups as base64 text.',
  remediation: 'Configure an EncryptionConfiguration (a KMS v2 provider, or aescbc/secretbox) and rewrite existing Secrets.',
  references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
  evaluate: (apiserver) => flagValue(apiserver, 'encryption-provider-config') === undefined ? 'kube-apiserver sets no --encryption-provider-config' : undefined,
});
