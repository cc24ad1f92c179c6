import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { defineDockerfileRule } from '../define-rule.js';
import { cleansCache } from './support/cleans-cache.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const yumCleanMissing = defineDockerfileRule({
  id: 'BW-DF-033',
  title: 'yum install without yum clean all',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D33', 'hadolint:DL3032', 'trivy:DS-0015', 'kics:yum_clean_all_missing'],
  description: 'Package metadata and downloaded packages stay in /var/cache unless the same RUN removes them, adding size to every image built from this layer.',
  remediation: 'Finish the RUN with `yum clean all` (or mount a build cache on /var/cache/yum).',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3032', 'https://avd.aquasec.com/misconfig/ds015'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const seen = new Set<DockerfileInstruction>();
      for (const inv of packageInvocations(stage, ['yum'], ['install', 'groupinstall', 'localinstall'])) {
        const inst = inv.run.instruction;
        if (seen.has(inst)) continue;
        seen.add(inst);
        if (!cleansCache(inst, 'yum', [['clean', 'all']], '/var/cache/yum')) report(findingAt(dockerfile, inst, 'yum installs packages but the RUN does not clean its cache', inv.run.command.nameRange));
      }
    }
  },
});
