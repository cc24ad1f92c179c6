import { asArray, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const gatekeeperOpenRepoPrefix = defineKubeRule({
  id: 'BW-K8S-210',
  title: 'Gatekeeper allowed-repos entry is an open-ended prefix',
  severity: 'high',
  category: 'workload',
  aliases: ['union:X02', 'trivy:KSV-0124'],
  description:
    'K8sAllowedRepos matches images by string prefix, so `registry.example.com` also admits ' +
    '`registry.example.com.attacker.net/x`. Entries must end with `/` (or be a full image reference).',
  remediation: 'End every repos entry with "/" (for example "registry.example.com/").',
  references: ['https://open-policy-agent.github.io/gatekeeper-library/website/validation/allowedrepos/'],
  kinds: ['K8sAllowedRepos'],
  check(obj, _ctx, report) {
    asArray(getPath(obj.body, ['spec', 'parameters', 'repos'])).forEach((repo, i) => {
      if (typeof repo !== 'string' || /[/:@]$/.test(repo)) return;
      // A full reference (with a tag or digest) cannot be extended into another registry.
      if (/[:@][^/]+$/.test(repo) && repo.includes('/')) return;
      report({ message: `K8sAllowedRepos "${obj.name}" admits every repository starting with "${repo}"`, path: ['spec', 'parameters', 'repos', i] });
    });
  },
});
