import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const yarnCacheKept = defineDockerfileRule({
  id: 'BW-DF-047',
  title: 'yarn install without yarn cache clean',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D47', 'hadolint:DL3060'],
  description: 'yarn keeps a copy of every downloaded package in its cache; left in the layer it can double the size of node_modules.',
  remediation: 'Finish the RUN with `yarn cache clean`, or mount a build cache on the yarn cache folder.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3060'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const runs = runCommandsOf(stage);
      const cleaned = new Set<DockerfileInstruction>(runs
        .filter((r) => r.command.name === 'yarn' && r.command.args[0]?.value === 'cache' && r.command.args[1]?.value === 'clean')
        .map((r) => r.instruction));
      const seen = new Set<DockerfileInstruction>();
      for (const r of runs) {
        const sub = r.command.args.find((a) => !a.value.startsWith('-'))?.value;
        if (r.command.name !== 'yarn' || (sub !== undefined && sub !== 'install')) continue;
        if (cleaned.has(r.instruction) || seen.has(r.instruction) || r.instruction.flags.some((f) => f.name === 'mount' && /yarn/.test(f.value ?? ''))) continue;
        seen.add(r.instruction);
        report(findingAt(dockerfile, r.instruction, 'yarn install leaves its package cache in the layer', r.command.nameRange));
      }
    }
  },
});
