import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { commandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

function cleansAptLists(inst: DockerfileInstruction): boolean {
  if (inst.flags.some((f) => f.name === 'mount' && /target=\/var\/lib\/apt/.test(f.value ?? ''))) return true;
  return commandsOf(inst).some((c) => c.name === 'rm' && c.args.some((a) => a.value.startsWith('/var/lib/apt/lists')));
}

export const aptListsNotRemoved = defineDockerfileRule({
  id: 'BW-DF-027',
  title: 'apt lists kept after install',
  severity: 'info',
  category: 'workload',
  aliases: ['union:D27', 'hadolint:DL3009', 'kics:apt_get_install_lists_were_not_deleted'],
  description: 'The package index in /var/lib/apt/lists stays in the layer when it is not removed in the same RUN: tens of megabytes of dead weight.',
  remediation: 'End the RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount for /var/lib/apt.',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3009', 'https://docs.docker.com/build/building/best-practices/#apt-get'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const seen = new Set<DockerfileInstruction>();
      for (const inv of packageInvocations(stage, ['apt-get', 'apt'], ['install'])) {
        const inst = inv.run.instruction;
        if (seen.has(inst)) continue;
        seen.add(inst);
        if (!cleansAptLists(inst)) report(findingAt(dockerfile, inst, 'this RUN installs packages but leaves /var/lib/apt/lists in the layer', inv.run.command.nameRange));
      }
    }
  },
});
