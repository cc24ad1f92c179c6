import type { Severity } from '../../../domain/severity.js';
import type { ClusterScanDocument, DocumentResource } from '../cluster-scan-document.js';
import type { ClusterRule } from '../rules/define-cluster-rule.js';
import type { RuleMeta } from '../../rules/define-rule.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5' };

const resourceName = (r: DocumentResource) => `${r.kind}/${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

interface SarifRule { id: string; shortDescription: { text: string }; fullDescription?: { text: string }; helpUri?: string; properties: Record<string, unknown> }

/**
 * SARIF 2.1.0 for a cluster scan. Live objects have no file, so results carry logical
 * locations (kind/namespace/name) and fingerprints built from rule and resource.
 * Vulnerabilities and failed benchmark items are results too, under their CVE/CIS ids.
 */
export function writeClusterSarif(doc: ClusterScanDocument, toolVersion: string, rules: readonly (RuleMeta | ClusterRule)[]): string {
  const ruleMeta = new Map(rules.map((r) => [r.id, r]));
  const sarifRules = new Map<string, SarifRule>();
  const results: unknown[] = [];
  const addRule = (id: string, title: string, severity: Severity, description?: string, helpUri?: string) => {
    if (!sarifRules.has(id)) {
      sarifRules.set(id, { id, shortDescription: { text: title }, ...(description ? { fullDescription: { text: description } } : {}), ...(helpUri ? { helpUri } : {}), properties: { 'security-severity': SECURITY_SEVERITY[severity] } });
    }
  };
  const result = (ruleId: string, severity: Severity, message: string, resources: readonly DocumentResource[], waiver?: ClusterScanDocument['risks'][number]['suppression']) => {
    results.push({
      // Waived by an annotation on the live object: carried as an accepted in-source suppression, as for manifests.
      ...(waiver ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: waiver.reason ?? `suppressed by ${waiver.rule_ref}` }] } : {}),
      ruleId, level: LEVEL[severity], message: { text: message },
      locations: resources.slice(0, 10).map((r) => ({ logicalLocations: [{ fullyQualifiedName: resourceName(r), kind: 'resource' }] })),
      partialFingerprints: { 'bulwark/v1': `${ruleId}|${resources.map(resourceName).join(',')}|${message.length}` },
    });
  };
  for (const r of doc.risks) {
    const meta = ruleMeta.get(r.rule_id);
    addRule(r.rule_id, r.title, r.severity, meta?.description, meta?.references[0]);
    result(r.rule_id, r.severity, r.message, [r.resource], r.suppression);
  }
  for (const v of doc.vulnerabilities) {
    addRule(v.cve_id, v.title, v.severity, undefined, `https://nvd.nist.gov/vuln/detail/${v.cve_id}`);
    result(v.cve_id, v.severity, `${v.component} ${v.installed_version} is affected by ${v.cve_id} (fixed in ${v.fixed_versions.join(', ') || 'no release'}; ${v.confidence}, ${v.exploitability})`, v.resources);
  }
  for (const b of doc.benchmark) {
    if (b.status !== 'fail') continue;
    addRule(b.id, b.title, 'medium');
    result(b.id, 'medium', b.reason, b.resources);
  }
  return `${JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0',
    runs: [{ tool: { driver: { name: 'bulwark', version: toolVersion, semanticVersion: toolVersion, rules: [...sarifRules.values()] } }, results }],
  }, null, 2)}\n`;
}
