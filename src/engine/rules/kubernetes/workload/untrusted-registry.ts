import { asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { parseImageReference } from './image-reference.js';

// An entry names a registry host (`registry.example.com`) or a host with a path prefix
// (`ghcr.io/acme`); a prefix only matches whole path components so `ghcr.io/acme` does not trust `ghcr.io/acme-evil`.
function isTrusted(image: string, trusted: readonly string[]): boolean {
  const ref = parseImageReference(image);
  const full = `${ref.registry}/${ref.repository}`;
  return trusted.some((raw) => {
    const entry = raw.trim().replace(/\/+$/, '');
    if (entry === '') return false;
    return ref.registry === entry || full === entry || full.startsWith(`${entry}/`);
  });
}

export const untrustedRegistry = defineKubeRule({
  id: 'BW-K8S-041',
  title: 'Image from a registry outside the trusted list',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K41', 'trivy:KSV-0032', 'trivy:KSV-0033', 'trivy:KSV-0034', 'trivy:KSV-0035', 'trivy:KSV-0125',
    'kubescape:C-0001', 'kubescape:C-0078',
  ],
  description:
    'Images from registries the organisation does not control skip its scanning, signing and retention policies. ' +
    'The rule only runs when trusted registries are configured.',
  remediation: 'Mirror the image into a trusted registry and reference it there, or add the registry to the trusted list after review.',
  references: ['https://kubernetes.io/docs/concepts/containers/images/'],
  check(obj, ctx, report) {
    const trusted = ctx.settings.trustedRegistries ?? [];
    if (trusted.length === 0) return;
    for (const c of containersOf(obj)) {
      const image = asString(c.spec['image']);
      if (image === undefined || image.trim() === '' || isTrusted(image, trusted)) continue;
      report({ message: `${c.type} "${c.name}" image ${image} comes from ${parseImageReference(image).registry}, which is not trusted`, path: [...c.path, 'image'] });
    }
  },
});
