import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { defineDockerfileRule } from '../define-rule.js';
import { cleansCache } from './support/cleans-cache.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const microdnfCleanMissing = defineDockerfileRule({
  id: 'BW-DF-038',
  title: 'microdnf install without microdnf clean all',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D38', 'trivy:DS-0027'],
  description: 'Package metadata and downloaded packages stay in /var/cache unless the same RUN removes them, adding size to every image built from this layer.',
  remediation: 'Finish the RUN with `microdnf clean all` (or mount a build cache on /var/cache/yum).',
  references: ['https://avd.aquasec.com/misconfig/ds027'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const seen = new Set<DockerfileInstruction>();
      for (const inv of packageInvocations(stage, ['microdnf'], ['install', 'reinstall', 'upgrade', 'update'])) {
        const inst = inv.run.instruction;
        if (seen.has(inst)) continue;
        seen.add(inst);
        if (!cleansCache(inst, 'microdnf', [['clean', 'all']], '/var/cache/yum')) report(findingAt(dockerfile, inst, 'microdnf installs packages but the RUN does not clean its cache', inv.run.command.nameRange));
      }
    }
  },
});
