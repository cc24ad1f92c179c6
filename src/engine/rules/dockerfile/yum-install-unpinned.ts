import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

const PINNED = /-\d|[=<>]/;
// Paths, URLs, local package files, groups and variables name no package version to pin.
const NOT_A_PACKAGE = /[/$]|^@|\.(rpm|apk)$/;

export const yumInstallUnpinned = defineDockerfileRule({
  id: 'BW-DF-034',
  title: 'yum install without versions',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D34', 'hadolint:DL3033', 'kics:yum_install_without_version'],
  description: 'Unpinned packages resolve to whatever the repository serves at build time, so two builds of the same Dockerfile can differ and break without any change.',
  remediation: 'Pin each package to a version, e.g. `yum install -y httpd-2.4.6`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3033'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['yum'], ['install'])) {
        for (const pkg of inv.operands) {
          if (PINNED.test(pkg.value) || NOT_A_PACKAGE.test(pkg.value)) continue;
          report(findingAt(dockerfile, inv.run.instruction, `package "${pkg.value}" is not pinned to a version`, pkg.range));
        }
      }
    }
  },
});
