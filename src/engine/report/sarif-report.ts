import { createHash } from 'node:crypto';
import type { Severity } from '../../domain/severity.js';
import type { Finding } from '../finding.js';
import type { IacReport } from './iac-report.js';

// GitHub buckets security-severity: >= 9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/**
 * SARIF 2.1.0 for code-scanning uploads: stable ruleId, relative URIs, `security-severity`,
 * partialFingerprints that survive line moves (rule + file + resource + path, not the line),
 * suppressed findings carried in `suppressions[]` instead of being dropped, and always a
 * `results` array (a run without one is rejected by GitHub).
 */
export function writeSarifReport(report: IacReport): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'bulwark',
          version: report.toolVersion,
          semanticVersion: report.toolVersion,
          rules: report.rules.map((r) => ({
            id: r.id,
            name: r.id.replace(/[^A-Za-z0-9]/g, ''),
            shortDescription: { text: r.title },
            fullDescription: { text: r.description },
            help: { text: `${r.description}\n\nRemediation: ${r.remediation}`, markdown: `${r.description}\n\n**Remediation:** ${r.remediation}` },
            ...(r.references[0] ? { helpUri: r.references[0] } : {}),
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: {
              'security-severity': SECURITY_SEVERITY[r.severity],
              precision: 'high',
              tags: ['security', r.category, ...r.aliases.filter((a) => a.startsWith('union:'))].slice(0, 20),
              aliases: r.aliases,
            },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
      results: report.findings.map((f) => toResult(f, ruleIndex.get(f.ruleId))),
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: [
          ...report.files.filter((f) => f.status === 'failed').map((f) => ({
            level: 'error' as const, message: { text: `${f.path}: ${f.error ?? 'failed'}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path), uriBaseId: '%SRCROOT%' } } }],
          })),
          ...report.ruleErrors.map((e) => ({ level: 'warning' as const, message: { text: `rule ${e.ruleId} failed on ${e.file}: ${e.message}` } })),
        ],
      }],
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function toUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

function toResult(f: Finding, index: number | undefined) {
  const fingerprint = createHash('sha256')
    .update([f.ruleId, f.file, f.resource.kind, f.resource.namespace ?? '', f.resource.name, f.path].join('\u0000'))
    .digest('hex');
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
        // SARIF requires startLine >= 1; findings always carry real lines here.
        region: f.range
          ? { startLine: f.range.startLine, startColumn: f.range.startColumn, endLine: f.range.endLine, endColumn: f.range.endColumn }
          : { startLine: 1 },
      },
      logicalLocations: [{ name: f.resource.name, kind: 'resource', fullyQualifiedName: [f.resource.kind, f.resource.namespace, f.resource.name].filter(Boolean).join('/') }],
    }],
    partialFingerprints: { 'bulwarkFinding/v1': fingerprint },
    properties: { path: f.path, severity: f.severity, category: f.category },
    ...(f.suppression
      ? { suppressions: [{ kind: f.suppression.source === 'ignore-file' ? 'external' : 'inSource', status: 'accepted', justification: f.suppression.reason ?? `suppressed by ${f.suppression.ruleRef}` }] }
      : {}),
  };
}
