import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { isLiteralSecretValue, isSecretLikeName, isSecretLikeValue } from './secret-like.js';

export const literalSecretEnv = defineKubeRule({
  id: 'BW-K8S-052',
  title: 'Credential written literally in an environment variable',
  severity: 'high',
  category: 'secrets',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K52', 'kube-linter:env-var-secret', 'polaris:sensitiveContainerEnvVar', 'kubescape:C-0012'],
  description:
    'A password or token typed into the manifest is stored in git, in the API server and in every copy of the ' +
    'manifest, readable by anyone who can read the workload.',
  remediation: 'Move the value into a Secret (or an external secret store) and mount it as a file; rotate the exposed credential.',
  references: ['https://kubernetes.io/docs/concepts/configuration/secret/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      asArray(c.spec['env']).forEach((e, i) => {
        const entry = asObject(e);
        const name = asString(entry?.['name']);
        const value = entry?.['value'];
        if (name === undefined || value === undefined || value === null || typeof value === 'object') return;
        const text = String(value);
        const byName = isSecretLikeName(name) && isLiteralSecretValue(text);
        if (byName || isSecretLikeValue(text)) {
          report({ message: `${c.type} "${c.name}" sets env ${name} to a literal that looks like a credential`, path: [...c.path, 'env', i, 'value'] });
        }
      });
    }
  },
});
