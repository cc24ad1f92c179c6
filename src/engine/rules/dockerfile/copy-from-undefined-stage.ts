import { defineDockerfileRule } from '../define-rule.js';
import { copyFromFlag } from './support/copy-from.js';
import { findingAt } from './support/dockerfile-finding.js';

export const copyFromUndefinedStage = defineDockerfileRule({
  id: 'BW-DF-019',
  title: 'COPY --from refers to an undefined stage',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D19', 'hadolint:DL3022'],
  description:
    'A `--from` name that matches no earlier stage is pulled as an image of that name from a registry, which is ' +
    'rarely what was meant and lets whoever owns that name inject files into the build.',
  remediation: 'Name an earlier `FROM … AS <name>` stage, or write a full image reference with a tag.',
  references: ['https://docs.docker.com/reference/dockerfile/#copy---from', 'https://github.com/hadolint/hadolint/wiki/DL3022'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const earlier = new Set(dockerfile.stages.slice(0, stage.index).map((s) => s.name).filter((n) => n !== undefined));
      for (const inst of stage.instructions) {
        const flag = copyFromFlag(inst);
        if (!flag) continue;
        const value = flag.value!.toLowerCase();
        if (value.includes('$') || value === stage.name || value === String(stage.index)) continue;
        const undefinedIndex = /^\d+$/.test(value) && Number(value) > stage.index;
        const undefinedName = !/^\d+$/.test(value) && !/[:/@]/.test(value) && !earlier.has(value);
        if (undefinedIndex || undefinedName) report(findingAt(dockerfile, inst, `--from=${flag.value} is not an earlier stage`, flag.range));
      }
    }
  },
});
