import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32): the same seed writes the same corpus on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedCorpus {
  readonly manifests: string[];
  readonly bigFile: string;
  readonly dockerfiles: string[];
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function container(r: Rand, i: number, indent: string): string {
  const name = pick(r, ['web', 'api', 'worker', 'sidecar', 'proxy']);
  const lines = [
    `- name: ${name}-${i}`,
    `  image: ${pick(r, ['nginx:1.25', '"registry.example.com/app:' + i + '"', 'busybox', 'redis@sha256:' + 'ab'.repeat(32)])}`,
  ];
  if (r() < 0.6) lines.push('  ports:', `    - containerPort: ${8000 + (i % 100)}`, '      protocol: TCP');
  if (r() < 0.5) lines.push('  env:', '    - name: MODE', `      value: ${pick(r, ['production', '"1"', "'quoted'"])}`, '    - name: SECRET', '      valueFrom: {secretKeyRef: {name: creds, key: token}}');
  if (r() < 0.7) {
    lines.push('  securityContext:');
    if (r() < 0.3) lines.push('    privileged: true # needed for the demo');
    lines.push(`    runAsNonRoot: ${r() < 0.7}`, `    allowPrivilegeEscalation: ${r() < 0.3}`);
    if (r() < 0.5) lines.push('    capabilities:', '      drop: ["ALL"]');
  }
  if (r() < 0.6) lines.push('  resources:', '    limits: {cpu: 500m, memory: 256Mi}', '    requests:', '      cpu: 100m', '      memory: 128Mi');
  if (r() < 0.4) lines.push('  livenessProbe:', '    httpGet: {path: /healthz, port: 8080}', '    periodSeconds: 10');
  if (r() < 0.2) lines.push('  command:', '    - sh', '    - -c', '    - |', '      echo starting', '      exec /app --port=8080');
  return lines.map((l) => indent + l).join('\n');
}

function podSpec(r: Rand, i: number, indent: string): string {
  const lines = [`${indent}containers:`, container(r, i, indent)];
  if (r() < 0.2) lines.push(`${indent}hostNetwork: true`);
  if (r() < 0.3) lines.push(`${indent}serviceAccountName: sa-${i % 50}`);
  if (r() < 0.3) lines.push(`${indent}volumes:`, `${indent}- name: data`, `${indent}  hostPath: {path: /var/lib/data}`);
  return lines.join('\n');
}

function workload(r: Rand, i: number, kind: string): string {
  const head = `apiVersion: ${kind === 'CronJob' || kind === 'Job' ? 'batch/v1' : 'apps/v1'}\nkind: ${kind}\nmetadata:\n  name: ${kind.toLowerCase()}-${i}\n  namespace: team-${i % 13}\n  labels:\n    app: app-${i}\n    tier: "${pick(r, ['web', 'data'])}"\n`;
  if (kind === 'CronJob') {
    return `${head}spec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n${podSpec(r, i, '          ')}\n`;
  }
  return `${head}spec:\n  replicas: ${1 + (i % 4)}\n  selector:\n    matchLabels: {app: app-${i}}\n  template:\n    metadata:\n      labels: {app: app-${i}}\n    spec:\n${podSpec(r, i, '      ')}\n`;
}

function simple(r: Rand, i: number, kind: string): string {
  switch (kind) {
    case 'Service':
      return `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  type: ${pick(r, ['ClusterIP', 'NodePort', 'LoadBalancer'])}\n  selector: {app: app-${i}}\n  ports:\n  - port: 80\n    targetPort: 8080\n`;
    case 'ConfigMap':
      return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${i}\ndata:\n  LOG_LEVEL: info\n  config.yaml: |\n    server:\n      port: 8080\n    # a comment inside the block scalar\n  motd: >-\n    folded line one\n    folded line two\n`;
    case 'Role':
      return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${pick(r, ['Role', 'ClusterRole'])}\nmetadata:\n  name: role-${i}\nrules:\n- apiGroups: [""]\n  resources: ["pods", "secrets"]\n  verbs: ["get", "list", "watch"]\n- apiGroups: ["*"]\n  resources: ["*"]\n  verbs: ["*"]\n`;
    case 'RoleBinding':
      return `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb-${i}\n  namespace: team-${i % 13}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: ServiceAccount\n  name: sa-${i % 50}\n  namespace: team-${i % 13}\n`;
    case 'NetworkPolicy':
      return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np-${i}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n`;
    case 'Anchored':
      // Anchors and merge keys send the document to the strict path: kept rare, as in real repositories.
      return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: anchored-${i}\n  labels: &labels {app: a${i}}\ndata:\n  <<: {shared: "yes"}\n  copy: "x"\n`;
    default:
      return JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `secret-${i}` }, type: 'Opaque', data: { token: 'c2VjcmV0' } }, null, 2) + '\n';
  }
}

const KINDS = ['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Service', 'Service', 'ConfigMap', 'Role', 'RoleBinding', 'NetworkPolicy'];

/** One manifest file: usually one document, sometimes a Helm-rendered multi-document bundle. */
function manifest(r: Rand, i: number): string {
  const roll = r();
  if (roll < 0.01) return simple(r, i, 'Anchored');
  if (roll < 0.02) return simple(r, i, 'Json');
  const docs = r() < 0.15 ? 2 + Math.floor(r() * 3) : 1;
  const out: string[] = [];
  for (let d = 0; d < docs; d++) {
    const kind = pick(r, KINDS);
    const body = ['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob'].includes(kind) ? workload(r, i * 10 + d, kind) : simple(r, i * 10 + d, kind);
    out.push(docs > 1 ? `# Source: chart/templates/${kind.toLowerCase()}.yaml\n${body}` : body);
  }
  return (docs > 1 ? '---\n' : '') + out.join('---\n');
}

function dockerfile(r: Rand, i: number): string {
  const lines = [`# syntax=docker/dockerfile:1`, `FROM ${pick(r, ['node:20-alpine', 'ubuntu:22.04', 'python:3.12-slim', 'golang:1.22 AS build'])}`];
  if (r() < 0.5) lines.push('ARG VERSION=1.0', 'ENV APP_HOME=/app');
  lines.push('WORKDIR /app', 'COPY package*.json ./');
  lines.push(`RUN apt-get update && \\\n    apt-get install -y curl ca-certificates && \\\n    rm -rf /var/lib/apt/lists/*`);
  if (r() < 0.3) lines.push('RUN curl -sSL https://example.com/install.sh | sh');
  if (r() < 0.3) lines.push(`RUN <<EOF\nset -e\necho building ${i}\nEOF`);
  lines.push('COPY . .', `EXPOSE ${3000 + (i % 100)}`);
  if (r() < 0.6) lines.push('USER 10001');
  if (r() < 0.4) lines.push('HEALTHCHECK CMD curl -f http://localhost/ || exit 1');
  lines.push('CMD ["node", "server.js"]');
  return lines.join('\n') + '\n';
}

/** Writes the corpus under `dir` and returns the file paths. */
export function generateIacCorpus(dir: string, seed = 20261204): GeneratedCorpus {
  const r = prng(seed);
  mkdirSync(join(dir, 'manifests'), { recursive: true });
  mkdirSync(join(dir, 'docker'), { recursive: true });
  const manifests: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const text = manifest(r, i);
    const path = join(dir, 'manifests', `m${i}.${text.startsWith('{') ? 'json' : 'yaml'}`);
    writeFileSync(path, text);
    manifests.push(path);
  }
  const big: string[] = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const doc = `# Source: big/templates/deployment-${i}.yaml\n${workload(r, i, 'Deployment')}`;
    big.push(doc);
    size += doc.length + 4;
  }
  const bigFile = join(dir, 'big-bundle.yaml');
  writeFileSync(bigFile, big.join('---\n'));
  const dockerfiles: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const path = join(dir, 'docker', `d${i}`, 'Dockerfile');
    mkdirSync(join(dir, 'docker', `d${i}`), { recursive: true });
    writeFileSync(path, dockerfile(r, i));
    dockerfiles.push(path);
  }
  return { manifests, bigFile, dockerfiles };
}
