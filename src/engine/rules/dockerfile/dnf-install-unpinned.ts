import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

const PINNED = /-\d|[=<>]/;
// Paths, URLs, local package files, groups and variables name no package version to pin.
const NOT_A_PACKAGE = /[/$]|^@|\.(rpm|apk)$/;

export const dnfInstallUnpinned = defineDockerfileRule({
  id: 'BW-DF-037',
  title: 'dnf install without versions',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D37', 'hadolint:DL3041', 'kics:missing_version_specification_in_dnf_install'],
  description: 'Unpinned packages resolve to whatever the repository serves at build time, so two builds of the same Dockerfile can differ and break without any change.',
  remediation: 'Pin each package to a version, e.g. `dnf install -y httpd-2.4.62`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3041'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['dnf', 'microdnf'], ['install'])) {
        for (const pkg of inv.operands) {
          if (PINNED.test(pkg.value) || NOT_A_PACKAGE.test(pkg.value)) continue;
          report(findingAt(dockerfile, inv.run.instruction, `package "${pkg.value}" is not pinned to a version`, pkg.range));
        }
      }
    }
  },
});
