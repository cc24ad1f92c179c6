import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import type { PackageTool } from './support/package-invocations.js';
import { packageInvocations } from './support/package-invocations.js';

const UPGRADES: Array<[PackageTool, readonly string[], boolean]> = [
  ['apt-get', ['upgrade', 'dist-upgrade', 'full-upgrade'], false],
  ['apt', ['upgrade', 'dist-upgrade', 'full-upgrade'], false],
  ['apk', ['upgrade'], true],
  ['yum', ['update', 'upgrade', 'distro-sync'], true],
  ['dnf', ['update', 'upgrade', 'distro-sync'], true],
  ['microdnf', ['update', 'upgrade'], true],
  ['zypper', ['dist-upgrade', 'dup', 'update', 'up', 'patch'], true],
];

export const systemUpgrade = defineDockerfileRule({
  id: 'BW-DF-028',
  title: 'Whole-system package upgrade in RUN',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D28', 'hadolint:DL3035', 'trivy:DS-0024'],
  description:
    'Upgrading every package inside a build makes the result depend on the day it was built and can pull in ' +
    'changes the base image maintainers have not released together; fixes belong in a newer base image.',
  remediation: 'Rebuild on a newer base image tag instead, or upgrade only the specific packages that need it.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3035', 'https://docs.docker.com/build/building/best-practices/#apt-get'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const [tool, subs, onlyWithoutPackages] of UPGRADES) {
        for (const inv of packageInvocations(stage, [tool], subs)) {
          if (onlyWithoutPackages && inv.operands.length > 0) continue;
          report(findingAt(dockerfile, inv.run.instruction, `${tool} ${inv.subcommand.value} upgrades the whole system`, inv.subcommand.range));
        }
      }
    }
  },
});
