import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';

export const wgetWithoutProgress = defineDockerfileRule({
  id: 'BW-DF-049',
  title: 'wget without --progress or quiet output',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D49', 'hadolint:DL3047'],
  description: 'wget\'s default progress bar writes thousands of lines into non-interactive build logs, burying real errors.',
  remediation: 'Use `wget --progress=dot:giga …`, or `-q`/`-nv` when no progress output is wanted.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3047'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        if (r.command.name !== 'wget') continue;
        if (hasFlag(r.command.args, 'qoa', ['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output'])) continue;
        if (r.command.args.some((a) => a.value === '-nv')) continue;
        report(findingAt(dockerfile, r.instruction, 'wget prints a progress bar into the build log', r.command.nameRange));
      }
    }
  },
});
