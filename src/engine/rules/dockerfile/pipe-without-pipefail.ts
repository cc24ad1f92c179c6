import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

function shellHasPipefail(shell: readonly string[]): boolean {
  return shell.some((arg, i) => arg === 'pipefail' && /^-[a-z]*o$/.test(shell[i - 1] ?? ''));
}

export const pipeWithoutPipefail = defineDockerfileRule({
  id: 'BW-DF-050',
  title: 'Pipe in RUN without pipefail',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D50', 'hadolint:DL4006', 'kics:shell_running_a_pipe_without_pipefail_flag'],
  description:
    'A pipeline\'s status is that of its last command, so `curl … | tar x` succeeds even when the download failed ' +
    'and the build carries on with a broken or missing file.',
  remediation: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN, or start the script with `set -o pipefail`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL4006', 'https://docs.docker.com/build/building/best-practices/#using-pipes'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'RUN' || shellHasPipefail(inst.shell)) continue;
      const script = inst.script();
      const pipe = script?.pipes[0];
      if (!script || !pipe) continue;
      const setEarlier = script.commands.some((c) => c.name === 'set' && c.args.some((a) => a.value === 'pipefail')
        && (c.range.startLine < pipe.startLine || (c.range.startLine === pipe.startLine && c.range.startColumn < pipe.startColumn)));
      if (!setEarlier) report(findingAt(dockerfile, inst, 'a pipe hides failures of the commands before it (pipefail is off)', pipe));
    }
  },
});
