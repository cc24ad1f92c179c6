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
import { deleteCluster } from './delete-cluster.js';
import { listClusterRiskAffectResources } from './list-cluster-risk-affect-resources.js';
import { listClusterRisks } from './list-cluster-risks.js';
import { listClusterVulnerabilities } from './list-cluster-vulnerabilities.js';
import { listKubernetesClusterDetails } from './list-kubernetes-cluster-details.js';
import { registerCluster } from './register-cluster.js';

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
  registerCluster,
  deleteCluster,
  listKubernetesClusterDetails,
  listClusterRisks,
  listClusterRiskAffectResources,
  listClusterVulnerabilities,
];
