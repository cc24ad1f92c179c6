import type { Severity } from '../../domain/severity.js';
import type { Finding } from '../finding.js';
import type { IacReport } from './iac-report.js';

/** The JSON document of cli.md (`schema_version` 1). Key order is part of the contract. */
export function writeJsonReport(report: IacReport): string {
  const bySeverity: Partial<Record<Severity, number>> = {};
  let active = 0;
  for (const f of report.findings) {
    if (f.suppressed) continue;
    active++;
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  }
  const doc = {
    schema_version: 1,
    tool: { name: 'bulwark', version: report.toolVersion },
    files: report.files.map((f) => ({ path: f.path, file_type: f.fileType ?? null, status: f.status, error: f.error })),
    findings: report.findings.map(toJsonFinding),
    summary: {
      files: report.files.filter((f) => f.status !== 'skipped').length,
      failed_files: report.files.filter((f) => f.status === 'failed').length,
      findings: active,
      suppressed: report.findings.length - active,
      by_severity: bySeverity,
    },
    rule_errors: report.ruleErrors.map((e) => ({ rule_id: e.ruleId, file: e.file, message: e.message })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function toJsonFinding(f: Finding) {
  return {
    rule_id: f.ruleId,
    aliases: f.aliases,
    severity: f.severity,
    category: f.category,
    title: f.title,
    message: f.message,
    file: f.file,
    start_line: f.range?.startLine ?? null,
    start_column: f.range?.startColumn ?? null,
    end_line: f.range?.endLine ?? null,
    end_column: f.range?.endColumn ?? null,
    resource: { kind: f.resource.kind, name: f.resource.name, ...(f.resource.namespace !== undefined ? { namespace: f.resource.namespace } : {}) },
    path: f.path,
    suppressed: f.suppressed,
    suppression: f.suppression && {
      source: f.suppression.source,
      rule_ref: f.suppression.ruleRef,
      reason: f.suppression.reason ?? null,
      expires: f.suppression.expires ?? null,
    },
  };
}
