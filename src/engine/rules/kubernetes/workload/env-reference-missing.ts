import type { PathSegment } from '../../../../domain/source-range.js';
import type { KubeObject } from '../../../inputs/kube-object.js';
import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import type { KubeRuleContext } from '../../define-rule.js';
import { defineKubeRule } from '../../define-rule.js';
import { namespaceOf } from './pod-service-account.js';
import { findNamed } from './scan-index.js';

interface EnvReference {
  readonly kind: 'Secret' | 'ConfigMap';
  readonly name: string;
  readonly key: string | undefined;
  readonly path: readonly PathSegment[];
}

const DATA_FIELDS = { Secret: ['data', 'stringData'], ConfigMap: ['data', 'binaryData'] } as const;

function referencesOf(obj: KubeObject): Array<EnvReference & { container: string }> {
  const out: Array<EnvReference & { container: string }> = [];
  for (const c of containersOf(obj)) {
    asArray(c.spec['env']).forEach((e, i) => {
      const from = asObject(asObject(e)?.['valueFrom']);
      for (const [field, kind] of [['secretKeyRef', 'Secret'], ['configMapKeyRef', 'ConfigMap']] as const) {
        const ref = asObject(from?.[field]);
        const name = asString(ref?.['name']);
        // optional: true means Kubernetes starts the pod without the value; nothing breaks.
        if (!ref || name === undefined || ref['optional'] === true) continue;
        out.push({ kind, name, key: asString(ref['key']), path: [...c.path, 'env', i, 'valueFrom', field, 'name'], container: c.name });
      }
    });
    asArray(c.spec['envFrom']).forEach((e, i) => {
      for (const [field, kind] of [['secretRef', 'Secret'], ['configMapRef', 'ConfigMap']] as const) {
        const ref = asObject(asObject(e)?.[field]);
        const name = asString(ref?.['name']);
        if (!ref || name === undefined || ref['optional'] === true) continue;
        out.push({ kind, name, key: undefined, path: [...c.path, 'envFrom', i, field, 'name'], container: c.name });
      }
    });
  }
  return out;
}

function hasKey(target: KubeObject, kind: 'Secret' | 'ConfigMap', key: string): boolean {
  return DATA_FIELDS[kind].some((f) => {
    const data = asObject(target.body[f]);
    return data !== undefined && Object.prototype.hasOwnProperty.call(data, key);
  });
}

function problemOf(ref: EnvReference, namespace: string, ctx: KubeRuleContext): string | undefined {
  const target = findNamed(ctx, ref.kind, namespace, ref.name);
  if (target) return ref.key !== undefined && !hasKey(target, ref.kind, ref.key) ? `${ref.kind} "${ref.name}", which has no key "${ref.key}"` : undefined;
  // Without any object of that kind in the set, the references are most likely satisfied by
  // objects managed elsewhere (sealed secrets, another chart): stay quiet rather than noisy.
  return ctx.byKind(ref.kind).length > 0 ? `${ref.kind} "${ref.name}", which does not exist in namespace ${namespace}` : undefined;
}

export const envReferenceMissing = defineKubeRule({
  id: 'BW-K8S-064',
  title: 'Environment references a missing Secret or ConfigMap',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K64', 'kube-linter:env-value-from', 'kubescape:C-0307'],
  description:
    'A non-optional reference to a Secret or ConfigMap (or a key in it) that does not exist keeps the container ' +
    'from starting (CreateContainerConfigError), usually because of a typo or a renamed key.',
  remediation: 'Create the referenced object or key, fix the name, or mark the reference `optional: true` if the value may be absent.',
  references: ['https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/'],
  check(obj, ctx, report) {
    const namespace = namespaceOf(obj);
    for (const ref of referencesOf(obj)) {
      const problem = problemOf(ref, namespace, ctx);
      if (problem !== undefined) report({ message: `${obj.kind} "${obj.name}" container "${ref.container}" references ${problem}`, path: ref.path });
    }
  },
});
