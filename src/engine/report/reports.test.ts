import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { scanIac } from '../iac/scan-iac.js';
import { ALL_RULES } from '../rules/index.js';
import type { IacReport } from './iac-report.js';
import { writeJsonReport } from './json-report.js';
import { writeJunitReport } from './junit-report.js';
import { writeSarifReport } from './sarif-report.js';
import { writeTableReport } from './table-report.js';

const enc = (text: string) => new TextEncoder().encode(text);
const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    bulwark.io/ignore: "BW-K8S-012 read-only fs breaks the app"
spec:
  containers:
    - name: c
      image: busybox:1.36
      securityContext:
        privileged: true
`;

function report(): IacReport {
  const result = scanIac([
    { path: 'k8s/pod.yaml', content: enc(pod) },
    { path: 'docker/Dockerfile', content: enc('FROM ubuntu\nRUN sudo apt-get install curl\n') },
    { path: 'k8s/broken.yaml', content: enc('a: [1\n') },
  ], { now: Date.parse('2026-06-01T00:00:00Z') });
  return { toolVersion: '1.2.3', files: result.files, findings: result.findings, ruleErrors: result.ruleErrors, rules: ALL_RULES };
}

describe('json report', () => {
  it('follows the cli.md document', () => {
    const doc = JSON.parse(writeJsonReport(report()));
    expect(Object.keys(doc)).toEqual(['schema_version', 'tool', 'files', 'findings', 'summary', 'rule_errors']);
    expect(doc.tool).toEqual({ name: 'bulwark', version: '1.2.3' });
    expect(doc.files).toContainEqual({ path: 'k8s/broken.yaml', file_type: 'k8s_yaml', status: 'failed', error: expect.any(String) });
    const priv = doc.findings.find((f: { rule_id: string }) => f.rule_id === 'BW-K8S-001');
    expect(priv).toEqual({
      rule_id: 'BW-K8S-001', aliases: expect.arrayContaining(['union:K01', 'trivy:KSV-0017']), severity: 'critical', category: 'node_escape',
      title: expect.any(String), message: expect.any(String), file: 'k8s/pod.yaml',
      start_line: 12, start_column: 9, end_line: 12, end_column: 25,
      resource: { kind: 'Pod', name: 'p' }, path: 'spec.containers[0].securityContext.privileged', suppressed: false, suppression: null,
    });
    const suppressed = doc.findings.find((f: { rule_id: string }) => f.rule_id === 'BW-K8S-012');
    expect(suppressed.suppression).toEqual({ source: 'annotation', rule_ref: 'BW-K8S-012', reason: 'read-only fs breaks the app', expires: null });
    expect(doc.summary.files).toBe(3);
    expect(doc.summary.failed_files).toBe(1);
    expect(doc.summary.findings + doc.summary.suppressed).toBe(doc.findings.length);
  });
});

describe('sarif report', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // The official schema has a pattern that is invalid as a unicode regexp; it is a language tag check we do not use.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(writeSarifReport(report()));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The validator really checks: a broken document is rejected.
    expect(validate({ ...sarif, runs: [{ ...sarif.runs[0], results: [{ message: {} }] }] })).toBe(false);
  });

  it('carries stable ids, security-severity, fingerprints and suppressions', () => {
    const run = JSON.parse(writeSarifReport(report())).runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'BW-K8S-001');
    expect(rule.properties['security-severity']).toBe('9.5');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'BW-K8S-001');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('BW-K8S-001');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 9, endLine: 12, endColumn: 25 });
    expect(result.partialFingerprints['bulwarkFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
    const suppressed = run.results.find((r: { ruleId: string }) => r.ruleId === 'BW-K8S-012');
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'read-only fs breaks the app' }]);
    for (const r of run.results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('keeps fingerprints when lines move', () => {
    const shifted = { ...report() };
    const a = JSON.parse(writeSarifReport(shifted)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    const moved = scanIac([{ path: 'k8s/pod.yaml', content: enc(`# a new comment line\n${pod}`) }], { now: 0 });
    const b = JSON.parse(writeSarifReport({ ...shifted, files: moved.files, findings: moved.findings })).runs[0].results
      .map((r: { partialFingerprints: object }) => r.partialFingerprints);
    expect(a).toEqual(expect.arrayContaining(b));
  });
});

describe('junit report', () => {
  it('has one suite per file with failures, skips and parse errors counted', () => {
    const xml = writeJunitReport(report());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(/<testsuite name="k8s\/broken.yaml" tests="1" failures="0" errors="1" skipped="0">/);
    expect(xml).toMatch(/<testsuite name="k8s\/pod.yaml" tests="\d+" failures="\d+" errors="0" skipped="1">/);
    // eslint-disable-next-line no-control-regex -- asserting that no control characters leak into the XML
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('table report', () => {
  it('lists findings by file with line:column and a summary', () => {
    const text = writeTableReport(report());
    expect(text).toMatch(/k8s\/pod.yaml\n(?: .*\n)* {2}12:9 +CRITICAL +BW-K8S-001 +Pod\/p/);
    expect(text).toMatch(/FAILED k8s\/broken.yaml: /);
    expect(text).toMatch(/2 file\(s\) scanned, 1 failed; \d+ finding\(s\) .*1 suppressed\n$/);
  });
});
