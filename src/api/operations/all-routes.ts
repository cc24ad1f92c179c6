import type { RouteDefinition } from '../routing/define-route.js';
import { batchUploadFiles } from './batch-upload-files.js';
import { createTask } from './create-task.js';
import { keystoneCreateUserTokenByPassword } from './keystone-create-user-token-by-password.js';
import { listIacFileRiskPaths } from './list-iac-file-risk-paths.js';
import { listIacFileRisks } from './list-iac-file-risks.js';
import { listIacFiles } from './list-iac-files.js';
import { listTaskResources } from './list-task-resources.js';
import { listTasks } from './list-tasks.js';
import { showTaskStatistics } from './show-task-statistics.js';

/** Every HSS operation the server exposes, listed explicitly (the OpenAPI follows this order). */
export const ALL_ROUTES: readonly RouteDefinition[] = [
  keystoneCreateUserTokenByPassword,
  createTask,
  listTasks,
  listTaskResources,
  showTaskStatistics,
  batchUploadFiles,
  listIacFiles,
  listIacFileRisks,
  listIacFileRiskPaths,
];
