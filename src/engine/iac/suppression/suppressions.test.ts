import { describe, expect, it } from 'vitest';
import { parseManifests } from '../manifest/parse-manifests.js';
import { normalizeRuleRef, ruleMatchesRef } from '../rule-ref.js';
import { parseAnnotationSuppressions } from './annotation-suppressions.js';
import { findSuppression } from './apply-suppressions.js';
import { createDockerfileScopeResolver } from './dockerfile-scope-resolver.js';
import { parseIgnoreFile } from './ignore-file.js';
import { parseInlineSuppressions } from './inline-suppressions.js';
import { isExpired } from './suppression-directive.js';
import { createYamlScopeResolver } from './yaml-scope-resolver.js';

const rule = {
  id: 'BW-K8S-001', title: 't', severity: 'critical', category: 'node_escape', description: '', remediation: '', references: [],
  aliases: ['union:K01', 'trivy:KSV-0017', 'checkov:CKV_K8S_16', 'kube-linter:privileged-container', 'polaris:runAsPrivileged', 'kube-score:container-security-context-privileged', 'hadolint:DL3002'],
} as const;

describe('rule references', () => {
  it('accepts every historical trivy spelling', () => {
    for (const ref of ['KSV017', 'KSV-0017', 'AVD-KSV-0017', 'trivy:KSV-0017', 'trivy:AVD-KSV-0017']) {
      expect(normalizeRuleRef(ref)).toBe('trivy:KSV-0017');
      expect(ruleMatchesRef(rule, ref)).toBe(true);
    }
    expect(ruleMatchesRef(rule, 'KSV-0018')).toBe(false);
  });
  it('matches our id, aliases case-insensitively, and nothing else', () => {
    expect(ruleMatchesRef(rule, 'BW-K8S-001')).toBe(true);
    expect(ruleMatchesRef(rule, 'checkov:ckv_k8s_16')).toBe(true);
    expect(ruleMatchesRef(rule, 'BW-K8S-002')).toBe(false);
  });
});

describe('expiry', () => {
  it('is inclusive of the named day (UTC)', () => {
    expect(isExpired('2027-01-31', Date.parse('2027-01-31T23:00:00Z'))).toBe(false);
    expect(isExpired('2027-01-31', Date.parse('2027-02-01T00:00:01Z'))).toBe(true);
    expect(isExpired(undefined, Date.now())).toBe(false);
  });
});

describe('.bulwarkignore', () => {
  it('reads rule, optional glob, expiry and reason; reports bad lines without failing', () => {
    const parsed = parseIgnoreFile([
      '# comment',
      'BW-K8S-001 charts/**/*.yaml until=2027-01-31 vendor chart, tracked upstream',
      'trivy:KSV-0014',
      'BW-DF-002 until=2026-13-99',
      'BW-DF-003 Dockerfile.* expires=someday',
    ].join('\n'));
    expect(parsed.directives[0]).toMatchObject({ ref: 'BW-K8S-001', pathGlob: 'charts/**/*.yaml', expires: '2027-01-31', reason: 'vendor chart, tracked upstream' });
    expect(parsed.directives[1]).toMatchObject({ ref: 'trivy:KSV-0014', scope: { kind: 'file' } });
    expect(parsed.directives[1]!.pathGlob).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/line 5/);
  });
});

describe('annotations', () => {
  it('reads our form and every peer form', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    bulwark.io/ignore: "BW-K8S-001 needed for the CNI until=2030-01-01; trivy:KSV-0014"
    checkov.io/skip1: CKV_K8S_20=legacy
    ignore-check.kube-linter.io/run-as-non-root: "image runs as nobody"
    polaris.fairwinds.com/hostNetworkSet-exempt: "true"
    kube-score/ignore: pod-probes,container-resources
spec:
  template:
    metadata:
      annotations:
        kube-linter.io/ignore-all: "generated"
    spec:
      containers: []
`;
    const obj = parseManifests({ path: 'a.yaml', content: new TextEncoder().encode(yaml) }).objects[0]!;
    const refs = parseAnnotationSuppressions(obj, 7).map((d) => [d.ref, d.reason ?? '', d.expires ?? '']);
    expect(refs).toEqual([
      ['BW-K8S-001', 'needed for the CNI', '2030-01-01'],
      ['trivy:KSV-0014', '', ''],
      ['checkov:CKV_K8S_20', 'legacy', ''],
      ['kube-linter:run-as-non-root', 'image runs as nobody', ''],
      ['polaris:hostNetworkSet', '', ''],
      ['kube-score:pod-probes', '', ''],
      ['kube-score:container-resources', '', ''],
      ['*', 'generated', ''],
    ]);
  });
});

describe('inline comments in YAML', () => {
  const yaml = [
    '# trivy:ignore:KSV-0017', //  1: above the document: the whole object
    'apiVersion: v1', //            2
    'kind: Pod', //                 3
    'metadata:', //                 4
    '  name: a', //                 5
    'spec:', //                     6
    '  containers:', //             7
    '    # bulwark:ignore BW-K8S-002 reviewed until=2030-01-01', // 8
    '    - name: a', //             9
    '      securityContext:', //   10
    '        privileged: true # bulwark:ignore BW-K8S-003', // 11
    '    - name: b', //            12
    '---', //                      13
    'apiVersion: v1', //           14
    'kind: Pod', //                15
  ].join('\n');
  const comments = parseManifests({ path: 'a.yaml', content: new TextEncoder().encode(yaml) }).comments;
  const directives = parseInlineSuppressions(comments, createYamlScopeResolver(yaml));
  it('scopes a comment above a document to the document, above a key to its block, at line end to that line', () => {
    expect(directives.map((d) => [d.ref, d.scope])).toEqual([
      ['trivy:KSV-0017', { kind: 'lines', start: 2, end: 12 }],
      ['BW-K8S-002', { kind: 'lines', start: 9, end: 11 }],
      ['BW-K8S-003', { kind: 'lines', start: 11, end: 11 }],
    ]);
  });
  it('applies only inside the scope and only to the named rule', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const target = (startLine: number) => ({ rule, file: 'a.yaml', startLine, objectId: 0 });
    expect(findSuppression(target(11), directives, now)?.ruleRef).toBe('trivy:KSV-0017');
    expect(findSuppression(target(15), directives, now)).toBeNull();
  });
});

describe('inline comments in Dockerfiles', () => {
  const dockerfile = [
    'FROM alpine:3.20', //                              1
    '# hadolint ignore=DL3018,DL3019', //               2
    'RUN apk add curl \\', //                          3
    '  # a comment inside the continuation', //         4
    '  && apk add git', //                              5
    'RUN <<EOF', //                                     6
    'echo hi', //                                       7
    'EOF', //                                           8
    '# checkov:skip=CKV_DOCKER_2:no healthcheck needed', // 9
    '# kics-scan ignore-line', //                       10
    'USER root', //                                     11
  ].join('\n');
  const comments = [2, 4, 9, 10].map((line) => ({ line, column: 1, text: dockerfile.split('\n')[line - 1]!.slice(1) }));
  const directives = parseInlineSuppressions(comments, createDockerfileScopeResolver(dockerfile));
  it('covers the whole next instruction, continuation lines included', () => {
    expect(directives.map((d) => [d.ref, d.scope])).toEqual([
      ['hadolint:DL3018', { kind: 'lines', start: 3, end: 5 }],
      ['hadolint:DL3019', { kind: 'lines', start: 3, end: 5 }],
      ['checkov:CKV_DOCKER_2', { kind: 'file' }],
      ['*', { kind: 'lines', start: 11, end: 11 }],
    ]);
  });
  it('treats heredoc bodies as part of their instruction', () => {
    expect(createDockerfileScopeResolver(dockerfile).nextElement(6)).toEqual({ kind: 'lines', start: 6, end: 8 });
  });
});
