import { defineKubeRule } from '../../../define-rule.js';
import { INGRESS_NGINX_PREFIX, annotationsOf } from './annotations-of.js';

const KEYS = ['whitelist-source-range', 'allowlist-source-range'].map((k) => INGRESS_NGINX_PREFIX + k);
const OPEN = new Set(['0.0.0.0/0', '::/0']);

export const ingressOpenAllowlist = defineKubeRule({
  id: 'BW-K8S-144',
  title: 'ingress-nginx source allow-list admits every address',
  severity: 'medium',
  category: 'network',
  aliases: ['union:N14'],
  description:
    'A source-range allow-list containing 0.0.0.0/0 or ::/0 admits the whole internet, so the annotation gives ' +
    'a false impression of restricted access.',
  remediation: 'List only the client networks that need access.',
  references: ['https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#allowlist-source-range'],
  kinds: ['Ingress'],
  check(obj, _ctx, report) {
    for (const [key, value] of annotationsOf(obj)) {
      if (!KEYS.includes(key)) continue;
      if (value.split(',').some((r) => OPEN.has(r.trim()))) {
        report({ message: `Ingress "${obj.name}" ${key} admits every address`, path: ['metadata', 'annotations', key] });
      }
    }
  },
});
