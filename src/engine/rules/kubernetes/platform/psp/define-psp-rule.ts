import type { PathSegment } from '../../../../../domain/source-range.js';
import type { JsonObject } from '../../../../inputs/kube-object.js';
import { asObject } from '../../../../inputs/kube-object.js';
import type { KubeRule, RuleMeta } from '../../../define-rule.js';
import { defineKubeRule } from '../../../define-rule.js';

export interface PspProblem {
  readonly message: string;
  readonly path: readonly PathSegment[];
}

/**
 * A PodSecurityPolicy rule: `inspect` returns the permissive setting (or nothing). PSP was removed
 * in Kubernetes 1.25, so these rules matter for older clusters and for manifests still carrying PSPs;
 * they are low severity because a PSP grants nothing by itself — it only fails to forbid.
 */
export function definePspRule(spec: RuleMeta & { readonly inspect: (pspSpec: JsonObject) => PspProblem | undefined }): KubeRule {
  const { inspect, ...meta } = spec;
  return defineKubeRule({
    ...meta,
    kinds: ['PodSecurityPolicy'],
    check(obj, _ctx, report) {
      const problem = inspect(asObject(obj.body['spec']) ?? {});
      if (problem) report({ message: `PodSecurityPolicy "${obj.name}" ${problem.message}`, path: problem.path });
    },
  });
}

export const PSP_REFERENCE = 'https://kubernetes.io/docs/concepts/security/pod-security-policy/';
