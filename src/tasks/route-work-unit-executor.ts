import type { WorkUnitExecutor } from './work-unit-executor.js';

/**
 * One executor per unit kind. Cluster execution is supplied by the cluster engine; until
 * a deployment wires it, cluster units fail with a clear reason instead of hanging.
 */
export function routeWorkUnitExecutor(executors: { readonly iac: WorkUnitExecutor; readonly cluster?: WorkUnitExecutor }): WorkUnitExecutor {
  return {
    async execute(input, context) {
      if (input.kind === 'iac') return executors.iac.execute(input, context);
      if (executors.cluster === undefined) return { status: 'failed', failedReason: 'cluster scanning is not available in this deployment' };
      return executors.cluster.execute(input, context);
    },
  };
}
