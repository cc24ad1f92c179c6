import { sql, type Kysely } from 'kysely';
import type { IdentityStore } from '../../iam/identity-store.js';
import { rethrowConstraint } from './iam-sql-constraint.js';
import {
  serializeEnterpriseProjects,
  toAccessKey,
  toEnterpriseProject,
  toGrant,
  toLockout,
  toProject,
  toUser,
} from './iam-sql-rows.js';
import type { IamTables } from './iam-tables.js';
import type { SqlDatabase } from './sql-database.js';

/** The default enterprise project every project has (HSS `enterprise_project_id=0`). */
export const DEFAULT_ENTERPRISE_PROJECT_ID = '0';

/** IdentityStore over the shared SQL handle; the same statements run on SQLite and PostgreSQL. */
export function createSqlIdentityStore(database: SqlDatabase): IdentityStore {
  return storeOver(database.db as Kysely<IamTables>, false);
}

function storeOver(db: Kysely<IamTables>, inTransaction: boolean): IdentityStore {
  const lockoutSubjectOfKey = (accessKey: string) => `ak:${accessKey}`;

  // Multi-statement writes run in one transaction, joining the caller's when there is one.
  const atomically = <T>(work: (t: Kysely<IamTables>, tx: IdentityStore) => Promise<T>): Promise<T> =>
    inTransaction ? work(db, store) : db.transaction().execute((trx) => work(trx, storeOver(trx, true)));

  const store: IdentityStore = {
    async transaction(work) {
      return atomically((_t, tx) => work(tx));
    },

    async createProject(project) {
      await atomically(async (t, tx) => {
        try {
          await t.insertInto('iam_projects')
            .values({ id: project.id, name: project.name, created_at: project.createdAt })
            .execute();
        } catch (err) {
          rethrowConstraint(err, `project ${project.id} or name ${project.name}`);
        }
        await tx.createEnterpriseProject({
          projectId: project.id,
          id: DEFAULT_ENTERPRISE_PROJECT_ID,
          name: 'default',
          createdAt: project.createdAt,
        });
      });
    },
    async getProject(id) {
      const row = await db.selectFrom('iam_projects').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toProject(row);
    },
    async getProjectByName(name) {
      const row = await db.selectFrom('iam_projects').selectAll().where('name', '=', name).executeTakeFirst();
      return row && toProject(row);
    },
    async listProjects() {
      return (await db.selectFrom('iam_projects').selectAll().orderBy('name').execute()).map(toProject);
    },

    async createEnterpriseProject(ep) {
      try {
        await db.insertInto('iam_enterprise_projects')
          .values({ project_id: ep.projectId, id: ep.id, name: ep.name, created_at: ep.createdAt })
          .execute();
      } catch (err) {
        rethrowConstraint(err, `enterprise project ${ep.id} or name ${ep.name} in project ${ep.projectId}`);
      }
    },
    async listEnterpriseProjects(projectId) {
      const rows = await db.selectFrom('iam_enterprise_projects').selectAll()
        .where('project_id', '=', projectId).orderBy('id').execute();
      return rows.map(toEnterpriseProject);
    },

    async countUsers() {
      const row = await db.selectFrom('iam_users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async createUser(user) {
      try {
        await db.insertInto('iam_users').values({
          id: user.id,
          domain: user.domain,
          name: user.name,
          password_hash: user.passwordHash,
          token_generation: user.tokenGeneration,
          created_at: user.createdAt,
        }).execute();
      } catch (err) {
        rethrowConstraint(err, `user ${user.domain}/${user.name}`);
      }
    },
    async getUser(id) {
      const row = await db.selectFrom('iam_users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async findUser(domain, name) {
      const row = await db.selectFrom('iam_users').selectAll()
        .where('domain', '=', domain).where('name', '=', name).executeTakeFirst();
      return row && toUser(row);
    },
    async listUsers() {
      return (await db.selectFrom('iam_users').selectAll().orderBy('domain').orderBy('name').execute()).map(toUser);
    },
    async setPasswordHash(userId, passwordHash) {
      await db.updateTable('iam_users')
        .set((eb) => ({ password_hash: passwordHash, token_generation: eb('token_generation', '+', 1) }))
        .where('id', '=', userId)
        .execute();
    },
    async deleteUser(userId) {
      await atomically(async (t, tx) => {
        const keys = await tx.listAccessKeys(userId);
        const subjects = [`user:${userId}`, ...keys.map((k) => lockoutSubjectOfKey(k.accessKey))];
        await t.deleteFrom('iam_lockouts').where('subject', 'in', subjects).execute();
        // Children first: SQLite enforces foreign keys only when the connection enables them.
        await t.deleteFrom('iam_access_keys').where('user_id', '=', userId).execute();
        await t.deleteFrom('iam_grants').where('user_id', '=', userId).execute();
        await t.deleteFrom('iam_users').where('id', '=', userId).execute();
      });
    },

    async createAccessKey(key) {
      try {
        await db.insertInto('iam_access_keys').values({
          access_key: key.accessKey,
          user_id: key.userId,
          sealed_secret: key.sealedSecret,
          description: key.description,
          created_at: key.createdAt,
        }).execute();
      } catch (err) {
        rethrowConstraint(err, `access key ${key.accessKey}`);
      }
    },
    async getAccessKey(accessKey) {
      const row = await db.selectFrom('iam_access_keys').selectAll().where('access_key', '=', accessKey).executeTakeFirst();
      return row && toAccessKey(row);
    },
    async listAccessKeys(userId) {
      let query = db.selectFrom('iam_access_keys').selectAll();
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.orderBy('created_at').orderBy('access_key').execute()).map(toAccessKey);
    },
    async deleteAccessKey(accessKey) {
      await atomically(async (t) => {
        await t.deleteFrom('iam_lockouts').where('subject', '=', lockoutSubjectOfKey(accessKey)).execute();
        await t.deleteFrom('iam_access_keys').where('access_key', '=', accessKey).execute();
      });
    },

    async putGrant(grant) {
      await atomically(async (t) => {
        const values = {
          user_id: grant.userId,
          project_id: grant.projectId,
          role: grant.role,
          enterprise_projects: serializeEnterpriseProjects(grant.enterpriseProjects),
        };
        try {
          await t.insertInto('iam_grants').values(values)
            .onConflict((oc) => oc.columns(['user_id', 'project_id'])
              .doUpdateSet({ role: values.role, enterprise_projects: values.enterprise_projects }))
            .execute();
        } catch (err) {
          rethrowConstraint(err, `grant of project ${grant.projectId} to user ${grant.userId}`);
        }
        await bumpGeneration(t, grant.userId);
      });
    },
    async getGrant(userId, projectId) {
      const row = await db.selectFrom('iam_grants').selectAll()
        .where('user_id', '=', userId).where('project_id', '=', projectId).executeTakeFirst();
      return row && toGrant(row);
    },
    async listGrants(filter = {}) {
      let query = db.selectFrom('iam_grants').selectAll();
      if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
      if (filter.projectId !== undefined) query = query.where('project_id', '=', filter.projectId);
      return (await query.orderBy('project_id').orderBy('user_id').execute()).map(toGrant);
    },
    async revokeGrant(userId, projectId) {
      await atomically(async (t) => {
        await t.deleteFrom('iam_grants').where('user_id', '=', userId).where('project_id', '=', projectId).execute();
        await bumpGeneration(t, userId);
      });
    },

    async getLockout(subject) {
      const row = await db.selectFrom('iam_lockouts').selectAll().where('subject', '=', subject).executeTakeFirst();
      return row && toLockout(row);
    },
    async recordFailure(subject, now, policy) {
      // One upsert counts the failure, so concurrent nodes never lose an increment; an expired
      // lock restarts the count at 1. A second conditional update then sets the lock once.
      const expired = sql<boolean>`iam_lockouts.locked_until is not null and iam_lockouts.locked_until <= ${now}`;
      await db.insertInto('iam_lockouts')
        .values({ subject, failures: 1, locked_until: null })
        .onConflict((oc) => oc.column('subject').doUpdateSet({
          failures: sql<number>`case when ${expired} then 1 else iam_lockouts.failures + 1 end`,
          locked_until: sql<number | null>`case when ${expired} then null else iam_lockouts.locked_until end`,
        }))
        .execute();
      await db.updateTable('iam_lockouts')
        .set({ locked_until: now + policy.lockMs })
        .where('subject', '=', subject)
        .where('locked_until', 'is', null)
        .where('failures', '>=', policy.maxFailures)
        .execute();
      const row = await db.selectFrom('iam_lockouts').selectAll().where('subject', '=', subject).executeTakeFirstOrThrow();
      return toLockout(row);
    },
    async clearFailures(subject) {
      await db.deleteFrom('iam_lockouts').where('subject', '=', subject).execute();
    },
  };
  return store;
}

async function bumpGeneration(db: Kysely<IamTables>, userId: string): Promise<void> {
  await db.updateTable('iam_users')
    .set((eb) => ({ token_generation: eb('token_generation', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}
