import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const secretInEnv = defineKubeRule({
  id: 'BW-K8S-051',
  title: 'Secret exposed through environment variables',
  severity: 'low',
  category: 'secrets',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K51', 'checkov:CKV_K8S_35', 'kics:secrets_as_environment_variables', 'kube-linter:read-secret-from-env-var',
    'kubesec:SecretsAsEnvironmentVariables', 'kubescape:C-0207',
  ],
  description:
    'Environment variables are inherited by child processes, printed by crash handlers and debug endpoints and ' +
    'visible in /proc; secrets mounted as files leak far less easily and can be rotated without a restart.',
  remediation: 'Mount the Secret as a volume and read the value from the file instead of `secretKeyRef`/`envFrom.secretRef`.',
  references: ['https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      asArray(c.spec['env']).forEach((e, i) => {
        const ref = asObject(asObject(asObject(e)?.['valueFrom'])?.['secretKeyRef']);
        if (ref) {
          const name = asString(asObject(e)?.['name']) ?? `env[${i}]`;
          report({ message: `${c.type} "${c.name}" reads secret "${asString(ref['name']) ?? '?'}" into env ${name}`, path: [...c.path, 'env', i, 'valueFrom', 'secretKeyRef'] });
        }
      });
      asArray(c.spec['envFrom']).forEach((e, i) => {
        const ref = asObject(asObject(e)?.['secretRef']);
        if (ref) report({ message: `${c.type} "${c.name}" loads secret "${asString(ref['name']) ?? '?'}" into its environment`, path: [...c.path, 'envFrom', i, 'secretRef'] });
      });
    }
  },
});
