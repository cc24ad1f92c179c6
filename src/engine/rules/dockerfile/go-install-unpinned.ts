import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';
import { unpinnedOperands } from './support/unpinned-operands.js';

export const goInstallUnpinned = defineDockerfileRule({
  id: 'BW-DF-046',
  title: 'go install without @version',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D46', 'hadolint:DL3062'],
  description: 'A remote `go install` path without `@version` fails outside a module, and `@latest` or no version drifts between builds.',
  remediation: 'Name a version: `go install golang.org/x/tools/gopls@v0.16.2`.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3062', 'https://go.dev/ref/mod#go-install'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const inv of packageInvocations(stage, ['go'], ['install'])) {
        for (const pkg of unpinnedOperands(inv.operands, (v) => /@(?!latest$)./.test(v))) {
          report(findingAt(dockerfile, inv.run.instruction, `go install "${pkg.value}" has no fixed version`, pkg.range));
        }
      }
    }
  },
});
