import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { isExternalImage } from './support/stage-lineage.js';

export const baseImageLatestTag = defineDockerfileRule({
  id: 'BW-DF-002',
  title: 'Base image uses the latest tag',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D02', 'hadolint:DL3007', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7', 'kics:image_version_using_latest'],
  description:
    'A `:latest` base image changes under the build without notice: two builds of the same commit can ship ' +
    'different operating system packages, and a poisoned or broken upstream release is picked up silently.',
  remediation: 'Pin the base image to a specific version tag, ideally with its digest (`image:1.2.3@sha256:…`).',
  references: ['https://docs.docker.com/build/building/best-practices/#from', 'https://github.com/hadolint/hadolint/wiki/DL3007'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      if (!isExternalImage(stage) || stage.image.digest !== undefined || stage.image.tag !== 'latest') continue;
      report(findingAt(dockerfile, stage.from, `base image "${stage.image.resolved}" uses the latest tag`, stage.image.range));
    }
  },
});
