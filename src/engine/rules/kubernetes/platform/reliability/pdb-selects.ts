import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asObject, getPath } from '../../../../inputs/kube-object.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import { labelSelectorSelects } from '../shared/label-selector.js';
import type { PodTemplate } from '../shared/pod-templates.js';
import { memoizeForScan, templatesMatchingSelector } from '../shared/scan-index.js';
import { namespaceOf } from '../shared/namespace-of.js';

/** Whether a PodDisruptionBudget selects the pods of a template (a PDB without selector selects none). */
export function pdbSelects(pdb: KubeObject, template: PodTemplate): boolean {
  if (namespaceOf(pdb) !== template.namespace) return false;
  const selector = asObject(getPath(pdb.body, ['spec', 'selector']));
  return selector !== undefined && labelSelectorSelects(selector, template.labels);
}

/** The workload templates of the scan a PDB covers. */
export function templatesCoveredBy(pdb: KubeObject, ctx: KubeRuleContext): PodTemplate[] {
  const selector = asObject(getPath(pdb.body, ['spec', 'selector']));
  return selector ? templatesMatchingSelector(ctx, namespaceOf(pdb), selector) : [];
}

/** Every workload of the scan some PodDisruptionBudget covers. */
export function workloadsWithBudget(ctx: KubeRuleContext): Set<KubeObject> {
  return memoizeForScan(ctx, 'pdb-covered-workloads', () =>
    new Set(ctx.byKind('PodDisruptionBudget').flatMap((pdb) => templatesCoveredBy(pdb, ctx).map((t) => t.obj))));
}
