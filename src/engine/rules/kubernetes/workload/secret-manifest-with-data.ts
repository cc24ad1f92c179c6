import { asObject } from '../../../inputs/kube-object.js';
import { defineKubeRule } from '../../define-rule.js';

export const secretManifestWithData = defineKubeRule({
  id: 'BW-K8S-068',
  title: 'Secret manifest contains literal secret data',
  severity: 'medium',
  category: 'secrets',
  kinds: ['Secret'],
  // No peer checks the data itself; Q04 (native Secrets instead of an external store) is the nearest row.
  aliases: ['union:Q04'],
  description:
    'A Secret manifest with data or stringData commits the secret itself to the repository (base64 is an encoding, ' +
    'not encryption), where it stays in history after it is removed.',
  remediation: 'Keep Secret values out of manifests: use Sealed Secrets, SOPS, External Secrets or create the Secret at deploy time.',
  references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
  check(obj, ctx, report) {
    // Every Secret of a live cluster has data; the finding is about files committed to a repository.
    if (ctx.live) return;
    for (const field of ['data', 'stringData'] as const) {
      const data = asObject(obj.body[field]);
      const filled = data ? Object.keys(data).filter((k) => data[k] !== null && data[k] !== '') : [];
      if (filled.length > 0) {
        report({ message: `Secret "${obj.name}" carries ${filled.length} literal ${field} value(s)`, path: [field, filled[0]!] });
      }
    }
  },
});
