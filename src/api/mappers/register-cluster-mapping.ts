import type { Static } from '@sinclair/typebox';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterUseCases, RegisterClusterInput } from '../../tasks/cluster/cluster-use-cases.js';
import type { TaskUseCases } from '../../tasks/use-cases.js';
import type { RegisterClusterBody } from '../operations/register-cluster.js';

/** The cluster use cases, or a server fault when this deployment did not wire them. */
export function clusterUseCasesOf(tasks: TaskUseCases): ClusterUseCases {
  if (tasks.clusters === undefined) throw new BulwarkError('internal', 'cluster operations are not wired in this deployment');
  return tasks.clusters;
}

export function toRegisterClusterInput(body: Static<typeof RegisterClusterBody>): RegisterClusterInput {
  return {
    name: body.cluster_name,
    type: body.cluster_type ?? 'self_built_idc',
    kubeconfig: body.kubeconfig,
    ...(body.context === undefined || body.context === '' ? {} : { context: body.context }),
  };
}
