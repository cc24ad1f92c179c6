import { defineDockerfileRule } from '../define-rule.js';
import { isRemoteUrl, sourcesOf } from './support/add-sources.js';
import { findingAt } from './support/dockerfile-finding.js';

export const addRemoteUrl = defineDockerfileRule({
  id: 'BW-DF-005',
  title: 'ADD downloads a URL without a checksum',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D05', 'hadolint:DL3010', 'kics:curl_or_wget_instead_of_add'],
  description:
    'ADD fetches remote files without verifying them: a compromised or changed server ends up in the image, ' +
    'and the download cannot be combined with cleanup in one layer.',
  remediation: 'Add `--checksum=sha256:…` to the ADD, or download with curl/wget in a RUN and verify the hash there.',
  references: ['https://docs.docker.com/reference/dockerfile/#add---checksum', 'https://github.com/hadolint/hadolint/wiki/DL3010'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'ADD' || inst.flags.some((f) => f.name === 'checksum')) continue;
      for (const src of sourcesOf(inst)) {
        if (isRemoteUrl(src.value)) report(findingAt(dockerfile, inst, `ADD downloads "${src.value}" without --checksum`, src.range));
      }
    }
  },
});
