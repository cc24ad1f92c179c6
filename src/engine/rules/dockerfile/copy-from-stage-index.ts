import { defineDockerfileRule } from '../define-rule.js';
import { copyFromFlag } from './support/copy-from.js';
import { findingAt } from './support/dockerfile-finding.js';

export const copyFromStageIndex = defineDockerfileRule({
  id: 'BW-DF-066',
  title: 'COPY --from uses a stage number',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D66', 'kics:using_unnamed_build_stages'],
  description: 'Stage numbers shift when a stage is added or removed, so `--from=0` silently starts copying from a different stage.',
  remediation: 'Name the stage (`FROM … AS build`) and copy with `--from=build`.',
  references: ['https://docs.docker.com/build/building/multi-stage/#name-your-build-stages'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      const flag = copyFromFlag(inst);
      if (flag && /^\d+$/.test(flag.value!)) report(findingAt(dockerfile, inst, `--from=${flag.value} refers to a stage by number`, flag.range));
    }
  },
});
