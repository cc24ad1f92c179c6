import type { JsonValue } from '../../../inputs/kube-object.js';
import { asObject } from '../../../inputs/kube-object.js';
import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { probeContainersOf } from './probe-containers.js';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;

function canonical(value: JsonValue | undefined): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = asObject(value);
  if (obj) return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
  return JSON.stringify(value ?? null);
}

function handlerOf(probe: JsonValue | undefined): string | undefined {
  const obj = asObject(probe);
  if (!obj) return undefined;
  const parts = HANDLERS.filter((h) => obj[h] !== undefined).map((h) => `${h}=${canonical(obj[h])}`);
  return parts.length > 0 ? parts.join(';') : undefined;
}

export const identicalProbes = defineKubeRule({
  id: 'BW-K8S-045',
  title: 'Liveness and readiness probes are identical',
  severity: 'info',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K45', 'kube-score:pod-probes-identical'],
  description:
    'When both probes run the same check, a temporary overload that should only take the pod out of rotation also ' +
    'gets it restarted, which turns a slowdown into a cascade of restarts.',
  remediation: 'Make the liveness probe check only that the process is alive, and let the readiness probe check its dependencies.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  check(obj, _ctx, report) {
    for (const c of probeContainersOf(obj)) {
      const liveness = handlerOf(c.spec['livenessProbe']);
      if (liveness !== undefined && liveness === handlerOf(c.spec['readinessProbe'])) {
        report({ message: `container "${c.name}" uses the same check for liveness and readiness`, path: [...c.path, 'readinessProbe'] });
      }
    }
  },
});
