import type { Migration } from 'kysely/migration';

/** Projects, enterprise projects, users, access keys, grants, lockouts (owned by iam). */
export const iamMigration: Migration = {
  async up() {
    // filled in by the iam storage implementation
  },
};
