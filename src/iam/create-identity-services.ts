import { checkMasterKey } from './check-master-key.js';
import { createSqlIdentityStore } from '../storage/sql/iam-sql-identity-store.js';
import type { SqlDatabase } from '../storage/sql/sql-database.js';
import type { Authenticator } from './authenticator.js';
import { createAuthenticator, DEFAULT_TOKEN_TTL_MS } from './create-authenticator.js';
import { createIdentityAdmin, type IdentityAdmin } from './identity-admin.js';
import type { IdentityStore } from './identity-store.js';
import { loadMasterKey, type MasterKeySource } from './master-key.js';
import { createPasswordHasher, type PasswordHasher } from './password-hasher.js';
import { createSecretBox, type SecretBox } from './secret-box.js';

export interface IdentityServices {
  readonly store: IdentityStore;
  readonly masterKey: MasterKeySource;
  /** Shared with other modules (cluster kubeconfigs are sealed with it too). */
  readonly secretBox: SecretBox;
  readonly passwordHasher: PasswordHasher;
  readonly admin: IdentityAdmin;
  readonly authenticator: Authenticator;
}

/**
 * Wires identities over an open, migrated database for `serve` and `bulwark iam`: loads (or
 * on first start creates) the master key, checks it opens the stored secrets, then builds the
 * store, SecretBox and authenticator.
 */
export async function createIdentityServices(options: {
  readonly database: SqlDatabase;
  /** config.masterKey (base64) when set. */
  readonly masterKeyBase64?: string | undefined;
  /** masterKeyFilePath(config). */
  readonly masterKeyFile: string;
  /** config.tokenTtlSeconds * 1000. */
  readonly tokenTtlMs?: number;
  readonly passwordHasher?: PasswordHasher;
}): Promise<IdentityServices> {
  const masterKey = await loadMasterKey({ base64: options.masterKeyBase64, filePath: options.masterKeyFile });
  const store = createSqlIdentityStore(options.database);
  const secretBox = createSecretBox(masterKey.key);
  await checkMasterKey(store, secretBox, masterKey.path ?? 'BULWARK_MASTER_KEY');
  const passwordHasher = options.passwordHasher ?? createPasswordHasher();
  return {
    store,
    masterKey,
    secretBox,
    passwordHasher,
    admin: createIdentityAdmin({ store, secretBox, passwordHasher }),
    authenticator: createAuthenticator({
      store,
      masterKey: masterKey.key,
      secretBox,
      passwordHasher,
      tokenTtlMs: options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS,
    }),
  };
}
