import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { hasFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';

export const useraddHighUid = defineDockerfileRule({
  id: 'BW-DF-058',
  title: 'useradd with a large UID without -l',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D58', 'hadolint:DL3046'],
  description: 'useradd records every user in the sparse /var/log/lastlog and faillog; with a very large UID these files grow to gigabytes inside the layer.',
  remediation: 'Add `-l` (`--no-log-init`) to useradd, or use a smaller UID.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3046', 'https://github.com/moby/moby/issues/5419'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        if (r.command.name !== 'useradd' || hasFlag(r.command.args, 'l', ['--no-log-init'])) continue;
        const args = r.command.args;
        for (let i = 0; i < args.length; i++) {
          const a = args[i]!;
          const inline = /^(?:--uid=|-u)(\d+)$/.exec(a.value);
          const uid = inline?.[1] ?? ((a.value === '-u' || a.value === '--uid') ? args[i + 1]?.value : undefined);
          if (uid === undefined || !/^\d+$/.test(uid) || uid.length <= 5) continue;
          report(findingAt(dockerfile, r.instruction, `useradd with UID ${uid} and no -l creates huge lastlog files`, inline ? a.range : args[i + 1]!.range));
        }
      }
    }
  },
});
