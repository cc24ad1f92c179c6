import type { Finding, ResourceRef } from '../../finding.js';
import { parseAnnotationSuppressions } from '../../iac/suppression/annotation-suppressions.js';
import { findSuppression } from '../../iac/suppression/apply-suppressions.js';
import type { SuppressionDirective } from '../../iac/suppression/suppression-directive.js';
import type { KubeObject } from '../../inputs/kube-object.js';
import type { RuleMeta } from '../../rules/define-rule.js';

const nameKey = (kind: string, namespace: string | undefined, name: string) => `${kind}\u0000${namespace ?? ''}\u0000${name}`;

/**
 * Marks live findings covered by an annotation on the object they are about (or on its
 * pod template) as suppressed, exactly as the IaC runner does for manifests: the same
 * annotation forms, rule references and expiry dates. Findings are kept, only marked, so
 * reports can still show what was waived. Objects are matched by uid, else by
 * kind/namespace/name; findings about objects not in `objects` are left as they are.
 */
export function applyLiveSuppressions(findings: readonly Finding[], objects: readonly KubeObject[], now: number): Finding[] {
  const byUid = new Map<string, number>();
  const byName = new Map<string, number>();
  objects.forEach((obj, i) => {
    if (obj.uid !== undefined) byUid.set(obj.uid, i);
    byName.set(nameKey(obj.kind, obj.namespace, obj.name), i);
  });
  // Parsed on first use: most objects carry no finding, and most findings share an object.
  const directives = new Map<number, readonly SuppressionDirective[]>();
  const directivesOf = (i: number): readonly SuppressionDirective[] => {
    let found = directives.get(i);
    if (found === undefined) {
      const obj = objects[i];
      found = obj === undefined ? [] : parseAnnotationSuppressions(obj, i);
      directives.set(i, found);
    }
    return found;
  };
  const indexOf = (r: ResourceRef): number | undefined =>
    (r.uid !== undefined ? byUid.get(r.uid) : undefined) ?? byName.get(nameKey(r.kind, r.namespace, r.name));

  return findings.map((f) => {
    const i = indexOf(f.resource);
    if (i === undefined || f.suppressed) return f;
    const list = directivesOf(i);
    if (list.length === 0) return f;
    const suppression = findSuppression({ rule: ruleOf(f), file: '', startLine: undefined, objectId: i }, list, now);
    return suppression === null ? f : { ...f, suppressed: true, suppression };
  });
}

/** A finding carries what rule references are matched against: its id and aliases. */
function ruleOf(f: Finding): RuleMeta {
  return { id: f.ruleId, aliases: f.aliases, title: f.title, severity: f.severity, category: f.category, description: '', remediation: '', references: [] };
}
