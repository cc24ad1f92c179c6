import type { CallScope } from '../../use-cases.js';
import type { ClusterUseCases } from '../cluster-use-cases.js';

export const FAKE_CLUSTER_ID = '0b8e1c1e-7f5e-4d0c-9a53-2c7c7c1f2a10';

export interface FakeClusterUseCases extends ClusterUseCases {
  readonly calls: Array<{ readonly method: keyof ClusterUseCases; readonly scope: CallScope; readonly args: readonly unknown[] }>;
  /** Makes every following call throw `err`. */
  failWith(err: unknown): void;
}

/** Test double for route tests: records calls, answers with `answers` or empty pages. */
export function createFakeClusterUseCases(answers: Partial<ClusterUseCases> = {}): FakeClusterUseCases {
  const calls: FakeClusterUseCases['calls'] = [];
  let failure: unknown;
  const record = (method: keyof ClusterUseCases, scope: CallScope, ...args: unknown[]) => {
    calls.push({ method, scope, args });
    if (failure !== undefined) throw failure;
  };
  return {
    calls,
    failWith(err) { failure = err; },
    async registerCluster(scope, input) { record('registerCluster', scope, input); return answers.registerCluster ? answers.registerCluster(scope, input) : { clusterId: FAKE_CLUSTER_ID }; },
    async deleteCluster(scope, id) { record('deleteCluster', scope, id); },
    async listClusterDetails(scope, q, page) {
      record('listClusterDetails', scope, q, page);
      return answers.listClusterDetails ? answers.listClusterDetails(scope, q, page) : { total: 0, items: [], lastUpdateTime: 0 };
    },
    async listClusterRisks(scope, q, page) {
      record('listClusterRisks', scope, q, page);
      return answers.listClusterRisks ? answers.listClusterRisks(scope, q, page) : { total: 0, items: [] };
    },
    async listAffectedResources(scope, q, page) {
      record('listAffectedResources', scope, q, page);
      return answers.listAffectedResources ? answers.listAffectedResources(scope, q, page) : { total: 0, items: [] };
    },
    async listClusterVulnerabilities(scope, q, page) {
      record('listClusterVulnerabilities', scope, q, page);
      return answers.listClusterVulnerabilities ? answers.listClusterVulnerabilities(scope, q, page) : { total: 0, items: [] };
    },
  };
}
