import { defineDockerfileRule } from '../define-rule.js';
import { sourcesOf } from './support/add-sources.js';
import { copyFromFlag } from './support/copy-from.js';
import { findingAt } from './support/dockerfile-finding.js';

export const copyWholeFilesystem = defineDockerfileRule({
  id: 'BW-DF-064',
  title: 'COPY of a whole filesystem from another stage',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D64', 'hadolint:DL3067'],
  description: 'Copying `/` from another stage drags its entire root filesystem (package managers, shells, caches, secrets) into this image, defeating the multi-stage split.',
  remediation: 'Copy only the files the final image needs.',
  references: ['https://docs.docker.com/build/building/multi-stage/'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (!copyFromFlag(inst)) continue;
      for (const src of sourcesOf(inst)) {
        if (/^\/+\.?$/.test(src.value)) report(findingAt(dockerfile, inst, 'COPY --from copies the whole filesystem of the other stage', src.range));
      }
    }
  },
});
