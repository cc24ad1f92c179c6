import { Type } from '@sinclair/typebox';
import { clusterUseCasesOf } from '../mappers/register-cluster-mapping.js';
import { defineRoute } from '../routing/define-route.js';
import { EpQuery, ObjectId, ProjectId } from '../schemas/common-schemas.js';

export const DeleteClusterParams = Type.Object({ project_id: ProjectId, cluster_id: ObjectId });

export const deleteCluster = defineRoute({
  operationId: 'DeleteCluster',
  method: 'DELETE',
  url: '/v5/:project_id/kubernetes/clusters/:cluster_id',
  summary: '(extension) Delete a registered cluster and its stored kubeconfig',
  tags: ['cluster'],
  access: { role: 'admin' },
  schema: { params: DeleteClusterParams, querystring: EpQuery, response: { 200: Type.Object({}) } },
  async handler(req, { tasks }) {
    await clusterUseCasesOf(tasks).deleteCluster(req.scope, req.params.cluster_id);
    return {};
  },
});
