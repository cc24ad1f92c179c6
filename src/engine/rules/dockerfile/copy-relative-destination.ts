import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { stageLineage } from './support/stage-lineage.js';
import { isAbsoluteOrDynamic } from './workdir-relative.js';

export const copyRelativeDestination = defineDockerfileRule({
  id: 'BW-DF-057',
  title: 'COPY to a relative destination without WORKDIR',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D57', 'hadolint:DL3045'],
  description: 'A relative COPY destination resolves against the working directory inherited from the base image, which can change with the base image tag.',
  remediation: 'Set WORKDIR first, or copy to an absolute path.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3045', 'https://docs.docker.com/reference/dockerfile/#copy'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      let hasWorkdir = stageLineage(dockerfile, stage).slice(1).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'));
      for (const inst of stage.instructions) {
        if (inst.keyword === 'WORKDIR') hasWorkdir = true;
        if (inst.keyword !== 'COPY' || hasWorkdir || inst.args.length < 2) continue;
        const dest = inst.args[inst.args.length - 1]!;
        if (!isAbsoluteOrDynamic(dest.value)) report(findingAt(dockerfile, inst, `COPY destination "${dest.value}" is relative and no WORKDIR is set`, dest.range));
      }
    }
  },
});
