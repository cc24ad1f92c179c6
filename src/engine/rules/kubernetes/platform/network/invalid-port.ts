import type { PathSegment } from '../../../../../domain/source-range.js';
import type { JsonValue } from '../../../../inputs/kube-object.js';
import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';
import { containersOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';

// IANA service name rules the API server applies to port names: 1–15 characters,
// lowercase letters, digits and single inner hyphens, at least one letter.
function isValidPortName(name: string): boolean {
  return name.length >= 1 && name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && !name.includes('--') && /[a-z]/.test(name);
}

function portProblem(value: JsonValue | undefined, allowName: boolean): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 65535 ? undefined : `port ${value} is outside 1–65535`;
  if (typeof value === 'string') {
    // A quoted number is a string, and strings must be port names (which need a letter): the API rejects it.
    if (/^\d+$/.test(value)) return `port "${value}" is quoted; write the number without quotes`;
    return allowName && isValidPortName(value) ? undefined : `"${value}" is not a valid port name`;
  }
  return value === undefined || value === null ? 'port number is missing' : 'port is neither a number nor a name';
}

export const invalidPort = defineKubeRule({
  id: 'BW-K8S-134',
  title: 'Invalid port number or port name',
  severity: 'low',
  category: 'network',
  aliases: ['union:N05', 'kube-linter:invalid-target-ports', 'kube-score:container-ports-check'],
  description:
    'Port names must be IANA service names (at most 15 lowercase characters) and numbers must be 1–65535; ' +
    'container port names must be unique. Otherwise the API server rejects the object or the Service cannot ' +
    'resolve a named targetPort.',
  remediation: 'Use a short lowercase name and a port number within 1–65535, unique per container.',
  references: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports'],
  check(obj, _ctx, report) {
    const flag = (path: PathSegment[], problem: string, owner: string) => report({ message: `${owner}: ${problem}`, path });
    if (obj.kind === 'Service') {
      asArray(getPath(obj.body, ['spec', 'ports'])).forEach((p, i) => {
        const port = asObject(p);
        if (!port || port['targetPort'] === undefined) return;
        const problem = portProblem(port['targetPort'], true);
        if (problem) flag(['spec', 'ports', i, 'targetPort'], problem, `Service "${obj.name}" targetPort`);
      });
      return;
    }
    for (const c of containersOf(obj)) {
      const seen = new Set<string>();
      asArray(c.spec['ports']).forEach((p, i) => {
        const port = asObject(p);
        if (!port) return;
        const base = [...c.path, 'ports', i];
        const owner = `${c.type} "${c.name}"`;
        const numberProblem = portProblem(port['containerPort'], false);
        if (numberProblem) flag([...base, 'containerPort'], numberProblem, owner);
        const name = port['name'];
        if (typeof name !== 'string') return;
        if (!isValidPortName(name)) flag([...base, 'name'], `"${name}" is not a valid port name`, owner);
        else if (seen.has(name)) flag([...base, 'name'], `port name "${name}" is used twice`, owner);
        seen.add(name);
      });
    }
  },
});
