import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { defineDockerfileRule } from '../define-rule.js';
import { cleansCache } from './support/cleans-cache.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const dnfCleanMissing = defineDockerfileRule({
  id: 'BW-DF-036',
  title: 'dnf install without dnf clean all',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D36', 'hadolint:DL3040', 'trivy:DS-0019', 'kics:missing_dnf_clean_all'],
  description: 'Package metadata and downloaded packages stay in /var/cache unless the same RUN removes them, adding size to every image built from this layer.',
  remediation: 'Finish the RUN with `dnf clean all` (or mount a build cache on /var/cache/dnf).',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3040', 'https://avd.aquasec.com/misconfig/ds019'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const seen = new Set<DockerfileInstruction>();
      for (const inv of packageInvocations(stage, ['dnf'], ['install', 'groupinstall', 'reinstall', 'upgrade', 'update'])) {
        const inst = inv.run.instruction;
        if (seen.has(inst)) continue;
        seen.add(inst);
        if (!cleansCache(inst, 'dnf', [['clean', 'all']], '/var/cache/dnf')) report(findingAt(dockerfile, inst, 'dnf installs packages but the RUN does not clean its cache', inv.run.command.nameRange));
      }
    }
  },
});
