import { asArray, asObject } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

export const probePortNotExposed = defineKubeRule({
  id: 'BW-K8S-044',
  title: 'Probe targets a port the container does not declare',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K44', 'kube-linter:liveness-port', 'kube-linter:readiness-port', 'kube-linter:startup-port'],
  description:
    'A probe pointing at a named port that does not exist (or at a UDP port) never succeeds, and a numeric port missing ' +
    'from the container\'s declared ports usually means the probe was copied from another container: either way it checks nothing useful.',
  remediation: 'Point the probe at one of the container\'s `ports` (by name or number), or declare the port.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      // Most containers have no probe at all: nothing to compare, so no port sets to build.
      if (!PROBES.some((probe) => c.spec[probe] !== undefined)) continue;
      const declared = asArray(c.spec['ports']).map((p) => asObject(p)).filter((p) => p !== undefined);
      // Every probe handler speaks TCP, so a UDP or SCTP port cannot answer it.
      const tcp = declared.filter((p) => p['protocol'] === undefined || p['protocol'] === 'TCP');
      const names = new Set(tcp.map((p) => p['name']).filter((n) => typeof n === 'string'));
      const numbers = new Set(tcp.map((p) => p['containerPort']).filter((n) => typeof n === 'number'));
      for (const probe of PROBES) {
        for (const handler of HANDLERS) {
          const port = asObject(asObject(c.spec[probe])?.[handler])?.['port'];
          if (port === undefined) continue;
          const path = [...c.path, probe, handler, 'port'];
          if (typeof port === 'string' && !/^\d+$/.test(port) && !names.has(port)) {
            report({ message: `${probe} of container "${c.name}" targets port name "${port}", which the container does not declare as a TCP port`, path });
          } else if (declared.length > 0 && (typeof port === 'number' || (typeof port === 'string' && /^\d+$/.test(port))) && !numbers.has(Number(port))) {
            // Declaring ports is optional; only a container that lists its ports is held to them for numeric probes.
            report({ message: `${probe} of container "${c.name}" targets port ${port}, which the container does not declare as a TCP port`, path });
          }
        }
      }
    }
  },
});
