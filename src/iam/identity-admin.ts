import { randomUUID } from 'node:crypto';
import { BulwarkError, invalidParameter, notFound } from '../domain/errors.js';
import { ROLES, type Role } from '../domain/principal.js';
import {
  generateAccessKeyId,
  generateProjectId,
  generateSecretKey,
  generateUserId,
  PROJECT_ID_PATTERN,
} from './generate-identifiers.js';
import type {
  AccessKeyRecord,
  EnterpriseProjectRecord,
  GrantRecord,
  IdentityStore,
  ProjectRecord,
  UserRecord,
} from './identity-store.js';
import { MAX_PASSWORD_LENGTH, type PasswordHasher } from './password-hasher.js';
import type { SecretBox } from './secret-box.js';

export const DEFAULT_DOMAIN = 'default';
/** Reserved by HSS: the `enterprise_project_id` value meaning "every EP I hold". */
const ALL_GRANTED_EPS = 'all_granted_eps';
export const MIN_PASSWORD_LENGTH = 8;

export interface UserRef {
  readonly name: string;
  readonly domain?: string;
}

export type PublicUser = Omit<UserRecord, 'passwordHash'>;
export type PublicAccessKey = Omit<AccessKeyRecord, 'sealedSecret'>;

export interface IdentityAdminDeps {
  readonly store: IdentityStore;
  readonly secretBox: SecretBox;
  readonly passwordHasher: PasswordHasher;
}

/**
 * Identity management with its rules (validation, hashing, sealing, references by name);
 * what `bulwark iam` and the bootstrap call. Secrets leave only on creation.
 */
export function createIdentityAdmin(deps: IdentityAdminDeps) {
  const { store, secretBox, passwordHasher } = deps;

  const requireUser = async (ref: UserRef): Promise<UserRecord> => {
    const user = await store.findUser(ref.domain ?? DEFAULT_DOMAIN, ref.name);
    if (user === undefined) throw notFound(`user ${ref.domain ?? DEFAULT_DOMAIN}/${ref.name}`);
    return user;
  };
  /** A project reference is its id, or failing that its name. */
  const requireProject = async (ref: string): Promise<ProjectRecord> => {
    const project = (await store.getProject(ref)) ?? (await store.getProjectByName(ref));
    if (project === undefined) throw notFound(`project ${ref}`);
    return project;
  };

  return {
    deps,
    requireUser,
    requireProject,

    async createProject(input: { readonly name: string; readonly id?: string }, now: number): Promise<ProjectRecord> {
      const id = input.id ?? generateProjectId();
      if (!PROJECT_ID_PATTERN.test(id)) throw invalidParameter('project id', 'must be 1-256 characters of A-Za-z0-9-_.~');
      const project = { id, name: checkName(input.name, 'project name'), createdAt: now };
      await store.createProject(project);
      return project;
    },
    listProjects: () => store.listProjects(),

    async createEnterpriseProject(projectRef: string, input: { readonly name: string; readonly id?: string }, now: number): Promise<EnterpriseProjectRecord> {
      const project = await requireProject(projectRef);
      const id = input.id ?? randomUUID();
      if (!PROJECT_ID_PATTERN.test(id) || id === ALL_GRANTED_EPS) {
        throw invalidParameter('enterprise project id', `must be 1-256 characters of A-Za-z0-9-_.~ and not ${ALL_GRANTED_EPS}`);
      }
      const ep = { projectId: project.id, id, name: checkName(input.name, 'enterprise project name'), createdAt: now };
      await store.createEnterpriseProject(ep);
      return ep;
    },
    async listEnterpriseProjects(projectRef: string): Promise<EnterpriseProjectRecord[]> {
      return store.listEnterpriseProjects((await requireProject(projectRef)).id);
    },

    async createUser(input: UserRef & { readonly password: string }, now: number): Promise<PublicUser> {
      const user: UserRecord = {
        id: generateUserId(),
        name: checkName(input.name, 'user name'),
        domain: checkName(input.domain ?? DEFAULT_DOMAIN, 'domain name'),
        passwordHash: await passwordHasher.hash(checkPassword(input.password)),
        tokenGeneration: 0,
        createdAt: now,
      };
      await store.createUser(user);
      return publicUser(user);
    },
    async listUsers(): Promise<PublicUser[]> {
      return (await store.listUsers()).map(publicUser);
    },
    async setPassword(ref: UserRef, password: string): Promise<void> {
      const user = await requireUser(ref);
      await store.setPasswordHash(user.id, await passwordHasher.hash(checkPassword(password)));
    },
    async deleteUser(ref: UserRef): Promise<void> {
      await store.deleteUser((await requireUser(ref)).id);
    },

    /** Returns the SK in clear exactly once; afterwards it exists only sealed. */
    async createAccessKey(
      ref: UserRef,
      input: { readonly accessKey?: string; readonly secretKey?: string; readonly description?: string },
      now: number,
    ): Promise<{ readonly accessKey: string; readonly secretKey: string; readonly userId: string }> {
      const user = await requireUser(ref);
      const accessKey = input.accessKey ?? generateAccessKeyId();
      // Supplied keys may be shorter than generated ones (bootstrap, tests), never malformed.
      if (!/^[A-Za-z0-9]{1,128}$/.test(accessKey)) throw invalidParameter('access key', 'must be 1-128 letters or digits');
      const secretKey = input.secretKey ?? generateSecretKey();
      if (!/^[\x21-\x7e]{1,256}$/.test(secretKey)) throw invalidParameter('secret key', 'must be 1-256 printable ASCII characters without spaces');
      const description = input.description ?? '';
      if (description.length > 255) throw invalidParameter('description', 'must be at most 255 characters');
      await store.createAccessKey({
        accessKey,
        userId: user.id,
        // The AK is the context: a sealed SK copied onto another key's row will not open.
        sealedSecret: secretBox.seal(secretKey, accessKey),
        description,
        createdAt: now,
      });
      return { accessKey, secretKey, userId: user.id };
    },
    async listAccessKeys(ref?: UserRef): Promise<PublicAccessKey[]> {
      const userId = ref === undefined ? undefined : (await requireUser(ref)).id;
      return (await store.listAccessKeys(userId)).map(({ sealedSecret: _sealed, ...rest }) => rest);
    },
    async deleteAccessKey(accessKey: string): Promise<void> {
      if ((await store.getAccessKey(accessKey)) === undefined) throw notFound(`access key ${accessKey}`);
      await store.deleteAccessKey(accessKey);
    },

    async setGrant(ref: UserRef, projectRef: string, role: string, enterpriseProjects: '*' | readonly string[]): Promise<GrantRecord> {
      const user = await requireUser(ref);
      const project = await requireProject(projectRef);
      if (!(ROLES as readonly string[]).includes(role)) throw invalidParameter('role', `must be one of ${ROLES.join(', ')}`);
      let eps: '*' | string[] = '*';
      if (enterpriseProjects !== '*') {
        if (enterpriseProjects.length === 0) throw invalidParameter('enterprise projects', 'must be * or at least one id');
        const known = new Set((await store.listEnterpriseProjects(project.id)).map((ep) => ep.id));
        const unknown = enterpriseProjects.filter((ep) => !known.has(ep));
        if (unknown.length > 0) throw notFound(`enterprise project ${unknown.join(', ')} in project ${project.id}`);
        eps = [...new Set(enterpriseProjects)].sort();
      }
      const grant: GrantRecord = { userId: user.id, projectId: project.id, role: role as Role, enterpriseProjects: eps };
      await store.putGrant(grant);
      return grant;
    },
    async listGrants(filter: { readonly user?: UserRef; readonly project?: string } = {}): Promise<GrantRecord[]> {
      return store.listGrants({
        ...(filter.user === undefined ? {} : { userId: (await requireUser(filter.user)).id }),
        ...(filter.project === undefined ? {} : { projectId: (await requireProject(filter.project)).id }),
      });
    },
    async revokeGrant(ref: UserRef, projectRef: string): Promise<void> {
      const user = await requireUser(ref);
      const project = await requireProject(projectRef);
      if ((await store.getGrant(user.id, project.id)) === undefined) throw notFound(`grant of ${project.id} to ${user.domain}/${user.name}`);
      await store.revokeGrant(user.id, project.id);
    },
  };
}

export type IdentityAdmin = ReturnType<typeof createIdentityAdmin>;

function publicUser({ passwordHash: _hash, ...rest }: UserRecord): PublicUser {
  return rest;
}

function checkName(value: string, field: string): string {
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (value.length < 1 || value.length > 255 || value.trim() !== value || /[\u0000-\u001f\u007f]/.test(value)) {
    throw invalidParameter(field, 'must be 1-255 characters without control characters or surrounding spaces');
  }
  return value;
}

function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new BulwarkError('invalid_parameter', `Invalid parameter: password must be ${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters`, { field: 'password' });
  }
  return password;
}
