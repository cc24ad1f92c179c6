import { defineDockerfileRule } from '../define-rule.js';
import { copyFromFlag } from './support/copy-from.js';
import { findingAt } from './support/dockerfile-finding.js';

export const copyFromOwnStage = defineDockerfileRule({
  id: 'BW-DF-018',
  title: 'COPY --from refers to its own stage',
  severity: 'high',
  category: 'workload',
  aliases: ['union:D18', 'hadolint:DL3023', 'trivy:DS-0006', 'kics:copy_from_references_current_from_alias'],
  description: 'A stage cannot copy from itself; BuildKit rejects the build (a circular dependency).',
  remediation: 'Point `--from` at an earlier stage or an image.',
  references: ['https://docs.docker.com/reference/dockerfile/#copy---from', 'https://github.com/hadolint/hadolint/wiki/DL3023'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inst of stage.instructions) {
        const flag = copyFromFlag(inst);
        if (!flag) continue;
        const value = flag.value!.toLowerCase();
        if ((stage.name !== undefined && value === stage.name) || value === String(stage.index)) {
          report(findingAt(dockerfile, inst, `--from=${flag.value} is the stage this COPY is in`, flag.range));
        }
      }
    }
  },
});
