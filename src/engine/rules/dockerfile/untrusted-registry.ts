import { defineDockerfileRule } from '../define-rule.js';
import { findingAt } from './support/dockerfile-finding.js';
import { isExternalImage } from './support/stage-lineage.js';

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

function matches(entry: string, registry: string, reference: string): boolean {
  const e = entry.toLowerCase().replace(/\/+$/, '');
  if (e.startsWith('*.')) return registry.endsWith(e.slice(1));
  if (DOCKER_HUB.has(e) && DOCKER_HUB.has(registry)) return true;
  return e === registry || reference.startsWith(`${e}/`);
}

export const untrustedRegistry = defineDockerfileRule({
  id: 'BW-DF-022',
  title: 'Base image from a registry outside the trusted list',
  severity: 'medium',
  category: 'workload',
  aliases: ['union:D22', 'hadolint:DL3026'],
  description:
    'When an organisation restricts where base images may come from, a FROM that pulls from another registry ' +
    'bypasses its scanning, signing and mirroring. The rule is silent unless trusted registries are configured.',
  remediation: 'Pull the base image through one of the trusted registries (mirror it there first if needed).',
  references: ['https://github.com/hadolint/hadolint/wiki/DL3026'],
  check(dockerfile, report, settings) {
    const trusted = settings.trustedRegistries ?? [];
    if (trusted.length === 0) return;
    for (const stage of dockerfile.stages) {
      if (!isExternalImage(stage)) continue;
      const registry = (stage.image.registry ?? 'docker.io').toLowerCase();
      const reference = `${registry}/${stage.image.repository}`.toLowerCase();
      if (trusted.some((t) => matches(t, registry, reference))) continue;
      report(findingAt(dockerfile, stage.from, `base image registry "${registry}" is not in the trusted list`, stage.image.range));
    }
  },
});
