import { randomBytes } from 'node:crypto';

export interface BootstrapIdentity {
  readonly projectId: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly password: string;
}

/** Fresh bootstrap credentials in the formats of auth.md (32-hex project, 20-char AK, 40-char SK). */
export function newBootstrapIdentity(): BootstrapIdentity {
  const upper = (n: number) => randomBytes(n).toString('hex').toUpperCase().slice(0, n);
  return {
    projectId: randomBytes(16).toString('hex'),
    accessKey: upper(20),
    secretKey: randomBytes(20).toString('hex'),
    password: `pw-${randomBytes(8).toString('hex')}`,
  };
}

export function bootstrapEnv(id: BootstrapIdentity, dataDir: string): Record<string, string> {
  return {
    BULWARK_PROJECT_ID: id.projectId,
    BULWARK_ADMIN_ACCESS_KEY: id.accessKey,
    BULWARK_ADMIN_SECRET_KEY: id.secretKey,
    BULWARK_ADMIN_PASSWORD: id.password,
    BULWARK_DATA_DIR: dataDir,
    BULWARK_POLL_INTERVAL_MS: '50',
    BULWARK_LOG_LEVEL: 'warn',
  };
}
