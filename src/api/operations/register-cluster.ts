import { Type } from '@sinclair/typebox';
import { CLUSTER_TYPES } from '../../domain/scan-types.js';
import { clusterUseCasesOf, toRegisterClusterInput } from '../mappers/register-cluster-mapping.js';
import { defineRoute } from '../routing/define-route.js';
import { EpQuery, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

export const RegisterClusterBody = Type.Object({
  cluster_name: Type.String({ minLength: 1, maxLength: 128 }),
  cluster_type: Type.Optional(StringEnum(CLUSTER_TYPES, { default: 'self_built_idc' })),
  kubeconfig: Type.String({ minLength: 1, maxLength: 1024 * 1024, description: 'Kubeconfig YAML; stored encrypted' }),
  context: Type.Optional(Type.String({ maxLength: 253, description: 'Kubeconfig context (default: its current-context)' })),
});

export const RegisterClusterResponse = Type.Object({ cluster_id: Type.String() });

export const registerCluster = defineRoute({
  operationId: 'RegisterCluster',
  method: 'POST',
  url: '/v5/:project_id/kubernetes/clusters',
  summary: '(extension) Register a Kubernetes cluster by kubeconfig; its connectivity is checked once',
  tags: ['cluster'],
  access: { role: 'admin' },
  schema: { params: ProjectParams, querystring: EpQuery, body: RegisterClusterBody, response: { 200: RegisterClusterResponse } },
  async handler(req, { tasks }) {
    const { clusterId } = await clusterUseCasesOf(tasks).registerCluster(req.scope, toRegisterClusterInput(req.body));
    return { cluster_id: clusterId };
  },
});
