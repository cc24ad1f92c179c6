import type { KubeObject } from '../../inputs/kube-object.js';
import { asObject, getPath } from '../../inputs/kube-object.js';
import { podSpecOf } from '../../inputs/pod-spec.js';
import { peerRef } from '../rule-ref.js';
import type { SuppressionDirective } from './suppression-directive.js';
import { splitReasonAndExpiry } from './suppression-directive.js';

/**
 * Object-level suppressions written as annotations, in our form and in every peer's form:
 *   bulwark.io/ignore: "BW-K8S-001 reason until=2027-01-31; trivy:KSV-0014"
 *   checkov.io/skip1: CKV_K8S_20=reason
 *   ignore-check.kube-linter.io/privileged-container: "reason"   kube-linter.io/ignore-all: "…"
 *   polaris.fairwinds.com/exempt: "true"   polaris.fairwinds.com/runAsPrivileged-exempt: "true"
 *   kube-score/ignore: container-resources,pod-probes
 * Annotations of the pod template count too: that is where Helm charts usually let users add them.
 */
export function parseAnnotationSuppressions(obj: KubeObject, objectId: number): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  const scope = { kind: 'object', objectId } as const;
  const add = (ref: string, rest = '') => out.push({ ref, scope, source: 'annotation', ...splitReasonAndExpiry(rest) });
  const sources = [asObject(getPath(obj.body, ['metadata', 'annotations'])), asObject(podSpecOf(obj)?.metadata?.['annotations'])];
  for (const annotations of sources) {
    if (!annotations) continue;
    for (const [key, raw] of Object.entries(annotations)) {
      const value = typeof raw === 'string' ? raw : String(raw);
      let m: RegExpExecArray | null;
      if (key === 'bulwark.io/ignore') {
        for (const entry of value.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)) {
          const [refs = '', ...rest] = entry.split(/\s+/);
          for (const ref of refs.split(',').filter(Boolean)) add(ref, rest.join(' '));
        }
      } else if (/^checkov\.io\/skip\d*$/.test(key)) {
        const [id = '', reason = ''] = value.split('=', 2);
        if (id.trim()) add(peerRef('checkov', id), reason);
      } else if ((m = /^ignore-check\.kube-linter\.io\/(.+)$/.exec(key))) {
        add(peerRef('kube-linter', m[1]!), value);
      } else if (key === 'kube-linter.io/ignore-all') {
        add('*', value);
      } else if (key === 'polaris.fairwinds.com/exempt' && value.trim() === 'true') {
        add('*');
      } else if ((m = /^polaris\.fairwinds\.com\/(.+)-exempt$/.exec(key)) && value.trim() === 'true') {
        add(peerRef('polaris', m[1]!));
      } else if (key === 'kube-score/ignore') {
        for (const id of value.split(',').map((s) => s.trim()).filter(Boolean)) add(peerRef('kube-score', id));
      }
    }
  }
  return out;
}
