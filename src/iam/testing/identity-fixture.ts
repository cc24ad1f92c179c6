import { randomBytes } from 'node:crypto';
import { createSqlIdentityStore } from '../../storage/sql/iam-sql-identity-store.js';
import { sqliteTestDatabase, type IamTestDatabase } from '../../storage/sql/iam-test-databases.js';
import type { SqlDatabase } from '../../storage/sql/sql-database.js';
import type { Authenticator } from '../authenticator.js';
import { createAuthenticator, type AuthenticatorOptions } from '../create-authenticator.js';
import { createIdentityAdmin, type IdentityAdmin } from '../identity-admin.js';
import type { IdentityStore } from '../identity-store.js';
import { createPasswordHasher, type PasswordHasher } from '../password-hasher.js';
import { createSecretBox, type SecretBox } from '../secret-box.js';

/** Cheap argon2id parameters: tests exercise the logic, not the cost. */
export const TEST_PASSWORD_HASHER: PasswordHasher = createPasswordHasher({ memorySize: 256, iterations: 1, parallelism: 1 });

export interface IdentityFixture {
  readonly database: SqlDatabase;
  readonly store: IdentityStore;
  readonly masterKey: Uint8Array;
  readonly secretBox: SecretBox;
  readonly admin: IdentityAdmin;
  readonly authenticator: Authenticator;
  readonly projectId: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly password: string;
  close(): Promise<void>;
}

export const FIXTURE_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/**
 * Test-only: an identity database (in-memory SQLite unless `target` says otherwise) with
 * project `pid123` (EPs "0" and "ep-a"), user default/alice granted `role` on `eps`, and one
 * access key for her.
 */
export async function createIdentityFixture(options: {
  readonly target?: IamTestDatabase;
  readonly role?: 'viewer' | 'operator' | 'admin';
  readonly eps?: '*' | readonly string[];
  readonly authenticator?: Partial<Omit<AuthenticatorOptions, 'store' | 'masterKey'>>;
} = {}): Promise<IdentityFixture> {
  const database = await (options.target ?? sqliteTestDatabase).open();
  const store = createSqlIdentityStore(database);
  const masterKey = new Uint8Array(randomBytes(32));
  const secretBox = createSecretBox(masterKey);
  const admin = createIdentityAdmin({ store, secretBox, passwordHasher: TEST_PASSWORD_HASHER });
  const projectId = 'pid123';
  await admin.createProject({ id: projectId, name: 'main' }, FIXTURE_NOW);
  await admin.createEnterpriseProject(projectId, { id: 'ep-a', name: 'team a' }, FIXTURE_NOW);
  const password = 'correct horse battery';
  await admin.createUser({ name: 'alice', password }, FIXTURE_NOW);
  const key = await admin.createAccessKey({ name: 'alice' }, {}, FIXTURE_NOW);
  await admin.setGrant({ name: 'alice' }, projectId, options.role ?? 'operator', options.eps ?? '*');
  const authenticator = createAuthenticator({
    store, masterKey, secretBox, passwordHasher: TEST_PASSWORD_HASHER, ...options.authenticator,
  });
  return {
    database, store, masterKey, secretBox, admin, authenticator, projectId,
    accessKey: key.accessKey, secretKey: key.secretKey, password,
    close: () => database.close(),
  };
}
