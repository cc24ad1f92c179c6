import type { DockerfileInstruction } from '../../inputs/dockerfile.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { packageInvocations } from './support/package-invocations.js';

export const packageUpdateAlone = defineDockerfileRule({
  id: 'BW-DF-029',
  title: 'Package index update without install in the same RUN',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D29', 'trivy:DS-0017', 'checkov:CKV_DOCKER_5', 'kics:update_instruction_alone'],
  description:
    'A RUN that only refreshes the package index is cached as its own layer; later installs reuse that stale ' +
    'index for months and install outdated, vulnerable versions or fail when the mirror drops them.',
  remediation: 'Update and install in one RUN: `apt-get update && apt-get install -y …`.',
  references: ['https://docs.docker.com/build/building/best-practices/#apt-get', 'https://avd.aquasec.com/misconfig/ds017'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      const installs = new Set<DockerfileInstruction>(
        packageInvocations(stage, ['apt-get', 'apt', 'apk'], ['install', 'add']).map((i) => i.run.instruction),
      );
      for (const inv of packageInvocations(stage, ['apt-get', 'apt', 'apk'], ['update'])) {
        if (!installs.has(inv.run.instruction)) report(findingAt(dockerfile, inv.run.instruction, `${inv.tool} update runs without an install in the same RUN`, inv.subcommand.range));
      }
    }
  },
});
