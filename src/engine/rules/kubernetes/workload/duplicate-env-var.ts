import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const duplicateEnvVar = defineKubeRule({
  id: 'BW-K8S-063',
  title: 'Environment variable defined twice in one container',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K63', 'kube-linter:duplicate-env-var', 'kube-score:environment-variable-key-duplication'],
  description:
    'When a name appears twice in env the last entry silently wins, so a reviewer reading the first one is misled ' +
    'and a later patch can override a security setting without anyone noticing.',
  remediation: 'Keep one entry per variable name.',
  references: ['https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const seen = new Set<string>();
      asArray(c.spec['env']).forEach((e, i) => {
        const name = asString(asObject(e)?.['name']);
        if (name === undefined) return;
        if (seen.has(name)) report({ message: `${c.type} "${c.name}" defines env ${name} more than once`, path: [...c.path, 'env', i, 'name'] });
        seen.add(name);
      });
    }
  },
});
