import type { Migration } from 'kysely/migration';

/** Tasks, work units, uploaded files, IaC results, clusters (owned by storage). */
export const coreMigration: Migration = {
  async up() {
    // filled in by the storage implementation
  },
};
