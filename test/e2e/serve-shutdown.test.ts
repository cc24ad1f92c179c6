import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapEnv, newBootstrapIdentity } from './support/bootstrap-env.js';
import { buildOnce, startBulwark } from './support/bulwark-process.js';
import { TokenClient } from './support/token-client.js';

let dir: string;

beforeAll(async () => {
  buildOnce();
  dir = await mkdtemp(join(tmpdir(), 'bulwark-e2e-shutdown-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('graceful shutdown of the real processes', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('bulwark serve exits 0 on %s after answering /readyz', async (signal) => {
    const data = join(dir, `serve-${signal}`);
    const server = await startBulwark('serve', ['--port', '0', '--workers', '1'], bootstrapEnv(newBootstrapIdentity(), data));
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect(await server.stop(signal)).toBe(0);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await server.stop('SIGKILL');
    }
  });

  it('finishes a request that is in flight when SIGTERM arrives, then exits 0', async () => {
    const id = newBootstrapIdentity();
    const server = await startBulwark('serve', ['--port', '0'], bootstrapEnv(id, join(dir, 'inflight')));
    try {
      const client = await TokenClient.login(server.url, id);
      const token = client.authToken;
      const { hostname, port } = new URL(server.url);
      const body = JSON.stringify({ task_type: 'iac_scan', task_name: 'in-flight' });
      const socket = connect(Number(port), hostname);
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      let response = '';
      socket.on('data', (chunk: Buffer) => { response += chunk.toString('utf8'); });
      const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.write(`POST /v5/${id.projectId}/common/tasks/batch-query?limit=10 HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
        `X-Auth-Token: ${token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
      await new Promise((r) => setTimeout(r, 300));
      const exit = server.stop('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      socket.write(body.slice(10));
      await ended;
      expect(response).toMatch(/^HTTP\/1\.1 200 /);
      expect(response).toContain('"total_num":0');
      expect(await exit).toBe(0);
    } finally {
      await server.stop('SIGKILL');
    }
  });

  it('restarts on the same data directory without bootstrapping again', async () => {
    const data = join(dir, 'restart');
    const id = newBootstrapIdentity();
    const first = await startBulwark('serve', ['--port', '0'], bootstrapEnv(id, data));
    expect(first.stderr()).toContain(`Bootstrapped project ${id.projectId}`);
    expect(await first.stop()).toBe(0);
    const second = await startBulwark('serve', ['--port', '0'], bootstrapEnv(id, data));
    try {
      expect(second.stderr()).not.toContain('Bootstrapped project');
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('bulwark worker runs without an HTTP server and exits 0 on SIGTERM', async () => {
    const worker = await startBulwark('worker', ['--workers', '1'], bootstrapEnv(newBootstrapIdentity(), join(dir, 'worker')));
    expect(await worker.stop('SIGTERM')).toBe(0);
  });

  it('fails fast with exit code 1 on bad configuration', async () => {
    await expect(startBulwark('serve', ['--port', 'eighty'], bootstrapEnv(newBootstrapIdentity(), join(dir, 'bad')))).rejects.toThrow(/exited with 1[\s\S]*--port/);
  });
});
