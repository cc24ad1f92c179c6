import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

const RESERVED = new Set(['scratch', 'context']);
const VALID = /^[a-z][a-z0-9_.-]*$/i;

export const stageNameReserved = defineDockerfileRule({
  id: 'BW-DF-061',
  title: 'Stage name is reserved or malformed',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D61', 'hadolint:DL3063'],
  description: 'A stage called `scratch` or `context` collides with names the builder gives a meaning, and names that do not start with a letter are rejected.',
  remediation: 'Rename the stage to a plain word such as `build` or `runtime`.',
  references: ['https://docs.docker.com/reference/dockerfile/#from'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const token = stage.nameToken;
      if (!token) continue;
      if (RESERVED.has(token.value.toLowerCase()) || !VALID.test(token.value)) {
        report(findingAt(dockerfile, stage.from, `stage name "${token.value}" is reserved or not a valid name`, token.range));
      }
    }
  },
});
