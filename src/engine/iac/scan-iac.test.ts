import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../inputs/source-file.js';
import { defineKubeRule } from '../rules/define-rule.js';
import { scanIac } from './scan-iac.js';
import { parseIgnoreFile } from './suppression/ignore-file.js';

const enc = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string, fileType?: SourceFile['fileType']): SourceFile =>
  (fileType ? { path, content: enc(text), fileType } : { path, content: enc(text) });
const NOW = Date.parse('2026-06-01T00:00:00Z');

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: busybox:1.36
      securityContext:
        privileged: true
`;

describe('scanIac', () => {
  it('reports findings at the exact key with resource and path', () => {
    const { findings, files } = scanIac([file('pod.yaml', privilegedPod)], { now: NOW });
    expect(files).toEqual([{ path: 'pod.yaml', fileType: 'k8s_yaml', status: 'scanned', error: null }]);
    const hit = findings.find((f) => f.ruleId === 'BW-K8S-001')!;
    expect(hit).toMatchObject({
      file: 'pod.yaml', resource: { kind: 'Pod', name: 'p' }, path: 'spec.containers[0].securityContext.privileged',
      range: { startLine: 10, startColumn: 9, endLine: 10, endColumn: 25 }, suppressed: false, severity: 'critical',
    });
    expect(hit.aliases).toContain('union:K01');
  });

  it('detects types by name, skips what is not ours, and fails unreadable files without stopping the scan', () => {
    const { files } = scanIac([
      file('notes.txt', 'hello'),
      file('values.yaml', 'replicaCount: 3\n'),
      file('broken.yaml', 'a: [1, 2\n'),
      file('binary.yaml', '\u0000\u0001\u0002'),
      file('Dockerfile', 'FROM alpine:3.20\nUSER 1000\n'),
      file('forced.yaml', 'x: 1\n', 'k8s_yaml'),
      file('pod.yaml', privilegedPod),
    ], { now: NOW });
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ['notes.txt', 'skipped'], ['values.yaml', 'skipped'], ['broken.yaml', 'failed'], ['binary.yaml', 'failed'],
      ['Dockerfile', 'scanned'], ['forced.yaml', 'failed'], ['pod.yaml', 'scanned'],
    ]);
    for (const f of files.filter((x) => x.status === 'failed')) expect(f.error).toBeTruthy();
  });

  it('lets cross-object rules see every file of the scan', () => {
    const sa = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: builder\n  namespace: ci\n';
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ci\nspec:\n  serviceAccountName: builder\n  containers: []\n';
    const seenKinds: string[][] = [];
    const probe = defineKubeRule({
      id: 'BW-K8S-999', title: 'probe', severity: 'info', category: 'workload', aliases: ['union:X00'], description: '', remediation: '', references: [],
      kinds: ['Pod'],
      check(_obj, ctx) { seenKinds.push(ctx.objects.map((o) => o.kind)); },
    });
    scanIac([file('sa.yaml', sa), file('pod.yaml', pod)], { now: NOW, rules: [probe] });
    expect(seenKinds).toEqual([['ServiceAccount', 'Pod']]);
  });

  it('keeps going when a rule throws, and reports the rule error', () => {
    const broken = defineKubeRule({
      id: 'BW-K8S-998', title: 'broken', severity: 'info', category: 'workload', aliases: ['union:X00'], description: '', remediation: '', references: [],
      check() { throw new Error('boom'); },
    });
    const result = scanIac([file('pod.yaml', privilegedPod)], { now: NOW, rules: [broken] });
    expect(result.ruleErrors).toEqual([{ ruleId: 'BW-K8S-998', file: 'pod.yaml', message: 'boom' }]);
    expect(result.files[0]!.status).toBe('scanned');
  });

  it('reports suppressed findings as suppressed, honours expiry, globs and peer ids', () => {
    const annotated = privilegedPod.replace('  name: p\n', '  name: p\n  annotations:\n    checkov.io/skip1: CKV_K8S_16=host agent\n');
    const inlineExpired = privilegedPod.replace('privileged: true', 'privileged: true # bulwark:ignore BW-K8S-001 until=2026-01-01');
    const ignore = parseIgnoreFile('trivy:KSV017 vendor/*.yaml reviewed\n').directives;
    const result = scanIac([file('annotated.yaml', annotated), file('expired.yaml', inlineExpired), file('vendor/pod.yaml', privilegedPod)], { now: NOW, ignore });
    const priv = (path: string) => result.findings.find((f) => f.file === path && f.ruleId === 'BW-K8S-001')!;
    expect(priv('annotated.yaml')).toMatchObject({ suppressed: true, suppression: { source: 'annotation', ruleRef: 'checkov:CKV_K8S_16', reason: 'host agent' } });
    expect(priv('expired.yaml')).toMatchObject({ suppressed: false, suppression: null });
    expect(priv('vendor/pod.yaml')).toMatchObject({ suppressed: true, suppression: { source: 'ignore-file', reason: 'reviewed' } });
  });

  it('suppresses a finding about something missing through its anchor line', () => {
    const dockerfile = '# hadolint ignore=DL3002\nFROM alpine:3.20\n';
    const anchored = scanIac([file('Dockerfile', dockerfile)], { now: NOW }).findings;
    const missingUser = anchored.find((f) => f.ruleId === 'BW-DF-001');
    expect(missingUser).toMatchObject({ suppressed: true, range: { startLine: 2 } });
  });

  it('points inside a multi-line RUN at the line of the offending command', () => {
    const dockerfile = 'FROM debian:12\nRUN set -eux; \\\n    # install tools\n    apt-get update && \\\n    sudo apt-get install -y curl\nUSER 1000\n';
    const sudo = scanIac([file('Dockerfile', dockerfile)], { now: NOW }).findings.find((f) => f.ruleId === 'BW-DF-006');
    expect(sudo?.range?.startLine).toBe(5);
    // The whole RUN (lines 2–5) is kept for HSS build_instruction.
    expect(sudo?.instructionRange).toMatchObject({ startLine: 2, endLine: 5 });
  });
});
