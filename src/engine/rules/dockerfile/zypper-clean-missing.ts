import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { defineDockerfileRule } from '../define-rule.js';
import { cleansCache } from './support/cleans-cache.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const zypperCleanMissing = defineDockerfileRule({
  id: 'BW-DF-040',
  title: 'zypper install without zypper clean',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D40', 'hadolint:DL3036', 'trivy:DS-0020', 'kics:missing_zypper_clean'],
  description: 'Package metadata and downloaded packages stay in /var/cache unless the same RUN removes them, adding size to every image built from this layer.',
  remediation: 'Finish the RUN with `zypper clean` (or mount a build cache on /var/cache/zypp).',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3036', 'https://avd.aquasec.com/misconfig/ds020'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const seen = new Set<DockerfileInstruction>();
      for (const inv of packageInvocations(stage, ['zypper'], ['install', 'in'])) {
        const inst = inv.run.instruction;
        if (seen.has(inst)) continue;
        seen.add(inst);
        if (!cleansCache(inst, 'zypper', [['clean'], ['cc']], '/var/cache/zypp')) report(findingAt(dockerfile, inst, 'zypper installs packages but the RUN does not clean its cache', inv.run.command.nameRange));
      }
    }
  },
});
