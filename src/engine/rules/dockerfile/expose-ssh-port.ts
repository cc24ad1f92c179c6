import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { exposedPorts } from './support/exposed-ports.js';

export const exposeSshPort = defineDockerfileRule({
  id: 'BW-DF-010',
  title: 'Image exposes port 22 (SSH)',
  severity: 'medium',
  category: 'network',
  aliases: ['union:D10', 'trivy:DS-0004', 'checkov:CKV_DOCKER_1', 'kics:exposing_port_22'],
  description:
    'Exposing SSH suggests an SSH daemon in the container: another credential store, another network service to ' +
    'patch and a way in that bypasses the orchestrator\'s exec and audit controls.',
  remediation: 'Remove the SSH server and `EXPOSE 22`; use `kubectl exec` / `docker exec` for debugging.',
  references: ['https://docs.docker.com/reference/dockerfile/#expose', 'https://avd.aquasec.com/misconfig/ds004'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      for (const port of exposedPorts(inst)) {
        if (port.from <= 22 && 22 <= port.to && port.protocol === 'tcp') report(findingAt(dockerfile, inst, 'EXPOSE includes port 22 (SSH)', port.token.range));
      }
    }
  },
});
