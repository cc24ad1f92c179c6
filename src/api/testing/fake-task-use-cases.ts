import type { PageRequest } from '../../domain/page.js';
import type {
  CallScope, CreateTaskInput, UploadResult, IacFileQuery, IacFileRiskQuery, IacRiskPathQuery, TaskQuery, TaskResourceQuery, TaskUseCases,
} from '../../tasks/use-cases.js';
import type { Task } from '../../domain/task.js';

export interface RecordedCall {
  readonly method: keyof TaskUseCases;
  readonly scope: CallScope;
  readonly args: readonly unknown[];
}

export const SAMPLE_TASK: Task = {
  id: '6f1c1f8e-2a57-4c0e-9a53-0d7c7c1f2a10', projectId: 'pid123', enterpriseProjectId: '0', type: 'iac_scan', name: 'iac_scan_20250101000000',
  triggerType: 'manual', status: 'finished', createdAt: 1_735_689_600_000, finishedAt: 1_735_689_660_000, estimatedMinutes: 0,
  iac: { fileType: 'k8s_yaml', fileCount: 2, counters: { scanning: 0, success: 1, failed: 1 } },
};

/**
 * Test double for the task use cases: records every call with its scope and answers
 * with fixed, schema-conforming data. `failWith` makes the next calls throw.
 */
export class FakeTaskUseCases implements TaskUseCases {
  readonly calls: RecordedCall[] = [];
  failWith: unknown = undefined;

  private record(method: keyof TaskUseCases, scope: CallScope, ...args: unknown[]): void {
    this.calls.push({ method, scope, args });
    if (this.failWith !== undefined) throw this.failWith;
  }

  lastCall(): RecordedCall | undefined {
    return this.calls.at(-1);
  }

  async createTask(scope: CallScope, input: CreateTaskInput) {
    this.record('createTask', scope, input);
    return { taskId: SAMPLE_TASK.id };
  }

  async listTasks(scope: CallScope, query: TaskQuery, page: PageRequest) {
    this.record('listTasks', scope, query, page);
    return { total: 1, items: [SAMPLE_TASK] };
  }

  async listTaskResources(scope: CallScope, taskId: string, query: TaskResourceQuery, page: PageRequest) {
    this.record('listTaskResources', scope, taskId, query, page);
    if (query.taskType === 'cluster_scan') {
      return {
        kind: 'cluster' as const,
        page: {
          total: 1,
          items: [{
            clusterId: 'c1', clusterName: 'prod', clusterType: 'self_built_idc' as const, clusterVersion: 'v1.29.1', status: 'failed' as const,
            startedAt: 1, finishedAt: 2, items: [{ scanType: 'benchmark' as const, status: 'failed' as const, failedReason: 'unreachable' }],
          }],
        },
      };
    }
    return {
      kind: 'iac' as const,
      page: {
        total: 1,
        items: [{
          fileId: 'f1', fileName: 'app.yaml', fileType: 'k8s_yaml' as const, chartName: undefined, fileSize: 120,
          status: 'success' as const, failedReason: undefined, startedAt: 1, finishedAt: 2,
        }],
      },
    };
  }

  async showTaskStatistics(scope: CallScope, taskType: Task['type']) {
    this.record('showTaskStatistics', scope, taskType);
    return { total: 3, running: 1, lastCreatedAt: taskType === 'iac_scan' ? 1_735_689_600_000 : undefined };
  }

  async uploadFiles(scope: CallScope, uploadType: 'dockerfile' | 'k8s_yaml', files: ReadonlyArray<{ name: string; content: Uint8Array }>): Promise<UploadResult> {
    this.record('uploadFiles', scope, uploadType, files);
    return { succeeded: files.map((f, i) => ({ name: f.name, fileId: `file-${i}` })), failed: [] };
  }

  async listIacFiles(scope: CallScope, query: IacFileQuery, page: PageRequest) {
    this.record('listIacFiles', scope, query, page);
    return {
      total: 1,
      items: [{
        id: 'f1', projectId: 'pid123', enterpriseProjectId: '0', name: 'app.yaml', fileType: 'k8s_yaml' as const, size: 120, uploadedAt: 5,
        scanType: 'manual_scan' as const, cicdId: undefined, cicdName: undefined, risky: true, riskCount: 2, firstScanAt: 6, lastScanAt: 7,
      }],
    };
  }

  async listIacFileRisks(scope: CallScope, query: IacFileRiskQuery, page: PageRequest) {
    this.record('listIacFileRisks', scope, query, page);
    return {
      total: 1,
      items: [{
        riskId: 'r1', ruleId: 'BW-K8S-001', riskName: 'Container runs privileged', riskLevel: 'high' as const, severity: 'critical' as const,
        riskCategory: 'node_escape' as const, occurrences: 1, lastScanAt: 7, description: 'd', remediation: 'r', buildInstruction: '',
      }],
    };
  }

  async listIacFileRiskPaths(scope: CallScope, query: IacRiskPathQuery, page: PageRequest) {
    this.record('listIacFileRiskPaths', scope, query, page);
    return {
      total: 1,
      items: [{
        resourceName: 'web', resourceType: 'Deployment', namespace: 'default', hitRule: 'BW-K8S-001',
        hitPath: 'spec.template.spec.containers[0].securityContext.privileged', startLine: 21, startColumn: 13, endLine: 21, endColumn: 29,
      }],
    };
  }
}
