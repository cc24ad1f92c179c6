import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';
import { unpinnedOperands } from './support/unpinned-operands.js';

/** `name@1.2.3`, `@scope/name@^1`: a version after the (non-leading) `@`. */
function pinned(value: string): boolean {
  return value.indexOf('@', 1) > 0;
}

export const npmUnpinned = defineDockerfileRule({
  id: 'BW-DF-044',
  title: 'npm install of a package without a version',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D44', 'hadolint:DL3016', 'kics:npm_install_without_pinned_version'],
  description: 'Installing a named npm package without a version takes the newest release on the registry, including a compromised one.',
  remediation: 'Pin the version (`npm install -g typescript@5.6.3`) or install from a lockfile with `npm ci`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3016'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['npm'], ['install', 'i', 'add'])) {
        for (const pkg of unpinnedOperands(inv.operands, pinned)) {
          report(findingAt(dockerfile, inv.run.instruction, `npm package "${pkg.value}" has no version`, pkg.range));
        }
      }
    }
  },
});
