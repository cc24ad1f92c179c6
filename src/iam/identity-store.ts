import type { Role } from '../domain/principal.js';

/**
 * Persistence port for identities (auth.md §1). Implemented once over SQL
 * (storage/sql/iam-sql-identity-store.ts) and run on SQLite and PostgreSQL. Secrets arrive
 * already hashed or sealed: the store never sees a password or an SK in clear.
 */

export interface ProjectRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

export interface EnterpriseProjectRecord {
  readonly projectId: string;
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

export interface UserRecord {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  /** argon2id PHC string. */
  readonly passwordHash: string;
  /** Bumped whenever the password or a grant changes; tokens carry it and die when it moves. */
  readonly tokenGeneration: number;
  readonly createdAt: number;
}

export interface AccessKeyRecord {
  readonly accessKey: string;
  readonly userId: string;
  /** SecretBox output, sealed with the AK as context. */
  readonly sealedSecret: string;
  readonly description: string;
  readonly createdAt: number;
}

export interface GrantRecord {
  readonly userId: string;
  readonly projectId: string;
  readonly role: Role;
  readonly enterpriseProjects: '*' | readonly string[];
}

export interface LockoutRecord {
  readonly subject: string;
  /** Consecutive failures since the last success or the end of the last lock. */
  readonly failures: number;
  /** Epoch ms; locked while `now < lockedUntil`. */
  readonly lockedUntil: number | null;
}

export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMs: number;
}

/** Store calls reject duplicates with BulwarkError `conflict` and unknown references with `not_found`. */
export interface IdentityStore {
  /** Runs `work` atomically; the store passed to it is bound to the transaction. */
  transaction<T>(work: (store: IdentityStore) => Promise<T>): Promise<T>;

  /** Also creates the default enterprise project `"0"`. */
  createProject(project: ProjectRecord): Promise<void>;
  getProject(id: string): Promise<ProjectRecord | undefined>;
  getProjectByName(name: string): Promise<ProjectRecord | undefined>;
  listProjects(): Promise<ProjectRecord[]>;

  createEnterpriseProject(ep: EnterpriseProjectRecord): Promise<void>;
  listEnterpriseProjects(projectId: string): Promise<EnterpriseProjectRecord[]>;

  countUsers(): Promise<number>;
  createUser(user: UserRecord): Promise<void>;
  getUser(id: string): Promise<UserRecord | undefined>;
  findUser(domain: string, name: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  /** Replaces the hash and bumps the token generation in one statement. */
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /** Removes the user with its access keys, grants and lockout state. */
  deleteUser(userId: string): Promise<void>;

  createAccessKey(key: AccessKeyRecord): Promise<void>;
  getAccessKey(accessKey: string): Promise<AccessKeyRecord | undefined>;
  listAccessKeys(userId?: string): Promise<AccessKeyRecord[]>;
  deleteAccessKey(accessKey: string): Promise<void>;

  /** Creates or replaces the grant and bumps the user's token generation. */
  putGrant(grant: GrantRecord): Promise<void>;
  getGrant(userId: string, projectId: string): Promise<GrantRecord | undefined>;
  listGrants(filter?: { readonly userId?: string; readonly projectId?: string }): Promise<GrantRecord[]>;
  /** Removes the grant and bumps the user's token generation. */
  revokeGrant(userId: string, projectId: string): Promise<void>;

  getLockout(subject: string): Promise<LockoutRecord | undefined>;
  /**
   * Counts one failure atomically (safe with concurrent nodes). A lock that has run out
   * starts a fresh count; reaching `maxFailures` locks the subject for `lockMs`.
   */
  recordFailure(subject: string, now: number, policy: LockoutPolicy): Promise<LockoutRecord>;
  clearFailures(subject: string): Promise<void>;
}
