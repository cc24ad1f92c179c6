import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';
import { stageLineage } from './support/stage-lineage.js';

export const pipCacheKept = defineDockerfileRule({
  id: 'BW-DF-043',
  title: 'pip install without --no-cache-dir',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D43', 'hadolint:DL3042', 'kics:pip_install_keeping_cached_packages'],
  description: 'pip keeps downloaded wheels in ~/.cache/pip, which then ships in the layer for no benefit.',
  remediation: 'Use `pip install --no-cache-dir …`, set `ENV PIP_NO_CACHE_DIR=1`, or mount a build cache on the pip cache.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3042'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const envOff = stageLineage(dockerfile, stage).some((s) => s.instructions.some((i) =>
        (i.keyword === 'ENV' || i.keyword === 'ARG') && i.keyValues.some((kv) => kv.key.value === 'PIP_NO_CACHE_DIR')));
      if (envOff) continue;
      for (const inv of packageInvocations(stage, ['pip'], ['install'])) {
        if (hasFlag(inv.args, '', ['--no-cache-dir'])) continue;
        if (inv.run.command.assignments.some((a) => a.startsWith('PIP_NO_CACHE_DIR='))) continue;
        if (inv.run.instruction.flags.some((f) => f.name === 'mount' && /cache\/pip/.test(f.value ?? ''))) continue;
        report(findingAt(dockerfile, inv.run.instruction, 'pip install keeps its download cache in the layer', inv.run.command.nameRange));
      }
    }
  },
});
