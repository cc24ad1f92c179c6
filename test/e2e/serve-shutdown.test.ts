import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapEnv, newBootstrapIdentity } from './support/bootstrap-env.js';
import { buildOnce, startBulwark } from './support/bulwark-process.js';

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
