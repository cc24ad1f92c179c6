import { BulwarkError } from '../domain/errors.js';
import { generatePassword } from './generate-identifiers.js';
import { createIdentityAdmin, DEFAULT_DOMAIN, type IdentityAdminDeps } from './identity-admin.js';

/** What bootstrap created. Secrets taken from the environment are not echoed back. */
export interface BootstrapResult {
  readonly projectId: string;
  readonly projectName: string;
  readonly userName: string;
  readonly domainName: string;
  readonly accessKey: string;
  /** Present only when generated here: `serve` prints them once on stderr. */
  readonly generatedPassword?: string;
  readonly generatedSecretKey?: string;
  readonly generatedAccessKey: boolean;
  readonly generatedProjectId: boolean;
}

export type BootstrapEnv = Readonly<Record<string, string | undefined>>;

export const BOOTSTRAP_PROJECT_NAME = 'default';

/**
 * On a database without users: a project (with EP "0"), an admin user, one access key, and an
 * admin grant on every EP of that project (auth.md §1, cli.md `serve`). Otherwise nothing
 * (`undefined`). Runs in one transaction; when another node bootstrapped concurrently, its
 * identities win and this call returns `undefined`.
 */
export async function bootstrapIdentity(deps: IdentityAdminDeps, env: BootstrapEnv, now: number): Promise<BootstrapResult | undefined> {
  if ((await deps.store.countUsers()) > 0) return undefined;
  const value = (name: string) => {
    const v = env[name];
    return v === undefined || v === '' ? undefined : v;
  };
  const accessKey = value('BULWARK_ADMIN_ACCESS_KEY');
  const secretKey = value('BULWARK_ADMIN_SECRET_KEY');
  if ((accessKey === undefined) !== (secretKey === undefined)) {
    throw new BulwarkError('invalid_parameter', 'BULWARK_ADMIN_ACCESS_KEY and BULWARK_ADMIN_SECRET_KEY must be set together');
  }
  const projectId = value('BULWARK_PROJECT_ID');
  const password = value('BULWARK_ADMIN_PASSWORD');
  const userName = value('BULWARK_ADMIN_USER') ?? 'admin';
  const domainName = value('BULWARK_ADMIN_DOMAIN') ?? DEFAULT_DOMAIN;
  const chosenPassword = password ?? generatePassword();

  try {
    return await deps.store.transaction(async (tx) => {
      if ((await tx.countUsers()) > 0) return undefined;
      const admin = createIdentityAdmin({ ...deps, store: tx });
      const project = await admin.createProject({ name: BOOTSTRAP_PROJECT_NAME, ...(projectId === undefined ? {} : { id: projectId }) }, now);
      const user = { name: userName, domain: domainName };
      await admin.createUser({ ...user, password: chosenPassword }, now);
      const key = await admin.createAccessKey(user, {
        ...(accessKey === undefined ? {} : { accessKey }),
        ...(secretKey === undefined ? {} : { secretKey }),
        description: 'bootstrap',
      }, now);
      await admin.setGrant(user, project.id, 'admin', '*');
      return {
        projectId: project.id,
        projectName: project.name,
        userName,
        domainName,
        accessKey: key.accessKey,
        ...(password === undefined ? { generatedPassword: chosenPassword } : {}),
        ...(secretKey === undefined ? { generatedSecretKey: key.secretKey } : {}),
        generatedAccessKey: accessKey === undefined,
        generatedProjectId: projectId === undefined,
      };
    });
  } catch (err) {
    if (err instanceof BulwarkError && err.code === 'conflict' && (await deps.store.countUsers()) > 0) return undefined;
    throw err;
  }
}
