import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { isExternalImage } from './support/stage-lineage.js';

export const baseImageUntagged = defineDockerfileRule({
  id: 'BW-DF-003',
  title: 'Base image has no tag',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D03', 'hadolint:DL3006', 'trivy:DS-0001', 'checkov:CKV_DOCKER_7', 'kics:image_version_not_explicit'],
  description:
    'A base image without a tag or digest means `latest`, whatever that is on the day of the build, so builds ' +
    'are not reproducible and upstream changes arrive unreviewed.',
  remediation: 'Name an explicit version tag (and preferably a digest) in FROM.',
  references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://github.com/hadolint/hadolint/wiki/DL3006'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      if (!isExternalImage(stage) || stage.image.digest !== undefined || stage.image.tag !== undefined) continue;
      report(findingAt(dockerfile, stage.from, `base image "${stage.image.resolved}" has no tag, so it means latest`, stage.image.range));
    }
  },
});
