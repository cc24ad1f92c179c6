import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const apkAddCache = defineDockerfileRule({
  id: 'BW-DF-030',
  title: 'apk add without --no-cache',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D30', 'hadolint:DL3019', 'trivy:DS-0025', 'kics:apk_add_using_local_cache_path'],
  description: 'Without `--no-cache`, apk keeps its package index under /var/cache/apk in the layer, adding size for nothing.',
  remediation: 'Use `apk add --no-cache …` (or a cache mount on /var/cache/apk).',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3019', 'https://avd.aquasec.com/misconfig/ds025'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['apk'], ['add'])) {
        if (hasFlag(inv.args, '', ['--no-cache'])) continue;
        if (inv.run.instruction.flags.some((f) => f.name === 'mount' && f.value?.includes('target=/var/cache/apk'))) continue;
        report(findingAt(dockerfile, inv.run.instruction, 'apk add keeps its cache in the layer', inv.run.command.nameRange));
      }
    }
  },
});
