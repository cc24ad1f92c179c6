import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewTask, NewUploadedFile, Storage, StoredFinding, UnitOutcome } from './ports.js';

/** What a storage implementation under test provides to the contract suite. */
export interface StorageHarness {
  readonly storage: Storage;
  /**
   * A second handle on the same database. PostgreSQL: an independent pool (real
   * concurrency). SQLite: the same connection, because better-sqlite3 is synchronous and
   * a second in-process connection would block the thread while waiting for the lock;
   * cross-process claiming on SQLite is exercised by the scheduler's crash test.
   */
  openPeer(): Promise<Storage>;
  cleanup(): Promise<void>;
}

const P = 'proj-a';
const OTHER = 'proj-b';
const T0 = 1_700_000_000_000;

export function iacTask(over: Partial<NewTask> & { id?: string } = {}): NewTask {
  return {
    id: over.id ?? randomUUID(), projectId: P, enterpriseProjectId: '0', type: 'iac_scan', name: 'iac task',
    triggerType: 'manual', createdAt: T0, iac: { fileType: 'k8s_yaml' },
    resources: [{ resourceId: randomUUID(), name: 'a.yaml', fileType: 'k8s_yaml', size: 10 }],
    ...over,
  };
}

export function finding(ruleId: string, over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    ruleId, title: `Title of ${ruleId}`, severity: 'high', category: 'workload', description: 'd', remediation: 'r',
    buildInstruction: '', message: 'm', resourceKind: 'Deployment', resourceName: 'web', namespace: 'default',
    path: 'spec.x', startLine: 1, startColumn: 1, endLine: 1, endColumn: 5, ...over,
  };
}

function file(over: Partial<NewUploadedFile> = {}): NewUploadedFile {
  const content = over.content ?? new Uint8Array([0x61, 0x00, 0xff, 0x0d, 0x0a]);
  return {
    id: randomUUID(), projectId: P, enterpriseProjectId: '0', name: 'deploy.yaml', fileType: 'k8s_yaml', size: content.length,
    uploadedAt: T0, scanType: 'manual_scan', cicdId: undefined, cicdName: undefined, ...over, content,
  };
}

/**
 * The one contract every Storage implementation passes (run on SQLite and PostgreSQL).
 * `makeHarness` returns a fresh, empty, migrated database per call.
 */
export function registerStorageContract(label: string, makeHarness: () => Promise<StorageHarness | undefined>): void {
  describe(`storage contract: ${label}`, () => {
    let h: StorageHarness | undefined;
    let s: Storage;
    beforeAll(async () => {
      h = await makeHarness();
      if (h !== undefined) s = h.storage;
    });
    afterAll(async () => {
      await h?.cleanup();
    });
    const test = (name: string, fn: () => Promise<void>) => it(name, async (ctx) => {
      if (h === undefined) ctx.skip();
      await fn();
    });

    test('stores a task and hides it outside its project or EP', async () => {
      const t = iacTask({ enterpriseProjectId: 'ep-1', name: 'Scoped' });
      await s.tasks.createTasks([t]);
      expect((await s.tasks.getTask({ projectId: P, eps: '*' }, t.id))?.name).toBe('Scoped');
      expect(await s.tasks.getTask({ projectId: P, eps: ['ep-1'] }, t.id)).toMatchObject({ status: 'ready', remainingUnits: 1 });
      expect(await s.tasks.getTask({ projectId: P, eps: ['0'] }, t.id)).toBeUndefined();
      expect(await s.tasks.getTask({ projectId: P, eps: [] }, t.id)).toBeUndefined();
      expect(await s.tasks.getTask({ projectId: OTHER, eps: '*' }, t.id)).toBeUndefined();
    });

    test('lists tasks with every filter, both sort directions and stable pages', async () => {
      const proj = `list-${randomUUID()}`;
      const mk = (i: number, over: Partial<NewTask>) => iacTask({ projectId: proj, name: `job ${i}`, createdAt: T0 + Math.floor(i / 2) * 1000, ...over });
      const tasks: NewTask[] = [];
      for (let i = 0; i < 30; i++) {
        tasks.push(mk(i, {
          triggerType: i % 3 === 0 ? 'schedule' : 'manual',
          iac: { fileType: i % 2 === 0 ? 'dockerfile' : 'k8s_yaml' },
          enterpriseProjectId: i < 25 ? '0' : 'ep-x',
          ...(i % 5 === 0 ? { preset: { status: 'finished', success: 1, failed: 0 } } : {}),
        }));
      }
      tasks.push(mk(100, { name: 'Nightly 50%_off\\x "Ünïcode"', createdAt: T0 + 500_000 }));
      tasks.push(mk(101, { name: 'nightly 50xoff', createdAt: T0 + 500_001 }));
      tasks.push({ ...mk(102, {}), type: 'cluster_scan', iac: undefined, cluster: { scanTypes: ['cluster_vul', 'benchmark'], rangeType: 'all_cluster' }, resources: [] });
      tasks.push({ ...mk(103, {}), type: 'cluster_scan', iac: undefined, cluster: { scanTypes: ['benchmark'], rangeType: 'all_cluster' }, resources: [] });
      await s.tasks.createTasks(tasks);
      const all = { projectId: proj, eps: '*' as const };
      const page = { offset: 0, limit: 200 };
      const base = { type: 'iac_scan' as const, sortDir: 'asc' as const };

      const everything = await s.tasks.listTasks(all, base, page);
      expect(everything.total).toBe(32);
      const order = everything.items.map((t) => [t.createdAt, t.id] as const);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
      expect(order).toEqual(sorted);
      const desc = await s.tasks.listTasks(all, { ...base, sortDir: 'desc' }, page);
      expect(desc.items.map((t) => t.id)).toEqual([...everything.items].reverse().map((t) => t.id));

      const pages: string[] = [];
      for (let offset = 0; offset < 40; offset += 10) {
        const p = await s.tasks.listTasks(all, base, { offset, limit: 10 });
        expect(p.total).toBe(32);
        pages.push(...p.items.map((t) => t.id));
      }
      expect(pages).toEqual(everything.items.map((t) => t.id));
      expect(await s.tasks.listTasks(all, base, { offset: 1000, limit: 10 })).toEqual({ total: 32, items: [] });

      const count = async (f: object, scope: typeof all | { projectId: string; eps: string[] } = all) => (await s.tasks.listTasks(scope, { ...base, ...f }, { offset: 0, limit: 10 })).total;
      expect(await count({ taskId: tasks[3]!.id })).toBe(1);
      expect(await count({ taskId: 'nope' })).toBe(0);
      expect(await count({ triggerType: 'schedule' })).toBe(10);
      expect(await count({ status: 'finished' })).toBe(6);
      expect(await count({ status: 'ready' })).toBe(26);
      expect(await count({ fileType: 'dockerfile' })).toBe(15);
      expect(await count({ createdFrom: T0 + 1000, createdTo: T0 + 2000 })).toBe(4);
      expect(await count({ createdFrom: T0 + 500_001 })).toBe(1);
      expect(await count({}, { projectId: proj, eps: ['ep-x'] })).toBe(5);
      expect(await count({}, { projectId: proj, eps: ['0', 'ep-x'] })).toBe(32);
      expect(await count({}, { projectId: proj, eps: [] })).toBe(0);
      expect(await count({ triggerType: 'schedule', fileType: 'dockerfile', status: 'finished' })).toBe(1);
      expect(await count({ triggerType: 'schedule', fileType: 'dockerfile' })).toBe(5);

      expect(await count({ taskName: 'NIGHTLY' })).toBe(2);
      expect(await count({ taskName: '50%_' })).toBe(1);
      expect(await count({ taskName: '%' })).toBe(1);
      expect(await count({ taskName: '_' })).toBe(1);
      expect(await count({ taskName: '\\x' })).toBe(1);
      expect(await count({ taskName: '"ünïcode"' })).toBe(1);
      expect(await count({ taskName: 'ÜNÏ' })).toBe(1);
      expect(await count({ taskName: 'job 1' })).toBe(11);
      expect(await count({ taskName: 'b 2' })).toBe(11);
      expect(await count({ taskName: 'b 29' })).toBe(1);
      expect(await count({ taskName: 'zzz' })).toBe(0);
      expect(await count({ taskName: 'job 1', triggerType: 'schedule' })).toBe(3);

      const cluster = { type: 'cluster_scan' as const, sortDir: 'asc' as const };
      expect((await s.tasks.listTasks(all, { ...cluster, scanTypes: ['benchmark'] }, page)).total).toBe(2);
      expect((await s.tasks.listTasks(all, { ...cluster, scanTypes: ['benchmark', 'cluster_vul'] }, page)).total).toBe(1);
      expect((await s.tasks.listTasks(all, { ...cluster, scanTypes: ['risk_assessment'] }, page)).total).toBe(0);
      const ct = (await s.tasks.listTasks(all, { ...cluster, scanTypes: ['cluster_vul'] }, page)).items[0];
      expect(ct?.cluster?.scanTypes).toEqual(['cluster_vul', 'benchmark']);

      const stats = await s.tasks.countTasks(all, 'iac_scan');
      expect(stats).toEqual({ total: 32, running: 0, lastCreatedAt: T0 + 500_001 });
      expect(await s.tasks.countTasks({ projectId: proj, eps: ['nope'] }, 'iac_scan')).toEqual({ total: 0, running: 0, lastCreatedAt: undefined });
    });

    test('deep offsets (day totals) return exactly the rows a plain scan would', async () => {
      const proj = `deep-${randomUUID()}`;
      const day = 86_400_000;
      const tasks: NewTask[] = [];
      for (let i = 0; i < 6_200; i++) {
        // Uneven days, equal timestamps inside a day, so ties are broken by id.
        const createdAt = T0 + Math.floor(Math.sqrt(i) / 8) * day + (i % 7) * 1000;
        tasks.push(iacTask({
          projectId: proj, name: `deep ${i}`, createdAt, enterpriseProjectId: i % 10 === 0 ? 'ep-z' : '0',
          triggerType: i % 4 === 0 ? 'schedule' : 'manual',
          resources: [], preset: { status: i % 3 === 0 ? 'running' : 'finished', success: 0, failed: 0, resourceTotal: 1 },
        }));
      }
      await s.tasks.createTasks(tasks);
      const cmp = (a: NewTask, b: NewTask) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const check = async (eps: '*' | string[], f: { status?: 'running' | 'finished'; triggerType?: 'schedule' | 'manual' }, dir: 'asc' | 'desc', offset: number) => {
        let expected = tasks.filter((t) => (eps === '*' || eps.includes(t.enterpriseProjectId))
          && (f.status === undefined || t.preset?.status === f.status) && (f.triggerType === undefined || t.triggerType === f.triggerType)).sort(cmp);
        if (dir === 'desc') expected = expected.reverse();
        const got = await s.tasks.listTasks({ projectId: proj, eps }, { type: 'iac_scan', sortDir: dir, ...f }, { offset, limit: 10 });
        expect(got.total).toBe(expected.length);
        expect(got.items.map((t) => t.id)).toEqual(expected.slice(offset, offset + 10).map((t) => t.id));
      };
      for (const dir of ['asc', 'desc'] as const) {
        await check('*', {}, dir, 5_000);
        await check('*', {}, dir, 6_195);
        await check('*', {}, dir, 6_200);
        await check(['0'], {}, dir, 5_555);
        await check('*', { status: 'finished' }, dir, 4_000);
        await check(['0', 'ep-z'], { triggerType: 'manual', status: 'finished' }, dir, 3_000);
        await check('*', { triggerType: 'schedule' }, dir, 1_000);
      }
      for (const [dir, offset] of [['asc', 0], ['desc', 3_000]] as const) {
        // Thousands of name matches: paged by walking the time index, counted by the trigram index.
        const many = await s.tasks.listTasks({ projectId: proj, eps: ['0'] }, { type: 'iac_scan', sortDir: dir, taskName: 'Deep' }, { offset, limit: 10 });
        let all = tasks.filter((t) => t.enterpriseProjectId === '0').sort(cmp);
        if (dir === 'desc') all = all.reverse();
        expect(many.total).toBe(all.length);
        expect(many.items.map((t) => t.id)).toEqual(all.slice(offset, offset + 10).map((t) => t.id));
      }
      const named = await s.tasks.listTasks({ projectId: proj, eps: '*' }, { type: 'iac_scan', sortDir: 'asc', taskName: 'DEEP 61', createdFrom: T0 + 9 * day }, { offset: 0, limit: 200 });
      const expectNamed = tasks.filter((t) => t.name.includes('deep 61') && t.createdAt >= T0 + 9 * day).sort(cmp);
      expect(named.total).toBe(expectNamed.length);
      expect(named.items.map((t) => t.id)).toEqual(expectNamed.map((t) => t.id));
    });

    test('name, time and combined filters agree with a plain filter over the tasks (totals and pages)', async () => {
      const proj = `model-${randomUUID()}`;
      const day = 86_400_000;
      const start = Math.floor(T0 / day) * day;
      const words = ['Alpha', 'beta', 'ÜBER', 'straße', 'x%y', 'a_b', 'n-1', 'Orion'];
      let seed = 7;
      const rnd = () => {
        seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
        return seed / 2 ** 32;
      };
      const tasks: NewTask[] = [];
      for (let i = 0; i < 2_600; i++) {
        tasks.push(iacTask({
          projectId: proj, name: `task ${words[Math.floor(rnd() * words.length)]!}-${i}`,
          createdAt: start + Math.floor(rnd() * 9 * day), enterpriseProjectId: rnd() < 0.2 ? 'ep-m' : '0',
          triggerType: rnd() < 0.3 ? 'schedule' : 'manual', iac: { fileType: rnd() < 0.5 ? 'dockerfile' : 'k8s_yaml' }, resources: [],
          preset: { status: rnd() < 0.7 ? 'finished' : 'running', success: 0, failed: 0, resourceTotal: 1 },
        }));
      }
      // Several batches: count tables are updated incrementally, not only built once.
      for (let i = 0; i < tasks.length; i += 700) await s.tasks.createTasks(tasks.slice(i, i + 700));
      const cmp = (a: NewTask, b: NewTask) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      interface F { taskName?: string; createdFrom?: number; createdTo?: number; status?: 'finished' | 'running'; triggerType?: 'schedule' | 'manual'; fileType?: 'dockerfile' | 'k8s_yaml' }
      const check = async (eps: '*' | string[], f: F, dir: 'asc' | 'desc', offset: number) => {
        let expected = tasks.filter((t) => (eps === '*' || eps.includes(t.enterpriseProjectId))
          && (f.taskName === undefined || t.name.toLowerCase().includes(f.taskName.toLowerCase()))
          && (f.createdFrom === undefined || t.createdAt >= f.createdFrom) && (f.createdTo === undefined || t.createdAt <= f.createdTo)
          && (f.status === undefined || t.preset?.status === f.status) && (f.triggerType === undefined || t.triggerType === f.triggerType)
          && (f.fileType === undefined || t.iac?.fileType === f.fileType)).sort(cmp);
        if (dir === 'desc') expected = expected.reverse();
        const got = await s.tasks.listTasks({ projectId: proj, eps }, { type: 'iac_scan', sortDir: dir, ...f }, { offset, limit: 10 });
        expect({ f, eps, dir, offset, total: got.total }).toEqual({ f, eps, dir, offset, total: expected.length });
        expect(got.items.map((t) => t.id)).toEqual(expected.slice(offset, offset + 10).map((t) => t.id));
      };
      const names = ['T', '7', 'a', 'Ü', 'ß', 'SS', '%', '_', 'n-', '-1', 'x%', '_b', 'zz', 'task', 'orion', 'ÜBER-1', 'ask '];
      const times: F[] = [
        {}, { createdFrom: start + 2 * day }, { createdTo: start + 5 * day - 1 }, { createdFrom: start + 2 * day, createdTo: start + 4 * day - 1 },
        { createdFrom: start + 2 * day + 3_600_000, createdTo: start + 6 * day + 7_200_000 }, { createdFrom: start + day / 2, createdTo: start + day / 2 + 1_000_000 },
        { createdFrom: start + 3 * day, createdTo: start + 3 * day }, { createdFrom: start + 5 * day, createdTo: start + 2 * day },
        { createdFrom: start - 5 * day, createdTo: start + 20 * day },
      ];
      const others: F[] = [{}, { status: 'running' }, { triggerType: 'schedule', fileType: 'dockerfile' }];
      for (const dir of ['asc', 'desc'] as const) {
        for (const taskName of names) {
          await check('*', { taskName }, dir, 0);
          await check(['0'], { taskName }, dir, 30);
        }
        for (const time of times) {
          for (const other of others) await check(dir === 'asc' ? '*' : ['ep-m'], { ...time, ...other }, dir, 0);
        }
        for (const taskName of ['task', 'a', 'orion', '-1']) {
          await check('*', { taskName, ...times[4]!, ...others[1]! }, dir, 0);
          await check(['0', 'ep-m'], { taskName, ...others[2]! }, dir, 10);
          await check('*', { taskName, ...times[1]! }, dir, 20);
        }
      }
    });

    test('a status change moves a task between name + status filter totals', async () => {
      await drain(s);
      const proj = `moves-${randomUUID()}`;
      const tasks = Array.from({ length: 6 }, (_, i) => iacTask({ projectId: proj, name: `mover ${i}`, createdAt: T0 + i }));
      await s.tasks.createTasks(tasks);
      const scope = { projectId: proj, eps: '*' as const };
      const total = async (f: object) => (await s.tasks.listTasks(scope, { type: 'iac_scan', sortDir: 'desc', taskName: 'mover', ...f }, { offset: 0, limit: 2 })).total;
      expect(await total({ status: 'ready' })).toBe(6);
      for (let i = 0; i < 2; i++) {
        const u = await s.queue.claim('mover', T0 + 10, 60_000);
        await s.queue.complete(u!.id, 'mover', { status: 'success', findings: [] }, T0 + 20);
      }
      expect(await total({ status: 'ready' })).toBe(4);
      expect(await total({ status: 'finished' })).toBe(2);
      expect(await total({ status: 'finished', createdTo: T0 + 1 })).toBe(2);
      expect(await total({ triggerType: 'manual' })).toBe(6);
    });

    test('keeps uploaded bytes exactly and scopes files', async () => {
      const bytes = new Uint8Array(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
      const f1 = file({ content: bytes, name: 'Big.YAML' });
      const f2 = file({ enterpriseProjectId: 'ep-2', fileType: 'dockerfile', name: 'Dockerfile' });
      await s.files.insertFiles([f1, f2]);
      const back = await s.files.getFileContent(f1.id);
      expect(back?.content).toEqual(bytes);
      expect(back?.file).toMatchObject({ name: 'Big.YAML', size: 4096, fileType: 'k8s_yaml', uploadedAt: T0, scanType: 'manual_scan' });
      expect((await s.files.getFiles({ projectId: P, eps: ['0'] }, [f1.id, f2.id])).map((f) => f.id)).toEqual([f1.id]);
      expect(await s.files.getFiles({ projectId: OTHER, eps: '*' }, [f1.id])).toEqual([]);
      const listed = await s.files.listFiles({ projectId: P, eps: '*' }, { scanType: 'manual_scan', fileName: 'big' }, { offset: 0, limit: 10 });
      expect(listed.total).toBe(1);
      expect(listed.items[0]).toMatchObject({ riskCount: 0, firstScanAt: undefined, lastScanAt: undefined });
      expect((await s.files.listFiles({ projectId: P, eps: '*' }, { scanType: 'manual_scan', fileType: 'dockerfile', fileId: f2.id }, { offset: 0, limit: 10 })).total).toBe(1);
      expect((await s.files.listFiles({ projectId: P, eps: '*' }, { scanType: 'cicd_scan', fileId: f2.id }, { offset: 0, limit: 10 })).total).toBe(0);
    });

    test('an upload batch is all or nothing', async () => {
      const a = file();
      const dup = file({ id: a.id });
      await expect(s.files.insertFiles([a, dup])).rejects.toThrow();
      expect(await s.files.getFileContent(a.id)).toBeUndefined();
    });

    test('runs units to completion with live counters, findings and idempotent completion', async () => {
      await drain(s);
      const f = file();
      await s.files.insertFiles([f]);
      const g = file({ name: 'bad.yaml' });
      await s.files.insertFiles([g]);
      const t = iacTask({ resources: [{ resourceId: f.id, name: f.name, fileType: 'k8s_yaml', size: f.size }, { resourceId: g.id, name: g.name, fileType: 'k8s_yaml', size: g.size }] });
      await s.tasks.createTasks([t]);
      const scope = { projectId: P, eps: '*' as const };
      const u1 = await s.queue.claim('w1', T0 + 10, 5_000);
      expect(u1).toMatchObject({ taskId: t.id, taskType: 'iac_scan', fileId: f.id, attempts: 1 });
      expect((await s.tasks.getTask(scope, t.id))?.status).toBe('running');
      expect((await s.tasks.countTasks({ projectId: P, eps: '*' }, 'iac_scan')).running).toBe(1);
      const outcome: UnitOutcome = { status: 'success', findings: [finding('R1'), finding('R1', { resourceName: 'db' }), finding('R2', { severity: 'info', title: 'Other' })] };
      expect(await s.queue.complete(u1!.id, 'w2', outcome, T0 + 20)).toBe(false);
      expect(await s.queue.complete(u1!.id, 'w1', outcome, T0 + 20)).toBe(true);
      expect(await s.queue.complete(u1!.id, 'w1', outcome, T0 + 21)).toBe(false);
      const mid = await s.tasks.getTask(scope, t.id);
      expect(mid).toMatchObject({ status: 'running', remainingUnits: 1, iac: { counters: { scanning: 1, success: 1, failed: 0 }, fileCount: 2 } });
      const u2 = await s.queue.claim('w1', T0 + 30, 5_000);
      expect(u2?.fileId).toBe(g.id);
      expect(await s.queue.complete(u2!.id, 'w1', { status: 'failed', failedReason: 'line 3: bad indentation' }, T0 + 40)).toBe(true);
      const done = await s.tasks.getTask(scope, t.id);
      expect(done).toMatchObject({ status: 'finished', finishedAt: T0 + 40, remainingUnits: 0, iac: { counters: { scanning: 0, success: 1, failed: 1 } } });
      const res = await s.tasks.listIacResources(t.id, {}, { offset: 0, limit: 10 });
      expect(res.total).toBe(2);
      expect(res.items[1]).toMatchObject({ fileId: g.id, status: 'failed', failedReason: 'line 3: bad indentation', startedAt: T0 + 30, finishedAt: T0 + 40 });
      expect((await s.tasks.listIacResources(t.id, { status: 'success' }, { offset: 0, limit: 10 })).items.map((r) => r.fileId)).toEqual([f.id]);
      expect((await s.tasks.listIacResources(t.id, { name: 'BAD' }, { offset: 0, limit: 10 })).total).toBe(1);

      const risks = await s.files.listRisks(f.id, {}, { offset: 0, limit: 10 });
      expect(risks.total).toBe(2);
      expect(risks.items[0]).toMatchObject({ ruleId: 'R1', occurrences: 2, lastScanAt: T0 + 20 });
      expect((await s.files.listRisks(f.id, { titleContains: 'oth' }, { offset: 0, limit: 10 })).items.map((r) => r.ruleId)).toEqual(['R2']);
      expect((await s.files.listRisks(f.id, { severities: ['critical', 'high'] }, { offset: 0, limit: 10 })).total).toBe(1);
      expect((await s.files.listRiskPaths(f.id, { ruleId: 'R1', resourceName: 'db' }, { offset: 0, limit: 10 })).total).toBe(1);
      const listed = await s.files.listFiles(scope, { scanType: 'manual_scan', fileId: f.id, risky: true }, { offset: 0, limit: 10 });
      expect(listed.items[0]).toMatchObject({ riskCount: 2, firstScanAt: T0 + 20, lastScanAt: T0 + 20 });
      expect((await s.tasks.countTasks(scope, 'iac_scan')).running).toBe(0);
      const est = await s.queue.estimateInputs(T0, 1000);
      expect(est.meanUnitMs.iac_scan).toBeGreaterThan(0);
    });

    test('reclaims expired leases; the late worker cannot write', async () => {
      await drain(s);
      const f = file();
      await s.files.insertFiles([f]);
      const t = iacTask({ resources: [{ resourceId: f.id, name: f.name, fileType: 'k8s_yaml', size: 1 }] });
      await s.tasks.createTasks([t]);
      const u = await s.queue.claim('slow', T0, 1_000);
      expect(await s.queue.heartbeat(u!.id, 'slow', T0 + 500, 1_000)).toBe(true);
      expect(await s.queue.reclaimExpired(T0 + 1_400)).toBe(0);
      expect(await s.queue.reclaimExpired(T0 + 1_600)).toBe(1);
      expect(await s.queue.heartbeat(u!.id, 'slow', T0 + 1_700, 1_000)).toBe(false);
      const again = await s.queue.claim('fast', T0 + 1_700, 1_000);
      expect(again).toMatchObject({ id: u!.id, attempts: 2 });
      expect(await s.queue.complete(u!.id, 'slow', { status: 'success', findings: [finding('X')] }, T0 + 1_800)).toBe(false);
      expect(await s.queue.complete(u!.id, 'fast', { status: 'success', findings: [finding('X')] }, T0 + 1_900)).toBe(true);
      expect((await s.files.listRiskPaths(f.id, { ruleId: 'X' }, { offset: 0, limit: 10 })).total).toBe(1);
      expect(await s.tasks.getTask({ projectId: P, eps: '*' }, t.id)).toMatchObject({ status: 'finished', iac: { counters: { success: 1, failed: 0, scanning: 0 } } });
    });

    test('release hands a unit back without consuming an attempt', async () => {
      await drain(s);
      await s.tasks.createTasks([iacTask()]);
      const u = await s.queue.claim('w', T0, 1_000);
      await s.queue.release(u!.id, 'w');
      expect(await s.queue.claim('w2', T0, 1_000)).toMatchObject({ id: u!.id, attempts: 1 });
      await s.queue.complete(u!.id, 'w2', { status: 'success', findings: [] }, T0 + 1);
    });

    test('cluster tasks: one unit per cluster and scan item, resources aggregate items', async () => {
      await drain(s);
      const cid = randomUUID();
      await s.clusters.insertCluster({ id: cid, projectId: P, enterpriseProjectId: '0', name: 'Prod-East', type: 'self_built_idc', version: 'v1.29.1', kubeconfigSealed: 'sealed', context: undefined, createdAt: T0, lastScanAt: undefined });
      expect((await s.clusters.listClusters({ projectId: P, eps: ['0'] })).map((c) => c.id)).toContain(cid);
      expect(await s.clusters.getClusters({ projectId: OTHER, eps: '*' }, [cid])).toEqual([]);
      const t: NewTask = {
        id: randomUUID(), projectId: P, enterpriseProjectId: '0', type: 'cluster_scan', name: 'c', triggerType: 'manual', createdAt: T0,
        cluster: { scanTypes: ['benchmark', 'cluster_vul'], rangeType: 'specific_cluster' },
        resources: [{ resourceId: cid, name: 'Prod-East', clusterType: 'self_built_idc', clusterVersion: 'v1.29.1' }],
      };
      await s.tasks.createTasks([t]);
      const a = await s.queue.claim('w', T0 + 1, 1_000);
      const b = await s.queue.claim('w', T0 + 1, 1_000);
      expect(new Set([a?.scanType, b?.scanType])).toEqual(new Set(['benchmark', 'cluster_vul']));
      expect(await s.queue.claim('w', T0 + 1, 1_000)).toBeUndefined();
      await s.queue.complete(a!.id, 'w', { status: 'success', clusterResult: { ok: a!.scanType } }, T0 + 2);
      let res = await s.tasks.listClusterResources(t.id, {}, { offset: 0, limit: 10 });
      expect(res.items[0]?.status).toBe('scanning');
      await s.queue.complete(b!.id, 'w', { status: 'failed', failedReason: 'forbidden' }, T0 + 3);
      res = await s.tasks.listClusterResources(t.id, { name: 'prod' }, { offset: 0, limit: 10 });
      expect(res.items[0]).toMatchObject({ clusterId: cid, status: 'failed', clusterVersion: 'v1.29.1' });
      expect(res.items[0]?.items.map((i) => i.scanType)).toEqual(['benchmark', 'cluster_vul']);
      expect(res.items[0]?.items.find((i) => i.scanType === b!.scanType)).toMatchObject({ status: 'failed', failedReason: 'forbidden' });
      expect(await s.tasks.getTask({ projectId: P, eps: '*' }, t.id)).toMatchObject({ status: 'finished', cluster: { counters: { failed: 1, success: 0, scanning: 0 } } });
      expect((await s.clusters.latestClusterResult(cid, a!.scanType!))?.payload).toEqual({ ok: a!.scanType });
      expect(await s.clusters.deleteCluster({ projectId: P, eps: ['ep-none'] }, cid)).toBe(false);
      expect(await s.clusters.deleteCluster({ projectId: P, eps: '*' }, cid)).toBe(true);
    });

    test('concurrent claims from two connections never hand one unit out twice', async () => {
      await drain(s);
      const peer = await h!.openPeer();
      try {
        const n = 60;
        const t = iacTask({ resources: Array.from({ length: n }, (_, i) => ({ resourceId: randomUUID(), name: `f${i}`, fileType: 'k8s_yaml' as const, size: 1 })) });
        await s.tasks.createTasks([t]);
        const seen: string[] = [];
        const worker = async (store: Storage, name: string) => {
          for (;;) {
            const u = await store.queue.claim(name, T0, 60_000);
            if (u === undefined) return;
            seen.push(u.id);
            expect(await store.queue.complete(u.id, name, { status: 'success', findings: [] }, T0 + 1)).toBe(true);
          }
        };
        await Promise.all([worker(s, 'a1'), worker(s, 'a2'), worker(peer, 'b1'), worker(peer, 'b2')]);
        expect(seen.length).toBe(n);
        expect(new Set(seen).size).toBe(n);
        expect(await s.tasks.getTask({ projectId: P, eps: '*' }, t.id)).toMatchObject({ status: 'finished', iac: { counters: { success: n } } });
      } finally {
        await peer.close();
      }
    });

    test('counts work units by queue state', async () => {
      await drain(s);
      const count = s.queue.countUnitsByStatus;
      expect(count, 'the SQL queue implements countUnitsByStatus').toBeDefined();
      const read = async () => {
        const c = await count!.call(s.queue);
        return { pending: c['pending'] ?? 0, leased: c['leased'] ?? 0, done: c['done'] ?? 0 };
      };
      const before = await read();
      expect(before.pending).toBe(0);
      await s.tasks.createTasks([iacTask(), iacTask()]);
      expect(await read()).toEqual({ ...before, pending: 2 });
      const u = await s.queue.claim('w', T0, 60_000);
      expect(await read()).toEqual({ pending: 1, leased: before.leased + 1, done: before.done });
      expect(await s.queue.complete(u!.id, 'w', { status: 'success', findings: [] }, T0 + 1)).toBe(true);
      expect(await read()).toEqual({ pending: 1, leased: before.leased, done: before.done + 1 });
      await drain(s);
      expect(await read()).toEqual({ pending: 0, leased: before.leased, done: before.done + 2 });
    });

    test('reports live worker concurrency', async () => {
      await s.queue.registerWorker('node-1', 3, T0);
      await s.queue.registerWorker('node-2', 2, T0 - 60_000);
      expect((await s.queue.estimateInputs(T0, 30_000)).liveConcurrency).toBe(3);
      await s.queue.unregisterWorker('node-1');
      expect((await s.queue.estimateInputs(T0, 30_000)).liveConcurrency).toBe(0);
    });
  });
}

/** Finishes whatever earlier tests left in the queue so claim order is predictable. */
async function drain(s: Storage): Promise<void> {
  for (;;) {
    const u = await s.queue.claim('drain', 0, 1);
    if (u === undefined) return;
    await s.queue.complete(u.id, 'drain', { status: 'success', findings: [] }, 0);
  }
}
