import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { isSecretName, looksLikeSecretValue } from './support/secret-names.js';

export const secretInArgOrEnv = defineDockerfileRule({
  id: 'BW-DF-062',
  title: 'Secret passed through ARG or ENV',
  severity: 'critical',
  category: 'secrets',
  aliases: ['union:D62', 'hadolint:DL3064', 'trivy:DS-0031'],
  description:
    'ENV values are stored in the image configuration and ARG values in its build history; anyone who can pull ' +
    'the image can read them with `docker history` or `docker inspect`.',
  remediation: 'Use a build secret (`RUN --mount=type=secret,id=…`) at build time and inject runtime secrets from the orchestrator.',
  references: ['https://docs.docker.com/build/building/secrets/', 'https://avd.aquasec.com/misconfig/ds031'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
      for (const kv of inst.keyValues) {
        const value = kv.value?.value ?? '';
        if (looksLikeSecretValue(value)) {
          report(findingAt(dockerfile, inst, `${inst.keyword} ${kv.key.value} holds what looks like a credential`, kv.value!.range));
        } else if (isSecretName(kv.key.value) && (inst.keyword === 'ARG' || value !== '')) {
          report(findingAt(dockerfile, inst, `${inst.keyword} ${kv.key.value} bakes a secret into the image`, kv.key.range));
        }
      }
    }
  },
});
