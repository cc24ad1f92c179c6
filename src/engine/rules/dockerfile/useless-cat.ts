import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';

export const uselessCat = defineDockerfileRule({
  id: 'BW-DF-070',
  title: 'Useless cat piped into a command (SC2002)',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D70', 'hadolint:SC2002'],
  description: '`cat file | cmd` starts an extra process and hides the file name from the command; most commands read the file directly.',
  remediation: 'Pass the file as an argument or redirect it: `cmd < file`.',
  references: ['https://www.shellcheck.net/wiki/SC2002'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      const script = inst.keyword === 'RUN' ? inst.script() : undefined;
      if (!script) continue;
      for (const cmd of script.commands) {
        if (cmd.name !== 'cat' || !cmd.inPipeline || cmd.args.length !== 1 || cmd.args[0]!.value.startsWith('-')) continue;
        const end = cmd.range;
        const feedsPipe = script.pipes.some((p) => p.startLine === end.endLine && p.startColumn >= end.endColumn
          && !script.commands.some((c) => c !== cmd && c.range.startLine === p.startLine && c.range.startColumn > end.endColumn && c.range.startColumn < p.startColumn));
        if (feedsPipe) report(findingAt(dockerfile, inst, 'cat of a single file into a pipe; redirect the file instead', cmd.nameRange));
      }
    }
  },
});
