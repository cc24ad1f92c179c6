import { Type } from '@sinclair/typebox';
import { FILE_TYPES, SCAN_TYPES, TASK_STATUSES, TASK_TYPES, TRIGGER_TYPES } from '../../domain/scan-types.js';
import { EpochMillis, StringEnum } from './common-schemas.js';

/** One row of ListTasks (hss-api.md §2.2). */
export const WireTask = Type.Object({
  task_id: Type.String(),
  task_type: StringEnum(TASK_TYPES),
  task_name: Type.String(),
  trigger_type: StringEnum(TRIGGER_TYPES),
  task_status: StringEnum(TASK_STATUSES),
  start_time: EpochMillis,
  end_time: Type.Optional(EpochMillis),
  estimated_time: Type.Integer({ minimum: 0, description: 'Whole minutes left (rounded up); 0 once finished' }),
  cluster_scan_info: Type.Optional(Type.Object({
    scan_type_list: Type.Array(StringEnum(SCAN_TYPES)),
    scanning_cluster_num: Type.Integer({ minimum: 0 }),
    success_cluster_num: Type.Integer({ minimum: 0 }),
    failed_cluster_num: Type.Integer({ minimum: 0 }),
  })),
  iac_scan_info: Type.Optional(Type.Object({
    file_type: StringEnum(FILE_TYPES),
    scan_file_num: Type.Integer({ minimum: 0 }),
    success_file_num: Type.Integer({ minimum: 0 }),
    failed_file_num: Type.Integer({ minimum: 0 }),
  })),
});
