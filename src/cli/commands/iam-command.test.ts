import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, masterKeyFilePath } from '../../config/load-config.js';
import { createIdentityServices } from '../../iam/create-identity-services.js';
import { formatSdkDate, signSdkRequest } from '../../iam/sdk-hmac-signature.js';
import { openSqlDatabase } from '../../storage/sql/open-sql-database.js';
import { main } from '../main.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bulwark-iam-cli-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function iam(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  try {
    const code = await main(['iam', '--data-dir', dataDir, ...args]);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const json = (s: string): unknown => JSON.parse(s);

describe('bulwark iam', () => {
  it('manages identities end to end; the created key signs requests the authenticator accepts', async () => {
    expect(await iam('project', 'create', '--name', 'main', '--id', 'pid123')).toMatchObject({ code: 0 });
    expect(await iam('ep', 'create', '--project', 'main', '--name', 'team a', '--id', 'ep-a')).toMatchObject({ code: 0 });
    expect(json((await iam('ep', 'list', '--project', 'pid123', '--format', 'json')).out)).toEqual([{ id: '0', name: 'default' }, { id: 'ep-a', name: 'team a' }]);
    const user = json((await iam('user', 'create', '--name', 'alice', '--format', 'json')).out) as Record<string, string>;
    expect(user['password']).toMatch(/^[A-Za-z0-9]{24}$/);
    const key = json((await iam('access-key', 'create', '--user', 'alice', '--format', 'json')).out) as Record<string, string>;
    expect(key['access_key']).toMatch(/^[A-Z0-9]{20}$/);
    expect(key['secret_key']).toHaveLength(40);
    expect(await iam('grant', 'set', '--user', 'alice', '--project', 'main', '--role', 'operator', '--eps', 'ep-a,0')).toMatchObject({ code: 0 });
    expect(json((await iam('grant', 'list', '--format', 'json')).out)).toEqual([
      { user: 'default/alice', project_id: 'pid123', role: 'operator', enterprise_projects: '0,ep-a' },
    ]);
    const listed = await iam('access-key', 'list');
    expect(listed.out).toContain(key['access_key']);
    expect(listed.out).not.toContain(key['secret_key']);
    expect((await stat(join(dataDir, 'master.key'))).mode & 0o777).toBe(0o600);

    // What the CLI wrote is what the server will read: sign with the printed SK and verify.
    const config = loadConfig({ env: {}, flags: { dataDir } });
    const database = await openSqlDatabase(config);
    try {
      const services = await createIdentityServices({ database, masterKeyFile: masterKeyFilePath(config) });
      const now = Date.now();
      const request = {
        method: 'GET', rawPath: '/v5/pid123/common/task-statistics', rawQuery: '',
        headers: { host: 'h', 'x-sdk-date': formatSdkDate(now) }, body: new Uint8Array(),
      };
      const authorization = signSdkRequest(request, String(key['access_key']), String(key['secret_key']), ['host', 'x-sdk-date']);
      await expect(services.authenticator.authenticate({ ...request, headers: { ...request.headers, authorization } }, 'pid123', now))
        .resolves.toMatchObject({ userName: 'alice', role: 'operator', enterpriseProjects: ['0', 'ep-a'] });
    } finally {
      await database.close();
    }

    expect(await iam('grant', 'revoke', '--user', 'alice', '--project', 'pid123')).toMatchObject({ code: 0 });
    expect(await iam('access-key', 'delete', String(key['access_key']))).toMatchObject({ code: 0 });
    expect(await iam('user', 'delete', '--user', 'alice')).toMatchObject({ code: 0 });
    expect(json((await iam('user', 'list', '--format', 'json')).out)).toEqual([]);
  });

  it('refuses duplicates, unknown references and bad values with exit code 1 and one line on stderr', async () => {
    await iam('project', 'create', '--name', 'dup');
    for (const args of [
      ['project', 'create', '--name', 'dup'],
      ['user', 'delete', '--user', 'nobody'],
      ['grant', 'set', '--user', 'nobody', '--project', 'dup', '--role', 'viewer'],
      ['project', 'create', '--name', 'x', '--id', 'bad/id'],
      ['user', 'create', '--name', 'shorty', '--password', 'short'],
      ['access-key', 'delete', 'AKNOTHERE'],
    ]) {
      const result = await iam(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect((await iam('grant', 'set', '--user', 'a', '--project', 'dup', '--role', 'root')).code).toBe(2);
  });
});
