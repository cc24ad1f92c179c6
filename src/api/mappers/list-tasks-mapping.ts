import type { Static } from '@sinclair/typebox';
import { invalidParameter } from '../../domain/errors.js';
import type { Page } from '../../domain/page.js';
import type { Task } from '../../domain/task.js';
import type { TaskQuery } from '../../tasks/use-cases.js';
import type { ListTasksBody, ListTasksResponse } from '../operations/list-tasks.js';
import { toWireTask } from './to-wire-task.js';

/** ListTasks body → task query. Filters of the branch task_type does not select are ignored. */
export function toTaskQuery(body: Static<typeof ListTasksBody>): TaskQuery {
  if (body.start_create_time !== undefined && body.end_create_time !== undefined && body.start_create_time > body.end_create_time) {
    throw invalidParameter('start_create_time', 'must not be later than end_create_time');
  }
  const scanTypes = body.task_type === 'cluster_scan' ? body.cluster_scan_info?.scan_type_list : undefined;
  const fileType = body.task_type === 'iac_scan' ? body.iac_scan_info?.file_type : undefined;
  return {
    taskType: body.task_type,
    sortDir: body.sort_dir ?? 'desc',
    ...(body.task_id === undefined ? {} : { taskId: body.task_id }),
    ...(body.task_name === undefined || body.task_name === '' ? {} : { taskName: body.task_name }),
    ...(body.start_create_time === undefined ? {} : { startCreateTime: body.start_create_time }),
    ...(body.end_create_time === undefined ? {} : { endCreateTime: body.end_create_time }),
    ...(body.trigger_type === undefined ? {} : { triggerType: body.trigger_type }),
    ...(body.task_status === undefined ? {} : { taskStatus: body.task_status }),
    ...(scanTypes === undefined || scanTypes.length === 0 ? {} : { scanTypes }),
    ...(fileType === undefined ? {} : { fileType }),
  };
}

export function toListTasksResponse(page: Page<Task>): Static<typeof ListTasksResponse> {
  return { total_num: page.total, data_list: page.items.map(toWireTask) };
}
