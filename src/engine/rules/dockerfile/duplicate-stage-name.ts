import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const duplicateStageName = defineDockerfileRule({
  id: 'BW-DF-020',
  title: 'Two stages share a name',
  severity: 'high',
  category: 'workload',
  aliases: ['union:D20', 'hadolint:DL3024', 'trivy:DS-0012', 'checkov:CKV_DOCKER_11', 'kics:same_alias_in_different_froms'],
  description: 'Stage names must be unique; a repeated `AS name` makes `--from=name` and `--target name` ambiguous and newer BuildKit rejects it.',
  remediation: 'Give every stage its own name.',
  references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://github.com/hadolint/hadolint/wiki/DL3024'],
  check(dockerfile, report) {
    const seen = new Set<string>();
    for (const stage of dockerfile.stages) {
      if (stage.name === undefined || !stage.nameToken) continue;
      if (seen.has(stage.name)) report(findingAt(dockerfile, stage.from, `stage name "${stage.name}" is already used by an earlier stage`, stage.nameToken.range));
      seen.add(stage.name);
    }
  },
});
