import type { Static } from '@sinclair/typebox';
import type { Task } from '../../domain/task.js';
import type { WireTask } from '../schemas/wire-task.js';

/** A domain task → one ListTasks row; only the branch of the task's type is present. */
export function toWireTask(task: Task): Static<typeof WireTask> {
  return {
    task_id: task.id,
    task_type: task.type,
    task_name: task.name,
    trigger_type: task.triggerType,
    task_status: task.status,
    start_time: task.createdAt,
    ...(task.finishedAt === undefined ? {} : { end_time: task.finishedAt }),
    estimated_time: task.estimatedMinutes,
    ...(task.cluster === undefined ? {} : {
      cluster_scan_info: {
        scan_type_list: [...task.cluster.scanTypes],
        scanning_cluster_num: task.cluster.counters.scanning,
        success_cluster_num: task.cluster.counters.success,
        failed_cluster_num: task.cluster.counters.failed,
      },
    }),
    ...(task.iac === undefined ? {} : {
      iac_scan_info: {
        file_type: task.iac.fileType,
        scan_file_num: task.iac.fileCount,
        success_file_num: task.iac.counters.success,
        failed_file_num: task.iac.counters.failed,
      },
    }),
  };
}
