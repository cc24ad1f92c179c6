import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const aptGetInstallRecommends = defineDockerfileRule({
  id: 'BW-DF-025',
  title: 'apt-get install without --no-install-recommends',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D25', 'hadolint:DL3015', 'trivy:DS-0029', 'kics:apt_get_not_avoiding_additional_packages'],
  description: 'Recommended packages are pulled in by default, which grows the image and its attack surface with software nobody asked for.',
  remediation: 'Add `--no-install-recommends` to `apt-get install` and list what is really needed.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3015', 'https://docs.docker.com/build/building/best-practices/#apt-get'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['apt-get', 'apt'], ['install'])) {
        if (hasFlag(inv.args, '', ['--no-install-recommends']) || inv.args.some((a) => /APT::Install-Recommends=(false|0)/i.test(a.value))) continue;
        report(findingAt(dockerfile, inv.run.instruction, `${inv.tool} install also installs recommended packages`, inv.run.command.nameRange));
      }
    }
  },
});
