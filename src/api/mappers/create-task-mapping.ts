import type { Static } from '@sinclair/typebox';
import { invalidParameter } from '../../domain/errors.js';
import type { CreateTaskInput } from '../../tasks/use-cases.js';
import type { CreateTaskBody } from '../operations/create-task.js';

/** CreateTask wire body → use-case input, enforcing the fields that task_type and range_type make mandatory. */
export function toCreateTaskInput(body: Static<typeof CreateTaskBody>): CreateTaskInput {
  const base = body.task_name === undefined ? {} : { taskName: body.task_name };
  if (body.task_type === 'cluster_scan') {
    const info = body.cluster_scan_info;
    if (info === undefined) throw invalidParameter('cluster_scan_info', 'is mandatory when task_type is cluster_scan');
    if (info.scan_type_list === undefined) throw invalidParameter('cluster_scan_info.scan_type_list', 'is mandatory');
    if (info.range_type === undefined) throw invalidParameter('cluster_scan_info.range_type', 'is mandatory');
    if (info.range_type === 'specific_cluster' && info.cluster_id_list === undefined) {
      throw invalidParameter('cluster_scan_info.cluster_id_list', 'is mandatory when range_type is specific_cluster');
    }
    const clusterIds = info.range_type === 'specific_cluster' ? { clusterIds: info.cluster_id_list } : {};
    return { ...base, taskType: 'cluster_scan', cluster: { scanTypes: info.scan_type_list, rangeType: info.range_type, ...clusterIds } };
  }
  const info = body.iac_scan_info;
  if (info === undefined) throw invalidParameter('iac_scan_info', 'is mandatory when task_type is iac_scan');
  if (info.file_type === undefined) throw invalidParameter('iac_scan_info.file_type', 'is mandatory');
  if (info.file_id_list === undefined) throw invalidParameter('iac_scan_info.file_id_list', 'is mandatory');
  return { ...base, taskType: 'iac_scan', iac: { fileType: info.file_type, fileIds: info.file_id_list } };
}
