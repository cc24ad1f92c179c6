import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { finalStage, lastInLineage } from './support/stage-lineage.js';

export const missingHealthcheck = defineDockerfileRule({
  id: 'BW-DF-015',
  title: 'Final stage has no HEALTHCHECK',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D15', 'hadolint:DL3057', 'trivy:DS-0026', 'checkov:CKV_DOCKER_2', 'kics:healthcheck_instruction_missing'],
  description:
    'Without a HEALTHCHECK, Docker and Swarm only know whether the process exists, not whether it still serves. ' +
    'Kubernetes ignores HEALTHCHECK (it uses probes), so this matters for plain Docker and Compose deployments.',
  remediation: 'Add `HEALTHCHECK CMD <command>` to the final stage, or `HEALTHCHECK NONE` to state that none is wanted.',
  references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://github.com/hadolint/hadolint/wiki/DL3057'],
  check(dockerfile, report) {
    const stage = finalStage(dockerfile);
    if (!stage || lastInLineage(dockerfile, stage, 'HEALTHCHECK')) return;
    report(findingAt(dockerfile, stage.from, 'the final stage defines no HEALTHCHECK'));
  },
});
