import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PRIVILEGED_DEPLOYMENT, openTestStorage, testPrincipal } from '../tasks/testing/open-test-storage.js';
import { createTaskUseCases } from '../tasks/create-task-use-cases.js';
import { createIacUnitExecutor } from '../tasks/iac-unit-executor.js';

const script = fileURLToPath(new URL('./testing/worker-process.ts', import.meta.url));
const children: ChildProcess[] = [];

function startWorker(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, BULWARK_DATA_DIR: dataDir, UNIT_DELAY_MS: '120', WORKER_CONCURRENCY: '2' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('started')) resolve(child);
    });
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('worker crash', () => {
  it('a SIGKILLed worker loses no unit and duplicates no finding', async () => {
    const { storage, dataDir, dispose } = await openTestStorage();
    try {
      const uc = createTaskUseCases({ storage, liveWorkerWindowMs: 1_500 });
      const scope = { principal: testPrincipal(), epParam: '0', now: Date.now() };
      const files = Array.from({ length: 16 }, (_, i) => ({ name: `app-${i}.yaml`, content: new TextEncoder().encode(PRIVILEGED_DEPLOYMENT.replace('name: web\n  namespace', `name: web-${i}\n  namespace`)) }));
      const up = await uc.uploadFiles(scope, 'k8s_yaml', files);
      const fileIds = up.succeeded.map((f) => f.fileId);
      const { taskId } = await uc.createTask(scope, { taskType: 'iac_scan', iac: { fileType: 'k8s_yaml', fileIds } });
      const expectedPerFile = (await createIacUnitExecutor().execute(
        { kind: 'iac', unit: { id: 'x', taskId, taskType: 'iac_scan', fileId: fileIds[0], clusterId: undefined, scanType: undefined, attempts: 1, leaseExpiresAt: 0 }, file: (await storage.files.getFileContent(fileIds[0]!))!.file, content: files[0]!.content },
        { now: Date.now(), signal: new AbortController().signal },
      )).findings!.length;
      expect(expectedPerFile).toBeGreaterThan(0);
      const scope2 = { projectId: 'p1', eps: '*' as const };

      const first = await startWorker(dataDir);
      await waitFor('some progress', async () => {
        const t = await storage.tasks.getTask(scope2, taskId);
        return t !== undefined && t.iac!.counters.success >= 3 ? t : undefined;
      });
      first.kill('SIGKILL');
      await exitOf(first);
      const mid = await storage.tasks.getTask(scope2, taskId);
      expect(mid?.status).toBe('running');
      expect(mid!.iac!.counters.success).toBeLessThan(16);

      // Two replacement processes claim concurrently from the same SQLite file.
      const [b, c] = await Promise.all([startWorker(dataDir), startWorker(dataDir)]);
      const done = await waitFor('the task to finish', async () => {
        const t = await storage.tasks.getTask(scope2, taskId);
        return t?.status === 'finished' ? t : undefined;
      });
      expect(done.iac?.counters).toEqual({ scanning: 0, success: 16, failed: 0 });
      expect(done.remainingUnits).toBe(0);
      const resources = await storage.tasks.listIacResources(taskId, {}, { offset: 0, limit: 100 });
      expect(resources.items.every((r) => r.status === 'success')).toBe(true);
      for (const fileId of fileIds) {
        const risks = await storage.files.listRisks(fileId, {}, { offset: 0, limit: 200 });
        const total = risks.items.reduce((n, r) => n + r.occurrences, 0);
        expect(total).toBe(expectedPerFile);
      }
      b.kill('SIGTERM');
      c.kill('SIGTERM');
      expect(await exitOf(b)).toBe(0);
      expect(await exitOf(c)).toBe(0);
      // Graceful stops removed their presence; only the killed process's stale row (concurrency 2) remains,
      // and it drops out of the live count once it is older than the window.
      expect((await storage.queue.estimateInputs(Date.now(), 60_000)).liveConcurrency).toBe(2);
      expect((await storage.queue.estimateInputs(Date.now() + 60_000, 1_000)).liveConcurrency).toBe(0);
    } finally {
      await dispose();
    }
  });
});
