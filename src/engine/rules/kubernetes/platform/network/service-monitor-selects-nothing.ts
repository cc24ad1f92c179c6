import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { labelSelectorSelects, labelsOf } from '../shared/label-selector.js';
import { namespaceOf } from '../shared/namespace-of.js';

export const serviceMonitorSelectsNothing = defineKubeRule({
  id: 'BW-K8S-143',
  title: 'ServiceMonitor selects no Service',
  severity: 'info',
  category: 'network',
  aliases: ['union:N13', 'kube-linter:dangling-servicemonitor'],
  description:
    'The Prometheus Operator ServiceMonitor matches no Service of the scan, so the intended targets are never ' +
    'scraped and their alerts stay silent.',
  remediation: 'Fix spec.selector or spec.namespaceSelector to match the Service to monitor.',
  references: ['https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.ServiceMonitor'],
  kinds: ['ServiceMonitor'],
  check(obj, ctx, report) {
    const selector = asObject(getPath(obj.body, ['spec', 'selector'])) ?? {};
    const nsSel = asObject(getPath(obj.body, ['spec', 'namespaceSelector']));
    const any = nsSel?.['any'] === true;
    const names = asArray(nsSel?.['matchNames']).filter((n): n is string => typeof n === 'string');
    // Without `any` or `matchNames` the operator looks only in the ServiceMonitor's own namespace.
    const inScope = (ns: string) => any || (names.length > 0 ? names.includes(ns) : ns === namespaceOf(obj));
    const hit = ctx.byKind('Service').some((s) => inScope(namespaceOf(s)) && labelSelectorSelects(selector, labelsOf(getPath(s.body, ['metadata', 'labels']))));
    if (!hit) report({ message: `ServiceMonitor "${obj.name}" selects no Service in this scan`, path: ['spec', 'selector'] });
  },
});
