import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../../domain/source-range.js';
import { getPath } from '../../inputs/kube-object.js';
import { parseManifests } from './parse-manifests.js';

const parse = (text: string, path = 'm.yaml') => parseManifests({ path, content: new TextEncoder().encode(text) });

/** `[line, startColumn, endLine, endColumn]` of a path in the only (or `index`-th) object. */
function at(text: string, path: PathSegment[], index = 0): [number, number, number, number] {
  const result = parse(text);
  expect(result.error).toBeUndefined();
  const r = result.objects[index]!.locate(path)!;
  return [r.startLine, r.startColumn, r.endLine, r.endColumn];
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web, "tier": 'front'}
spec:
  template:
    spec:
      containers:
        - name: web
          image: "nginx:1.25"   # pinned
          args: [--port, "8080"]
          securityContext:
            privileged: true
          command:
          - sh
          - -c
          - |
            echo start
            exec nginx
        - name: side
          env:
            - name: NOTE
              value: >
                folded
                text
`;

describe('parseManifests values', () => {
  it('reads a block-style Deployment on the fast path with the values yaml gives', () => {
    const r = parse(DEPLOYMENT);
    expect(r.stats).toEqual({ fastDocuments: 1, strictDocuments: 0 });
    const o = r.objects[0]!;
    expect([o.apiVersion, o.kind, o.name, o.namespace]).toEqual(['apps/v1', 'Deployment', 'web', undefined]);
    const c = (path: PathSegment[]) => getPath(o.body, ['spec', 'template', 'spec', 'containers', ...path]);
    expect(c([0])).toEqual({
      name: 'web', image: 'nginx:1.25', args: ['--port', '8080'], securityContext: { privileged: true },
      command: ['sh', '-c', 'echo start\nexec nginx\n'],
    });
    expect(c([1, 'env', 0, 'value'])).toBe('folded text\n');
    expect(o.body['metadata']).toEqual({ name: 'web', labels: { app: 'web', tier: 'front' } });
  });

  it('resolves anchors, aliases and merge keys like Kubernetes does (strict path)', () => {
    const r = parse(`apiVersion: v1
kind: ConfigMap
metadata: {name: m}
x-base: &base {a: 1, b: 2}
data:
  <<: *base
  b: 3
  c: *base
`);
    expect(r.error).toBeUndefined();
    expect(r.stats).toEqual({ fastDocuments: 0, strictDocuments: 1 });
    expect(r.objects[0]!.body['data']).toEqual({ a: 1, b: 3, c: { a: 1, b: 2 } });
  });

  it('ignores documents that are not Kubernetes objects and expands kind: List', () => {
    const r = parse(`just a string
---
- a
- list
---
kind: Thing
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: one}
  - not an object
  - apiVersion: v1
    kind: Secret
    metadata:
      name: two
      namespace: ns
`);
    expect(r.error).toBeUndefined();
    expect(r.objects.map((o) => `${o.kind}/${o.name}/${o.namespace}`)).toEqual(['ConfigMap/one/undefined', 'Secret/two/ns']);
    expect(r.objects.map((o) => o.source?.documentIndex)).toEqual([0, 1]);
  });

  it('reads JSON manifests', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'x' }] } }, null, 2);
    const r = parse(json, 'pod.json');
    expect(r.error).toBeUndefined();
    expect(r.objects[0]!.body).toEqual(JSON.parse(json));
    expect(r.stats).toEqual({ fastDocuments: 1, strictDocuments: 0 });
    const loc = r.objects[0]!.locate(['spec', 'containers', 0, 'image'])!;
    const line = json.split('\n').findIndex((l) => l.includes('"image"'));
    expect(loc).toEqual({ startLine: line + 1, startColumn: 9, endLine: line + 1, endColumn: 21 });
    expect(parse('{"apiVersion": "v1", "kind": "Pod", "kind": "Pod"}').error).toMatch(/unique/);
  });

  it('keeps YAML 1.2 core scalars (yes/on stay strings, 0o17 is octal)', () => {
    const r = parse('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: yes\n  b: on\n  c: 0o17\n  d: ~\n  e: 1e3\n  f: "1"\n');
    expect(r.objects[0]!.body['data']).toEqual({ a: 'yes', b: 'on', c: 15, d: null, e: 1000, f: '1' });
  });
});

describe('parseManifests ranges', () => {
  it('gives a scalar value from the key start to the value end (end column exclusive)', () => {
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([14, 13, 14, 29]);
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual([11, 11, 11, 30]);
  });

  it('gives only the key token for a key whose value is a block collection', () => {
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'securityContext'])).toEqual([13, 11, 13, 26]);
    expect(at(DEPLOYMENT, ['spec'])).toEqual([6, 1, 6, 5]);
  });

  it('points a sequence item that is a map at its first key line', () => {
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 1])).toEqual([21, 11, 21, 21]);
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'command', 1])).toEqual([17, 13, 17, 15]);
  });

  it('points inside one-line flow collections', () => {
    expect(at(DEPLOYMENT, ['metadata', 'labels', 'tier'])).toEqual([5, 22, 5, 37]);
    expect(at(DEPLOYMENT, ['metadata', 'labels'])).toEqual([5, 3, 5, 38]);
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'args', 1])).toEqual([12, 26, 12, 32]);
  });

  it('starts block scalars (| and >) on their key line', () => {
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'command', 2])).toEqual([18, 13, 20, 23]);
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 1, 'env', 0, 'value'])).toEqual([24, 15, 26, 21]);
  });

  it('includes the quotes of quoted keys', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  "my key": x\n  \'other\': y\n';
    expect(at(text, ['data', 'my key'])).toEqual([4, 3, 4, 14]);
    expect(at(text, ['data', 'other'])).toEqual([5, 3, 5, 13]);
  });

  it('reports a missing key at its nearest existing parent key, and a missing top-level key at kind', () => {
    const path = ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'runAsNonRoot'];
    expect(at(DEPLOYMENT, path)).toEqual([21, 11, 21, 21]);
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'hostNetwork'])).toEqual([8, 5, 8, 9]);
    expect(at(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 7])).toEqual([9, 7, 9, 17]);
    expect(at(DEPLOYMENT, ['automount'])).toEqual([2, 1, 2, 17]);
  });

  it('keeps line numbers exact across documents, --- # comments, ... and a trailing --- without newline', () => {
    const text = '--- # first\napiVersion: v1\nkind: A\n...\n# between\n---\n\napiVersion: v1\nkind: B\nspec:\n  x: 1\n---';
    const r = parse(text);
    expect(r.objects.map((o) => o.kind)).toEqual(['A', 'B']);
    const loc = r.objects[1]!.locate(['spec', 'x'])!;
    expect([loc.startLine, loc.startColumn, loc.endColumn]).toEqual([11, 3, 7]);
    expect(r.objects.map((o) => o.source?.documentLines)).toEqual([{ start: 1, end: 4 }, { start: 6, end: 11 }]);
    expect(r.comments.map((c) => [c.line, c.column, c.text])).toEqual([[1, 5, ' first'], [5, 1, ' between']]);
  });

  it('gives the same lines and columns for CRLF files', () => {
    const lf = parse(DEPLOYMENT).objects[0]!;
    const crlf = parse(DEPLOYMENT.replace(/\n/g, '\r\n')).objects[0]!;
    const path = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'];
    expect(crlf.locate(path)).toEqual(lf.locate(path));
    expect(crlf.body).toEqual(lf.body);
  });

  it('locates List items relative to the item', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Pod\n  spec:\n    hostPID: true\n';
    expect(at(text, ['spec', 'hostPID'], 1)).toEqual([10, 5, 10, 18]);
    expect(at(text, ['spec'], 0)).toEqual([5, 3, 5, 12]);
  });

  it('gives the same ranges on the strict path (anchors send the document there)', () => {
    const strict = DEPLOYMENT.replace('name: web\n  labels', 'name: &n web\n  labels');
    const r = parse(strict);
    expect(r.stats?.strictDocuments).toBe(1);
    const path = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'];
    expect(r.objects[0]!.locate(path)).toEqual(parse(DEPLOYMENT).objects[0]!.locate(path));
  });
});

describe('parseManifests comments and Helm', () => {
  it('maps each object to its # Source: template and lists every comment with its position', () => {
    const text = `---
# Source: app/templates/sa.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: app # bulwark:ignore BW-K8S-001 reason until=2027-01-01
---
# Source: app/templates/deploy.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  annotations:
    script: |
      # not a comment
spec: {} # trivy:ignore:KSV-0017
`;
    const r = parse(text);
    expect(r.objects.map((o) => o.source?.template)).toEqual(['app/templates/sa.yaml', 'app/templates/deploy.yaml']);
    expect(r.comments.map((c) => [c.line, c.column, c.text])).toEqual([
      [2, 1, ' Source: app/templates/sa.yaml'],
      [6, 13, ' bulwark:ignore BW-K8S-001 reason until=2027-01-01'],
      [8, 1, ' Source: app/templates/deploy.yaml'],
      [16, 10, ' trivy:ignore:KSV-0017'],
    ]);
    expect(r.documents).toEqual([{ startLine: 1, endLine: 6 }, { startLine: 7, endLine: 16 }]);
  });
});
