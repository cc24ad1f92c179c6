import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const shellFormCmd = defineDockerfileRule({
  id: 'BW-DF-021',
  title: 'CMD or ENTRYPOINT in shell form',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D21', 'hadolint:DL3025', 'kics:not_using_json_in_cmd_and_entrypoint_arguments'],
  description:
    'In shell form the process runs under `/bin/sh -c`, so it is not PID 1 and does not receive SIGTERM: ' +
    'containers are killed after the grace period instead of shutting down cleanly.',
  remediation: 'Use the JSON (exec) form, e.g. `CMD ["nginx", "-g", "daemon off;"]`.',
  references: ['https://docs.docker.com/reference/dockerfile/#shell-and-exec-form', 'https://github.com/hadolint/hadolint/wiki/DL3025'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if ((inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') || inst.form !== 'shell' || inst.args.length === 0) continue;
      report(findingAt(dockerfile, inst, `${inst.keyword} uses shell form`, inst.argsRange));
    }
  },
});
