import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const wgetAndCurl = defineDockerfileRule({
  id: 'BW-DF-048',
  title: 'Both wget and curl used in one stage',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D48', 'hadolint:DL4001', 'trivy:DS-0014', 'kics:run_using_wget_and_curl'],
  description: 'Two download tools doing the same job means two packages to keep in the image and patch.',
  remediation: 'Pick one of wget or curl for the whole stage.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL4001'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const runs = runCommandsOf(stage).filter((r) => r.command.name === 'wget' || r.command.name === 'curl');
      const first = runs[0]?.command.name;
      if (!first || runs.every((r) => r.command.name === first)) continue;
      for (const r of runs) {
        if (r.command.name !== first) report(findingAt(dockerfile, r.instruction, `${r.command.name} is used although this stage already uses ${first}`, r.command.nameRange));
      }
    }
  },
});
