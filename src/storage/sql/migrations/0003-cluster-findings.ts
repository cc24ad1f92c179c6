import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Cluster health for ListKubernetesClusterDetails reads the newest finished unit of each
 * cluster; without this index that is a scan of every work unit (IaC ones included).
 */
export const clusterFindingsMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
  async up(db: Kysely<any>) {
    await db.schema.createIndex('work_units_by_cluster').on('work_units').columns(['cluster_id', 'finished_at']).execute();
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('work_units_by_cluster').execute();
  },
};
