import { defineDockerfileRule } from '../define-rule.js';
import { sourcesOf } from './support/add-sources.js';
import { findingAt } from './support/dockerfile-finding.js';

const SECRET_FILES = /(^|\/)(id_(rsa|dsa|ecdsa|ed25519)|\.env(\.[\w-]+)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.htpasswd|credentials(\.json)?|[^/]*\.(key|p12|pfx|jks|keystore)|[^/]*(private|priv|key)[^/]*\.pem)$/i;
// Templates and public halves are fine to ship.
const HARMLESS = /\.(pub|example|sample|template|dist)$|\.env\.(example|sample|template|dist)$/i;

export const secretFileCopied = defineDockerfileRule({
  id: 'BW-DF-076',
  title: 'Secret file copied into the image',
  severity: 'critical',
  category: 'secrets',
  aliases: ['union:D62', 'hadolint:DL3064', 'trivy:DS-0031'],
  description:
    'Private keys, `.env` files and registry credentials copied into a layer stay in the image for anyone who pulls ' +
    'it, even when a later step deletes them.',
  remediation: 'Mount the file as a build secret (`RUN --mount=type=secret`) or provide it at runtime; add it to .dockerignore.',
  references: ['https://docs.docker.com/build/building/secrets/', 'https://docs.docker.com/build/concepts/context/#dockerignore-files'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      for (const src of sourcesOf(inst)) {
        if (SECRET_FILES.test(src.value) && !HARMLESS.test(src.value)) report(findingAt(dockerfile, inst, `"${src.value}" looks like a secret file`, src.range));
      }
    }
  },
});
