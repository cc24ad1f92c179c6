import { randomUUID } from 'node:crypto';
import { invalidParameter, notFound } from '../domain/errors.js';
import type { Page } from '../domain/page.js';
import type { FileType, TaskType } from '../domain/scan-types.js';
import { toRiskLevel } from '../domain/severity.js';
import type { Task, UploadedFile } from '../domain/task.js';
import type { DataScope, EstimateInputs, NewTask, NewTaskResource, Storage } from '../storage/ports.js';
import { checkUploadContent } from './check-upload-content.js';
import { defaultTaskName } from './default-task-name.js';
import { estimateMinutes } from './estimate-minutes.js';
import { resolveReadScope, resolveTargetEp } from './resolve-ep-scope.js';
import { riskIdOf, severitiesOfRiskLevel } from './risk-levels.js';
import type {
  CreateTaskInput, IacFileQuery, IacFileRisk, IacFileRiskQuery, IacFileRow, IacRiskPath, IacRiskPathQuery,
  TaskResourceQuery, TaskResources, TaskStatistics, TaskUseCases, UploadInputFile, UploadResult,
} from './use-cases.js';

export interface TaskUseCaseDeps {
  readonly storage: Storage;
  /** Workers that reported within this window count as live (use the lease duration). */
  readonly liveWorkerWindowMs: number;
  readonly newId?: () => string;
}

// estimated_time inputs change slowly; one read per second serves every list call.
const ESTIMATE_CACHE_MS = 1_000;

/** The task use cases of hss-api.md §2–§3 over the storage ports. */
export function createTaskUseCases(deps: TaskUseCaseDeps): TaskUseCases {
  const { storage } = deps;
  const newId = deps.newId ?? randomUUID;
  let cached: { at: number; inputs: EstimateInputs } | undefined;
  const estimateInputs = async (now: number): Promise<EstimateInputs> => {
    if (cached === undefined || Math.abs(now - cached.at) > ESTIMATE_CACHE_MS) cached = { at: now, inputs: await storage.queue.estimateInputs(now, deps.liveWorkerWindowMs) };
    return cached.inputs;
  };

  const requireFileInScope = async (scope: DataScope, fileId: string): Promise<UploadedFile> => {
    const [file] = await storage.files.getFiles(scope, [fileId]);
    if (file === undefined) throw notFound(`file ${fileId}`);
    return file;
  };

  return {
    async createTask(call, input) {
      const readScope = resolveReadScope(call.principal, call.epParam);
      const ep = resolveTargetEp(call.principal, call.epParam);
      const name = input.taskName ?? defaultTaskName(input.taskType, call.now);
      if (name.length < 1 || name.length > 256) throw invalidParameter('task_name', 'must be 1-256 characters');
      const resources = input.taskType === 'iac_scan' ? await iacResources(readScope, input) : await clusterResources(readScope, input);
      const task: NewTask = {
        id: newId(), projectId: call.principal.projectId, enterpriseProjectId: ep, type: input.taskType, name,
        triggerType: 'manual', createdAt: call.now, resources,
        ...(input.taskType === 'iac_scan'
          ? { iac: { fileType: input.iac!.fileType } }
          : { cluster: { scanTypes: [...input.cluster!.scanTypes], rangeType: input.cluster!.rangeType } }),
      };
      await storage.tasks.createTasks([task]);
      return { taskId: task.id };
    },

    async listTasks(call, query, page) {
      const scope = resolveReadScope(call.principal, call.epParam);
      if (query.startCreateTime !== undefined && query.endCreateTime !== undefined && query.startCreateTime > query.endCreateTime) {
        throw invalidParameter('start_create_time', 'must not be after end_create_time');
      }
      const found = await storage.tasks.listTasks(scope, {
        type: query.taskType, taskId: query.taskId, taskName: query.taskName, createdFrom: query.startCreateTime,
        createdTo: query.endCreateTime, triggerType: query.triggerType, status: query.taskStatus, sortDir: query.sortDir,
        scanTypes: query.taskType === 'cluster_scan' ? query.scanTypes : undefined,
        fileType: query.taskType === 'iac_scan' ? query.fileType : undefined,
      }, page);
      const unfinished = found.items.some((t) => t.status !== 'finished');
      const inputs = unfinished ? await estimateInputs(call.now) : { meanUnitMs: {}, liveConcurrency: 0 };
      const items: Task[] = found.items.map(({ remainingUnits, ...t }) => ({ ...t, estimatedMinutes: estimateMinutes({ ...t, remainingUnits }, inputs) }));
      return { total: found.total, items };
    },

    async listTaskResources(call, taskId, query: TaskResourceQuery, page): Promise<TaskResources> {
      const scope = resolveReadScope(call.principal, call.epParam);
      const task = await storage.tasks.getTask(scope, taskId);
      if (task === undefined) throw notFound(`task ${taskId}`);
      if (task.type !== query.taskType) throw invalidParameter('task_type', `does not match the task's type (${task.type})`);
      if (task.type === 'iac_scan') {
        const f = query.iac ?? {};
        return { kind: 'iac', page: await storage.tasks.listIacResources(taskId, { status: f.scanStatus, name: f.fileName, chartName: f.chartName }, page) };
      }
      const c = query.cluster ?? {};
      return { kind: 'cluster', page: await storage.tasks.listClusterResources(taskId, { status: c.scanStatus, name: c.clusterName, resourceId: c.clusterId, clusterType: c.clusterType }, page) };
    },

    async showTaskStatistics(call, taskType: TaskType): Promise<TaskStatistics> {
      const { total, running, lastCreatedAt } = await storage.tasks.countTasks(resolveReadScope(call.principal, call.epParam), taskType);
      return { total, running, lastCreatedAt };
    },

    async uploadFiles(call, uploadType, files): Promise<UploadResult> {
      const ep = resolveTargetEp(call.principal, call.epParam);
      if (files.length === 0) throw invalidParameter('files', 'at least one file is required');
      const reasons = files.map((f) => (f.name.length === 0 ? 'file name is empty' : checkUploadContent(f.name, f.content, uploadType)));
      if (reasons.some((r) => r !== undefined)) {
        // All or nothing: nothing is stored; files that were fine say why they were not kept.
        return { succeeded: [], failed: files.map((f, i) => ({ name: f.name, reason: reasons[i] ?? 'not stored: another file of this upload was rejected' })) };
      }
      const stored = files.map((f: UploadInputFile) => ({
        id: newId(), projectId: call.principal.projectId, enterpriseProjectId: ep, name: f.name, fileType: uploadType,
        size: f.content.length, uploadedAt: call.now, scanType: 'manual_scan' as const, cicdId: undefined, cicdName: undefined,
        content: f.content,
      }));
      await storage.files.insertFiles(stored);
      return { succeeded: stored.map((f) => ({ name: f.name, fileId: f.id })), failed: [] };
    },

    async listIacFiles(call, query: IacFileQuery, page): Promise<Page<IacFileRow>> {
      const found = await storage.files.listFiles(resolveReadScope(call.principal, call.epParam), query, page);
      return { total: found.total, items: found.items.map((f) => ({ ...f, risky: f.riskCount > 0 })) };
    },

    async listIacFileRisks(call, query: IacFileRiskQuery, page): Promise<Page<IacFileRisk>> {
      await requireFileInScope(resolveReadScope(call.principal, call.epParam), query.fileId);
      const found = await storage.files.listRisks(query.fileId, {
        titleContains: query.riskName,
        severities: query.riskLevel === undefined ? undefined : severitiesOfRiskLevel(query.riskLevel),
        category: query.riskCategory,
      }, page);
      return {
        total: found.total,
        items: found.items.map((r) => ({
          riskId: riskIdOf(query.fileId, r.ruleId), ruleId: r.ruleId, riskName: r.title, riskLevel: toRiskLevel(r.severity),
          severity: r.severity, riskCategory: r.category, occurrences: r.occurrences, lastScanAt: r.lastScanAt,
          description: r.description, remediation: r.remediation, buildInstruction: r.buildInstruction,
        })),
      };
    },

    async listIacFileRiskPaths(call, query: IacRiskPathQuery, page): Promise<Page<IacRiskPath>> {
      await requireFileInScope(resolveReadScope(call.principal, call.epParam), query.fileId);
      const found = await storage.files.listRiskPaths(query.fileId, query, page);
      return {
        total: found.total,
        items: found.items.map((p) => ({
          resourceName: p.resourceName, resourceType: p.resourceType, namespace: p.namespace, hitRule: p.message, hitPath: p.path,
          startLine: p.startLine, startColumn: p.startColumn, endLine: p.endLine, endColumn: p.endColumn,
        })),
      };
    },
  };

  async function iacResources(scope: DataScope, input: CreateTaskInput): Promise<NewTaskResource[]> {
    const iac = input.iac;
    if (iac === undefined) throw invalidParameter('iac_scan_info', 'is required when task_type is iac_scan');
    if (iac.fileIds.length < 1 || iac.fileIds.length > 100) throw invalidParameter('iac_scan_info.file_id_list', 'must list 1-100 file ids');
    const duplicate = iac.fileIds.findIndex((id, i) => iac.fileIds.indexOf(id) !== i);
    if (duplicate >= 0) throw invalidParameter(`iac_scan_info.file_id_list[${duplicate}]`, 'is listed twice');
    const files = new Map((await storage.files.getFiles(scope, iac.fileIds)).map((f) => [f.id, f]));
    return iac.fileIds.map((id, i) => {
      const f = files.get(id);
      if (f === undefined) throw notFound(`file ${id}`);
      if (f.fileType !== iac.fileType) throw invalidParameter(`iac_scan_info.file_id_list[${i}]`, `is a ${f.fileType} file, not ${iac.fileType satisfies FileType}`);
      return { resourceId: f.id, name: f.name, fileType: f.fileType, size: f.size };
    });
  }

  async function clusterResources(scope: DataScope, input: CreateTaskInput): Promise<NewTaskResource[]> {
    const c = input.cluster;
    if (c === undefined) throw invalidParameter('cluster_scan_info', 'is required when task_type is cluster_scan');
    if (c.scanTypes.length < 1 || new Set(c.scanTypes).size !== c.scanTypes.length) throw invalidParameter('cluster_scan_info.scan_type_list', 'must list 1-3 distinct scan types');
    let clusters;
    if (c.rangeType === 'all_cluster') {
      clusters = await storage.clusters.listClusters(scope);
      if (clusters.length === 0) throw invalidParameter('cluster_scan_info.range_type', 'all_cluster: no cluster is registered in this scope');
    } else {
      const ids = c.clusterIds ?? [];
      if (ids.length < 1 || ids.length > 200) throw invalidParameter('cluster_scan_info.cluster_id_list', 'must list 1-200 cluster ids when range_type is specific_cluster');
      const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
      if (duplicate >= 0) throw invalidParameter(`cluster_scan_info.cluster_id_list[${duplicate}]`, 'is listed twice');
      const byId = new Map((await storage.clusters.getClusters(scope, ids)).map((cl) => [cl.id, cl]));
      clusters = ids.map((id) => {
        const found = byId.get(id);
        if (found === undefined) throw notFound(`cluster ${id}`);
        return found;
      });
    }
    return clusters.map((cl) => ({ resourceId: cl.id, name: cl.name, clusterType: cl.type, ...(cl.version === undefined ? {} : { clusterVersion: cl.version }) }));
  }
}
