import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const consecutiveRun = defineDockerfileRule({
  id: 'BW-DF-053',
  title: 'Consecutive RUN instructions',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D53', 'hadolint:DL3059', 'kics:multiple_run_add_copy_instructions_listed'],
  description: 'Each RUN adds a layer; back-to-back RUNs with the same options can usually be one, which keeps the image smaller and lets cleanup happen in the same layer.',
  remediation: 'Join consecutive RUNs with `&&` (or a heredoc) when they belong together.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3059', 'https://docs.docker.com/build/building/best-practices/#run'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const list = stage.instructions;
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1]!;
        const cur = list[i]!;
        if (prev.keyword !== 'RUN' || cur.keyword !== 'RUN') continue;
        const flags = (x: typeof cur) => x.flags.map((f) => `${f.name}=${f.value ?? ''}`).join(' ');
        if (flags(prev) === flags(cur)) report(findingAt(dockerfile, cur, 'this RUN directly follows another RUN with the same options'));
      }
    }
  },
});
