import { defineDockerfileRule } from '../define-rule.js';
import { stageLabel } from './support/dockerfile-finding.js';

const PRAGMA = /^\s*(hadolint\s+(global\s+)?ignore=|checkov:skip=|kics-scan\s+(ignore|disable)|trivy:ignore:)/i;

export const ignorePragma = defineDockerfileRule({
  id: 'BW-DF-071',
  title: 'Inline ignore pragma present',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D71', 'hadolint:DL1001'],
  description: 'Inline ignore comments switch checks off where nobody reviews them; teams that want exceptions tracked centrally can flag them.',
  remediation: 'Move the exception to the scan configuration or an ignore file with a reason and an expiry date.',
  references: ['https://github.com/hadolint/hadolint#inline-ignores'],
  check(dockerfile, report) {
    for (const comment of dockerfile.comments) {
      if (!PRAGMA.test(comment.text)) continue;
      const next = dockerfile.instructions.find((i) => i.range.startLine > comment.line) ?? dockerfile.instructions[dockerfile.instructions.length - 1];
      const column = comment.column;
      report({
        message: 'inline ignore pragma',
        range: { startLine: comment.line, startColumn: column, endLine: comment.line, endColumn: column + 1 + comment.text.length },
        path: next?.path ?? 'preamble',
        resourceName: next ? stageLabel(dockerfile, next.stageIndex) : 'preamble',
      });
    }
  },
});
