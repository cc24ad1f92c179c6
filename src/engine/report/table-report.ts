import { SEVERITIES } from '../../domain/severity.js';
import type { IacReport } from './iac-report.js';

/** Human-readable report: findings grouped by file, then failed files and a summary line. */
export function writeTableReport(report: IacReport): string {
  const out: string[] = [];
  const byFile = new Map<string, typeof report.findings[number][]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    out.push(file);
    const rows = findings.map((f) => [
      f.range ? `${f.range.startLine}:${f.range.startColumn}` : '-',
      f.severity.toUpperCase(),
      f.ruleId,
      `${f.resource.kind}/${f.resource.name}`,
      f.suppressed ? `${f.message} (suppressed${f.suppression?.reason ? `: ${f.suppression.reason}` : ''})` : f.message,
    ]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) out.push(`  ${r.slice(0, 4).map((c, i) => c.padEnd(widths[i]!)).join('  ')}  ${r[4]}`);
    out.push('');
  }
  for (const f of report.files.filter((x) => x.status === 'failed')) out.push(`FAILED ${f.path}: ${f.error}`);
  for (const e of report.ruleErrors) out.push(`RULE ERROR ${e.ruleId} on ${e.file}: ${e.message}`);
  const active = report.findings.filter((f) => !f.suppressed);
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const scanned = report.files.filter((f) => f.status === 'scanned').length;
  const failed = report.files.filter((f) => f.status === 'failed').length;
  out.push(
    `${scanned} file(s) scanned, ${failed} failed; ${active.length} finding(s)` +
      (counts.length ? ` (${counts.map(([s, n]) => `${s}: ${n}`).join(', ')})` : '') +
      (report.findings.length > active.length ? `, ${report.findings.length - active.length} suppressed` : ''),
  );
  return `${out.join('\n')}\n`;
}
