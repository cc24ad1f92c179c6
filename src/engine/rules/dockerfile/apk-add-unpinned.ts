import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

const PINNED = /[=~<>]/;
// Paths, URLs, local package files, groups and variables name no package version to pin.
const NOT_A_PACKAGE = /[/$]|^@|\.(rpm|apk)$/;

export const apkAddUnpinned = defineDockerfileRule({
  id: 'BW-DF-031',
  title: 'apk add without version pins',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D31', 'hadolint:DL3018', 'kics:unpinned_package_version_in_apk_add'],
  description: 'Unpinned packages resolve to whatever the repository serves at build time, so two builds of the same Dockerfile can differ and break without any change.',
  remediation: 'Pin each package to a version, e.g. `apk add curl=8.9.1-r0`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3018'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['apk'], ['add'])) {
        for (const pkg of inv.operands) {
          if (PINNED.test(pkg.value) || NOT_A_PACKAGE.test(pkg.value)) continue;
          report(findingAt(dockerfile, inv.run.instruction, `package "${pkg.value}" is not pinned to a version`, pkg.range));
        }
      }
    }
  },
});
