import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulwarkError } from '../domain/errors.js';
import type { Storage } from '../storage/ports.js';
import { createIacUnitExecutor } from './iac-unit-executor.js';
import { createTaskUseCases } from './create-task-use-cases.js';
import { runClaimedUnit } from './run-claimed-unit.js';
import { PRIVILEGED_DEPLOYMENT, SIMPLE_DOCKERFILE, openTestStorage, testPrincipal } from './testing/open-test-storage.js';
import type { CallScope, TaskUseCases } from './use-cases.js';

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);
const enc = (s: string) => new TextEncoder().encode(s);
const page = { offset: 0, limit: 10 };

async function expectCode(p: Promise<unknown>, code: string, field?: string): Promise<void> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(BulwarkError);
  expect((err as BulwarkError).code).toBe(code);
  if (field !== undefined) expect((err as BulwarkError).field).toBe(field);
}

/** Runs every queued unit in-process (what a worker does), with the real IaC executor. */
async function drain(storage: Storage, now: number): Promise<void> {
  const executor = createIacUnitExecutor();
  for (;;) {
    const unit = await storage.queue.claim('test', now, 60_000);
    if (unit === undefined) return;
    const outcome = await runClaimedUnit(storage, executor, unit, { now, signal: new AbortController().signal });
    expect(await storage.queue.complete(unit.id, 'test', outcome, now + 5)).toBe(true);
  }
}

describe('task use cases', () => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  let uc: TaskUseCases;
  const admin: CallScope = { principal: testPrincipal(), epParam: '0', now: NOW };

  beforeEach(async () => {
    const t = await openTestStorage();
    storage = t.storage;
    dispose = t.dispose;
    uc = createTaskUseCases({ storage, liveWorkerWindowMs: 30_000 });
  });
  afterEach(async () => dispose());

  it('uploads all or nothing and checks content against the type', async () => {
    const bad = await uc.uploadFiles(admin, 'k8s_yaml', [
      { name: 'ok.yaml', content: enc(PRIVILEGED_DEPLOYMENT) },
      { name: 'notes.yaml', content: enc('just: a map\n') },
      { name: 'broken.yaml', content: enc('a: [1, 2\n') },
    ]);
    expect(bad.succeeded).toEqual([]);
    expect(bad.failed.map((f) => f.name)).toEqual(['ok.yaml', 'notes.yaml', 'broken.yaml']);
    expect(bad.failed[1]?.reason).toMatch(/apiVersion and kind/);
    expect(bad.failed[0]?.reason).toMatch(/not stored/);
    expect((await uc.listIacFiles(admin, { scanType: 'manual_scan' }, page)).total).toBe(0);

    const noFrom = await uc.uploadFiles(admin, 'dockerfile', [{ name: 'Dockerfile', content: enc('RUN echo hi\n') }]);
    expect(noFrom.failed[0]?.reason).toMatch(/FROM/);
    const json = await uc.uploadFiles(admin, 'k8s_yaml', [{ name: 'pod.json', content: enc('{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}}') }]);
    expect(json.succeeded).toHaveLength(1);
    const listed = await uc.listIacFiles(admin, { scanType: 'manual_scan' }, page);
    expect(listed.items[0]).toMatchObject({ name: 'pod.json', risky: false, riskCount: 0, firstScanAt: undefined, uploadedAt: NOW });
  });

  it('creates an IaC task, runs it and exposes resources, risks and paths', async () => {
    const up = await uc.uploadFiles(admin, 'k8s_yaml', [{ name: 'web.yaml', content: enc(PRIVILEGED_DEPLOYMENT) }]);
    const bad = await uc.uploadFiles(admin, 'k8s_yaml', [{ name: 'also.yaml', content: enc(PRIVILEGED_DEPLOYMENT) }]);
    const fileId = up.succeeded[0]!.fileId;
    const { taskId } = await uc.createTask(admin, { taskType: 'iac_scan', iac: { fileType: 'k8s_yaml', fileIds: [fileId, bad.succeeded[0]!.fileId] } });
    const before = await uc.listTasks(admin, { taskType: 'iac_scan', sortDir: 'desc' }, page);
    expect(before.items[0]).toMatchObject({ id: taskId, name: 'iac_scan_20260102030405', status: 'ready', triggerType: 'manual', createdAt: NOW });
    expect(before.items[0]?.estimatedMinutes).toBeGreaterThanOrEqual(1);
    expect(await uc.showTaskStatistics(admin, 'iac_scan')).toEqual({ total: 1, running: 0, lastCreatedAt: NOW });

    await drain(storage, NOW + 1_000);
    const after = await uc.listTasks(admin, { taskType: 'iac_scan', sortDir: 'desc', taskStatus: 'finished' }, page);
    expect(after.items[0]).toMatchObject({ id: taskId, status: 'finished', estimatedMinutes: 0, iac: { fileType: 'k8s_yaml', fileCount: 2, counters: { scanning: 0, success: 2, failed: 0 } } });
    const res = await uc.listTaskResources(admin, taskId, { taskType: 'iac_scan', iac: { fileName: 'WEB' } }, page);
    expect(res.kind).toBe('iac');
    expect(res.page.items).toEqual([expect.objectContaining({ fileId, fileName: 'web.yaml', status: 'success', fileSize: PRIVILEGED_DEPLOYMENT.length })]);
    await expectCode(uc.listTaskResources(admin, taskId, { taskType: 'cluster_scan' }, page), 'invalid_parameter', 'task_type');

    const risks = await uc.listIacFileRisks(admin, { fileId }, { offset: 0, limit: 200 });
    const privileged = risks.items.find((r) => r.ruleId === 'BW-K8S-001');
    expect(privileged).toMatchObject({ riskLevel: 'high', severity: 'critical', riskCategory: 'node_escape', occurrences: 1, buildInstruction: '' });
    expect(privileged?.riskId).toMatch(/^[0-9a-f]{32}$/);
    const again = await uc.listIacFileRisks(admin, { fileId, riskLevel: 'high', riskName: privileged!.riskName.slice(2, 9).toUpperCase() }, page);
    expect(again.items.map((r) => r.riskId)).toContain(privileged!.riskId);
    const paths = await uc.listIacFileRiskPaths(admin, { fileId, ruleId: 'BW-K8S-001' }, page);
    expect(paths.items[0]).toMatchObject({ resourceName: 'web', resourceType: 'Deployment', namespace: 'shop', hitPath: 'spec.template.spec.containers[0].securityContext.privileged' });
    expect(paths.items[0]?.startLine).toBe(13);
    const files = await uc.listIacFiles(admin, { scanType: 'manual_scan', risky: true, fileId }, page);
    expect(files.items[0]).toMatchObject({ risky: true, firstScanAt: NOW + 1_005 });
  });

  it('marks an unparseable file failed with its reason; findings never fail a file', async () => {
    const up = await uc.uploadFiles(admin, 'dockerfile', [{ name: 'Dockerfile', content: enc(SIMPLE_DOCKERFILE) }]);
    const fileId = up.succeeded[0]!.fileId;
    // Corrupt the stored bytes behind the use cases' back: the scan must fail cleanly.
    await storage.files.insertFiles([{ ...(await storage.files.getFileContent(fileId))!.file, id: 'corrupt', content: new Uint8Array([0xff, 0xfe, 0x00]) }]);
    const { taskId } = await uc.createTask(admin, { taskType: 'iac_scan', taskName: 'mixed', iac: { fileType: 'dockerfile', fileIds: [fileId, 'corrupt'] } });
    await drain(storage, NOW);
    const res = await uc.listTaskResources(admin, taskId, { taskType: 'iac_scan' }, page);
    expect(res.page.items.map((r) => r.status)).toEqual(['success', 'failed']);
    expect(res.kind === 'iac' ? res.page.items[1]?.failedReason : undefined).toBeTruthy();
    const risks = await uc.listIacFileRisks(admin, { fileId }, page);
    expect(risks.total).toBeGreaterThan(0);
    expect(risks.items.some((r) => r.buildInstruction.startsWith('FROM') || r.buildInstruction.startsWith('RUN') || r.buildInstruction.startsWith('USER'))).toBe(true);
  });

  it('validates meaning: file ids, file types, clusters, EP grants', async () => {
    const up = await uc.uploadFiles(admin, 'k8s_yaml', [{ name: 'web.yaml', content: enc(PRIVILEGED_DEPLOYMENT) }]);
    const fileId = up.succeeded[0]!.fileId;
    await expectCode(uc.createTask(admin, { taskType: 'iac_scan', iac: { fileType: 'k8s_yaml', fileIds: ['missing'] } }), 'not_found');
    await expectCode(uc.createTask(admin, { taskType: 'iac_scan', iac: { fileType: 'dockerfile', fileIds: [fileId] } }), 'invalid_parameter', 'iac_scan_info.file_id_list[0]');
    await expectCode(uc.createTask(admin, { taskType: 'iac_scan', iac: { fileType: 'k8s_yaml', fileIds: [fileId, fileId] } }), 'invalid_parameter', 'iac_scan_info.file_id_list[1]');
    await expectCode(uc.createTask(admin, { taskType: 'cluster_scan', cluster: { scanTypes: ['benchmark'], rangeType: 'all_cluster' } }), 'invalid_parameter', 'cluster_scan_info.range_type');
    await expectCode(uc.createTask(admin, { taskType: 'cluster_scan', cluster: { scanTypes: ['benchmark'], rangeType: 'specific_cluster', clusterIds: ['nope'] } }), 'not_found');
    await expectCode(uc.listTasks(admin, { taskType: 'iac_scan', sortDir: 'asc', startCreateTime: 5, endCreateTime: 4 }, page), 'invalid_parameter', 'start_create_time');

    const limited: CallScope = { principal: testPrincipal({ enterpriseProjects: ['ep-a'] }), epParam: 'ep-b', now: NOW };
    await expectCode(uc.listTasks(limited, { taskType: 'iac_scan', sortDir: 'asc' }, page), 'ep_forbidden');
    await expectCode(uc.uploadFiles({ ...limited, epParam: 'all_granted_eps' }, 'k8s_yaml', [{ name: 'x.yaml', content: enc(PRIVILEGED_DEPLOYMENT) }]), 'ep_forbidden');
    // The file lives in EP "0": invisible to a caller scoped to ep-a, exactly like a missing one.
    const inA: CallScope = { ...limited, epParam: 'ep-a' };
    await expectCode(uc.createTask(inA, { taskType: 'iac_scan', iac: { fileType: 'k8s_yaml', fileIds: [fileId] } }), 'not_found');
    await expectCode(uc.listIacFileRisks(inA, { fileId }, page), 'not_found');
    const other: CallScope = { principal: testPrincipal({ projectId: 'p2' }), epParam: 'all_granted_eps', now: NOW };
    await expectCode(uc.listIacFileRiskPaths(other, { fileId, ruleId: 'BW-K8S-001' }, page), 'not_found');
  });

  it('creates cluster tasks over granted clusters with one unit per cluster and item', async () => {
    const base = { projectId: 'p1', type: 'cce' as const, version: 'v1.28.3', kubeconfigSealed: 'x', context: undefined, createdAt: NOW, lastScanAt: undefined };
    await storage.clusters.insertCluster({ ...base, id: 'c-0', enterpriseProjectId: '0', name: 'zero' });
    await storage.clusters.insertCluster({ ...base, id: 'c-a', enterpriseProjectId: 'ep-a', name: 'alpha' });
    await storage.clusters.insertCluster({ ...base, id: 'c-b', enterpriseProjectId: 'ep-b', name: 'beta' });
    const limited: CallScope = { principal: testPrincipal({ enterpriseProjects: ['0', 'ep-a'] }), epParam: 'all_granted_eps', now: NOW };
    const { taskId } = await uc.createTask(limited, { taskType: 'cluster_scan', cluster: { scanTypes: ['cluster_vul', 'benchmark'], rangeType: 'all_cluster' } });
    const res = await uc.listTaskResources(limited, taskId, { taskType: 'cluster_scan' }, page);
    expect(res.page.items.map((r) => (r as { clusterId: string }).clusterId)).toEqual(['c-0', 'c-a']);
    await expectCode(uc.createTask(limited, { taskType: 'cluster_scan', cluster: { scanTypes: ['benchmark'], rangeType: 'specific_cluster', clusterIds: ['c-b'] } }), 'not_found');
    const list = await uc.listTasks(limited, { taskType: 'cluster_scan', sortDir: 'asc', scanTypes: ['benchmark'] }, page);
    expect(list.items[0]).toMatchObject({ enterpriseProjectId: '0', cluster: { scanTypes: ['cluster_vul', 'benchmark'], rangeType: 'all_cluster', counters: { scanning: 2, success: 0, failed: 0 } } });
  });
});
