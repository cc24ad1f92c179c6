import type { Finding } from '../finding.js';
import type { IacReport } from './iac-report.js';

function escapeXml(text: string): string {
  // XML 1.0 cannot carry most control characters at all, even escaped: drop them.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * JUnit XML: one testsuite per scanned file, one failing testcase per unsuppressed finding,
 * a skipped testcase per suppressed one, an errored testcase for a file that failed to parse,
 * and a passing testcase for a clean file so CI dashboards count it.
 */
export function writeJunitReport(report: IacReport): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const suites: string[] = [];
  let tests = 0, failures = 0, errors = 0, skipped = 0;
  for (const file of report.files) {
    if (file.status === 'skipped') continue;
    const cases: string[] = [];
    let sFail = 0, sErr = 0, sSkip = 0;
    if (file.status === 'failed') {
      sErr++;
      cases.push(`    <testcase classname="${escapeXml(file.path)}" name="parse"><error message="${escapeXml(file.error ?? 'failed')}"/></testcase>`);
    }
    const findings = byFile.get(file.path) ?? [];
    for (const f of findings) {
      const name = escapeXml(`${f.ruleId} ${f.resource.kind}/${f.resource.name} ${f.path}`);
      const where = f.range ? `${f.file}:${f.range.startLine}:${f.range.startColumn}` : f.file;
      if (f.suppressed) {
        sSkip++;
        cases.push(`    <testcase classname="${escapeXml(file.path)}" name="${name}"><skipped message="${escapeXml(`suppressed: ${f.suppression?.reason ?? f.suppression?.ruleRef ?? ''}`)}"/></testcase>`);
      } else {
        sFail++;
        cases.push(`    <testcase classname="${escapeXml(file.path)}" name="${name}"><failure message="${escapeXml(f.message)}" type="${f.severity}">${escapeXml(`${f.title}\n${where}\n${f.message}`)}</failure></testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${escapeXml(file.path)}" name="no findings"/>`);
    tests += cases.length; failures += sFail; errors += sErr; skipped += sSkip;
    suites.push(`  <testsuite name="${escapeXml(file.path)}" tests="${cases.length}" failures="${sFail}" errors="${sErr}" skipped="${sSkip}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bulwark" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}
