import { defineKubeRule } from '../../../define-rule.js';
import { INGRESS_NGINX_PREFIX, annotationsOf } from './annotations-of.js';

export const ingressNginxSnippet = defineKubeRule({
  id: 'BW-K8S-138',
  title: 'ingress-nginx snippet annotation',
  severity: 'high',
  category: 'network',
  aliases: ['union:N09', 'checkov:CKV_K8S_152', 'checkov:CKV_K8S_153', 'checkov:CKV_K8S_154', 'kubescape:C-0059'],
  description:
    'Snippet annotations paste raw nginx configuration into the shared controller. Anyone who can write an ' +
    'Ingress can then run Lua, alias the controller\'s file system or read its service-account token, which can ' +
    'read every Secret of the cluster (CVE-2021-25742).',
  remediation:
    'Remove the *-snippet annotation and use a dedicated annotation or ConfigMap setting; keep ' +
    '`allow-snippet-annotations: false` on the controller.',
  references: ['https://github.com/kubernetes/ingress-nginx/issues/7837'],
  kinds: ['Ingress'],
  check(obj, _ctx, report) {
    for (const [key, value] of annotationsOf(obj)) {
      if (!key.startsWith(INGRESS_NGINX_PREFIX) || !key.endsWith('-snippet')) continue;
      const extra = /\b\w*_by_lua\w*|\blua_\w+/.test(value) ? ' containing Lua code' : /\balias\s/.test(value) ? ' containing an alias directive' : '';
      report({ message: `Ingress "${obj.name}" sets ${key}${extra}`, path: ['metadata', 'annotations', key] });
    }
  },
});
