import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

/** `/x`, `$VAR…`, `C:\x`, `\x` are absolute or cannot be judged. */
export function isAbsoluteOrDynamic(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

export const workdirRelative = defineDockerfileRule({
  id: 'BW-DF-008',
  title: 'WORKDIR path is relative',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D08', 'hadolint:DL3000', 'trivy:DS-0009', 'checkov:CKV_DOCKER_10', 'kics:workdir_path_not_absolute'],
  description:
    'A relative WORKDIR resolves against whatever directory the previous instruction (or the base image) left, ' +
    'so the same Dockerfile lands files in different places when the base image changes.',
  remediation: 'Use an absolute path in WORKDIR.',
  references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://github.com/hadolint/hadolint/wiki/DL3000'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'WORKDIR') continue;
      const arg = inst.args[0];
      if (!arg || isAbsoluteOrDynamic(arg.value)) continue;
      report(findingAt(dockerfile, inst, `WORKDIR "${arg.value}" is relative`, arg.range));
    }
  },
});
