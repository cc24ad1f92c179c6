import type { ClusterScanDocument, DocumentResource } from '../cluster-scan-document.js';

const refText = (r: DocumentResource) => `${r.kind}/${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

/** Plain-text report for terminals: one section per scan item, then what was not evaluated. */
export function writeClusterTable(doc: ClusterScanDocument): string {
  const lines: string[] = [];
  lines.push(`Cluster ${doc.cluster.version ?? '(version unknown)'} — ${doc.cluster.nodes} node(s), provider ${doc.cluster.provider}`);
  if (doc.scan_types.includes('cluster_vul')) {
    lines.push('', `Vulnerabilities (${doc.vulnerabilities.length})`);
    for (const v of doc.vulnerabilities) {
      lines.push(`  ${v.severity.padEnd(8)} ${v.cve_id.padEnd(16)} ${v.component} ${v.installed_version} → ${v.fixed_versions.join(', ') || 'no fix'}  [${v.confidence}, ${v.exploitability}]  ${v.resources.slice(0, 3).map(refText).join(', ')}${v.resources.length > 3 ? ` +${v.resources.length - 3}` : ''}`);
    }
  }
  if (doc.scan_types.includes('risk_assessment')) {
    lines.push('', `Risks (${doc.risks.length})`);
    for (const r of doc.risks) lines.push(`  ${r.severity.padEnd(8)} ${r.rule_id.padEnd(11)} ${refText(r.resource)}: ${r.message}${r.suppression ? ` [suppressed by ${r.suppression.rule_ref}]` : ''}`);
    if (doc.exempted.length > 0) lines.push(`  exempted from pod-security rules: ${doc.exempted.map((e) => refText(e.resource)).join(', ')}`);
  }
  if (doc.scan_types.includes('benchmark')) {
    const count = (s: string) => doc.benchmark.filter((b) => b.status === s).length;
    lines.push('', `CIS benchmark: ${count('pass')} pass, ${count('fail')} fail, ${count('not_applicable')} not applicable, ${count('not_evaluated')} not evaluated`);
    for (const b of doc.benchmark) {
      if (b.status === 'not_applicable') continue;
      lines.push(`  ${b.status.padEnd(13)} ${b.id.padEnd(11)} ${b.title}${b.status === 'pass' ? '' : ` — ${b.reason}`}`);
    }
  }
  if (doc.not_evaluated.length > 0) {
    lines.push('', `Not evaluated (${doc.not_evaluated.length}) — absent findings here mean "unknown", not "clean"`);
    for (const n of doc.not_evaluated) lines.push(`  ${n.scan_type.padEnd(15)} ${n.item}: ${n.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
