import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Projects, enterprise projects, users, access keys, grants, lockouts (owned by iam).
 * Portable DDL only (text, integer, bigint), so one migration serves SQLite and PostgreSQL.
 * Times are epoch-ms bigints; PostgreSQL returns them as strings, the store converts.
 */
export const iamMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('iam_projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('iam_enterprise_projects')
      .addColumn('project_id', 'text', (c) => c.notNull().references('iam_projects.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('iam_enterprise_projects_pk', ['project_id', 'id'])
      .addUniqueConstraint('iam_enterprise_projects_name_uq', ['project_id', 'name'])
      .execute();

    await db.schema
      .createTable('iam_users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('domain', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('token_generation', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('iam_users_domain_name_uq', ['domain', 'name'])
      .execute();

    await db.schema
      .createTable('iam_access_keys')
      .addColumn('access_key', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('iam_users.id').onDelete('cascade'))
      .addColumn('sealed_secret', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('iam_access_keys_user_idx').on('iam_access_keys').column('user_id').execute();

    await db.schema
      .createTable('iam_grants')
      .addColumn('user_id', 'text', (c) => c.notNull().references('iam_users.id').onDelete('cascade'))
      .addColumn('project_id', 'text', (c) => c.notNull().references('iam_projects.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      // '*' or a JSON array of enterprise project ids
      .addColumn('enterprise_projects', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('iam_grants_pk', ['user_id', 'project_id'])
      .execute();
    await db.schema.createIndex('iam_grants_project_idx').on('iam_grants').column('project_id').execute();

    await db.schema
      .createTable('iam_lockouts')
      .addColumn('subject', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'bigint')
      .execute();
  },
};
