import { defineDockerfileRule } from '../define-rule.js';
import { isGitSource, isLocalArchive, isRemoteUrl, sourcesOf } from './support/add-sources.js';
import { findingAt } from './support/dockerfile-finding.js';

export const addInsteadOfCopy = defineDockerfileRule({
  id: 'BW-DF-004',
  title: 'ADD used where COPY is enough',
  severity: 'low',
  category: 'workload',
  aliases: ['union:D04', 'hadolint:DL3020', 'trivy:DS-0005', 'checkov:CKV_DOCKER_4', 'kics:add_instead_of_copy'],
  description:
    'ADD also fetches URLs and unpacks archives, so an ADD of plain local files behaves differently from what a ' +
    'reader expects when a file later turns out to be an archive. COPY does only the copy.',
  remediation: 'Use COPY for local files and directories; keep ADD for local tar archives that must be extracted.',
  references: ['https://docs.docker.com/build/building/best-practices/#add-or-copy', 'https://github.com/hadolint/hadolint/wiki/DL3020'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'ADD') continue;
      const sources = sourcesOf(inst);
      if (sources.length === 0) continue;
      if (sources.every((s) => !isRemoteUrl(s.value) && !isGitSource(s.value) && !isLocalArchive(s.value))) {
        report(findingAt(dockerfile, inst, 'ADD copies local files only; COPY says what is meant'));
      }
    }
  },
});
