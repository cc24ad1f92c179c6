import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const copyMultipleSourcesDestination = defineDockerfileRule({
  id: 'BW-DF-017',
  title: 'COPY of several sources to a destination without trailing slash',
  severity: 'high',
  category: 'workload',
  aliases: ['union:D17', 'hadolint:DL3021', 'trivy:DS-0011', 'kics:copy_with_more_than_two_arguments_not_ending_with_slash'],
  description: 'With more than one source, the destination must be a directory written with a trailing `/`; otherwise the build fails.',
  remediation: 'End the destination with `/` (for example `COPY a b /app/`).',
  references: ['https://docs.docker.com/reference/dockerfile/#copy', 'https://github.com/hadolint/hadolint/wiki/DL3021'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || inst.args.length < 3) continue;
      const dest = inst.args[inst.args.length - 1]!;
      if (dest.value.endsWith('/') || dest.value.endsWith('\\') || dest.value.startsWith('$')) continue;
      report(findingAt(dockerfile, inst, `${inst.keyword} has ${inst.args.length - 1} sources but destination "${dest.value}" does not end with /`, dest.range));
    }
  },
});
