import { defineKubeRule } from '../../../define-rule.js';
import { INGRESS_NGINX_PREFIX, annotationsOf } from './annotations-of.js';

// Annotations whose values ingress-nginx copies into nginx.conf; before the 2025 fixes they were
// not escaped, so a value carrying these characters can end the directive and add new ones.
const INJECTABLE = ['auth-url', 'auth-tls-match-cn', 'mirror-target', 'mirror-host', 'mirror-uri', 'auth-signin'];
const UNSAFE = /[\r\n;#|{}'"`\\]|\s/;

export const ingressNginxAnnotationInjection = defineKubeRule({
  id: 'BW-K8S-139',
  title: 'ingress-nginx annotation value can inject nginx configuration',
  severity: 'high',
  category: 'network',
  aliases: ['union:N09', 'trivy:KCV-0093', 'kubescape:C-0292'],
  description:
    'Values of some ingress-nginx annotations (auth-url, auth-tls-match-cn, mirror-*) are written into the ' +
    'controller configuration; a value with `;`, `#`, `|`, quotes, braces or line breaks can add directives ' +
    'that run in the controller (CVE-2025-1097, CVE-2025-1098, CVE-2025-24514).',
  remediation: 'Use a plain URL or CN value without configuration metacharacters, and upgrade ingress-nginx to 1.11.5/1.12.1 or later.',
  references: ['https://github.com/kubernetes/kubernetes/issues/131006'],
  kinds: ['Ingress'],
  check(obj, _ctx, report) {
    for (const [key, value] of annotationsOf(obj)) {
      if (!key.startsWith(INGRESS_NGINX_PREFIX) || !INJECTABLE.includes(key.slice(INGRESS_NGINX_PREFIX.length))) continue;
      if (UNSAFE.test(value)) {
        report({ message: `Ingress "${obj.name}" annotation ${key} holds characters that break out of the nginx directive`, path: ['metadata', 'annotations', key] });
      }
    }
  },
});
