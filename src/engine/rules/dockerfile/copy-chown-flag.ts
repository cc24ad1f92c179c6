import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const copyChownFlag = defineDockerfileRule({
  id: 'BW-DF-065',
  title: 'COPY/ADD --chown gives files to the runtime user',
  severity: 'info',
  category: 'access_control',
  aliases: ['union:D65', 'kics:chown_flag_exists'],
  description: 'Files owned by the user the container runs as can be rewritten by a compromised process; application code is safer owned by root and only readable.',
  remediation: 'Drop `--chown` for code and configuration; give the runtime user write access only to the directories it must write.',
  references: ['https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      const flag = inst.flags.find((f) => f.name === 'chown');
      if (flag) report(findingAt(dockerfile, inst, `${inst.keyword} --chown=${flag.value ?? ''} makes the copied files writable by that user`, flag.range));
    }
  },
});
