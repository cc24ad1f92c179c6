import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const fromPlatformFlag = defineDockerfileRule({
  id: 'BW-DF-060',
  title: 'FROM --platform with a fixed or redundant value',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D60', 'hadolint:DL3029', 'hadolint:DL3065', 'kics:using_platform_with_from'],
  description:
    'A literal `--platform` pins the stage to one architecture, so multi-platform builds silently produce emulated ' +
    'or wrong images; `--platform=$TARGETPLATFORM` only repeats the default.',
  remediation: 'Drop the flag, or use `--platform=$BUILDPLATFORM` for build stages that cross-compile.',
  references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://github.com/hadolint/hadolint/wiki/DL3029'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (!flag?.value) continue;
      const redundant = /^\$\{?TARGETPLATFORM\}?$/.test(flag.value);
      if (redundant || !flag.value.includes('$')) {
        report(findingAt(dockerfile, stage.from, redundant ? '--platform=$TARGETPLATFORM is the default already' : `FROM is pinned to platform ${flag.value}`, flag.range));
      }
    }
  },
});
