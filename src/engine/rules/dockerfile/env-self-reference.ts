import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { stageLineage } from './support/stage-lineage.js';

export const envSelfReference = defineDockerfileRule({
  id: 'BW-DF-056',
  title: 'ENV refers to a variable set in the same ENV',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D56', 'hadolint:DL3044'],
  description: 'Variables of one ENV instruction are substituted before any of them is set, so `ENV A=1 B=$A` gives B the old (usually empty) A.',
  remediation: 'Split the ENV in two so the variable is defined before it is used.',
  references: ['https://docs.docker.com/reference/dockerfile/#environment-replacement', 'https://github.com/hadolint/hadolint/wiki/DL3044'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const known = new Set<string>();
      for (const s of stageLineage(dockerfile, stage).slice(1)) {
        for (const i of s.instructions) for (const kv of i.keyValues) if (i.keyword !== 'LABEL') known.add(kv.key.value);
      }
      for (const inst of stage.instructions) {
        if (inst.keyword === 'ENV') {
          const sameEnv = new Set<string>();
          for (const kv of inst.keyValues) {
            for (const ref of kv.refs) {
              if (sameEnv.has(ref.name) && !known.has(ref.name)) report(findingAt(dockerfile, inst, `$${ref.name} is set in this same ENV and is not yet defined here`, ref.range));
            }
            sameEnv.add(kv.key.value);
          }
        }
        if (inst.keyword === 'ENV' || inst.keyword === 'ARG') for (const kv of inst.keyValues) known.add(kv.key.value);
      }
    }
  },
});
