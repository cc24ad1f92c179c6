import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../domain/errors.js';
import { CONFIG_SETTINGS } from './config-settings.js';
import { flagOptionKey, loadConfig, masterKeyFilePath, sqliteFilePath } from './load-config.js';

describe('loadConfig', () => {
  it('uses defaults when nothing is given', () => {
    const c = loadConfig({ env: {} });
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(8080);
    expect(c.dataDir).toBe('./.bulwark');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.rateLimitPerMinute).toBe(0);
    expect(c.uploadMaxFileBytes).toBe(1024 * 1024);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('flag beats environment beats default', () => {
    const c = loadConfig({ env: { BULWARK_PORT: '9000', BULWARK_WORKERS: '4' }, flags: { port: '9100' } });
    expect(c.port).toBe(9100);
    expect(c.workers).toBe(4);
    const d = loadConfig({ env: {}, flags: { port: 7000, dataDir: '/tmp/x' } });
    expect(d.port).toBe(7000);
    expect(sqliteFilePath(d)).toBe('/tmp/x/bulwark.sqlite');
    expect(masterKeyFilePath(d)).toBe('/tmp/x/master.key');
  });

  it('fails fast with every problem named', () => {
    let caught: unknown;
    try {
      loadConfig({ env: { BULWARK_PORT: 'eighty', BULWARK_LOG_LEVEL: 'loud', BULWARK_DATABASE_URL: 'mysql://x' } });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BulwarkError);
    const msg = (caught as Error).message;
    expect(msg).toContain('BULWARK_PORT');
    expect(msg).toContain('BULWARK_LOG_LEVEL');
    expect(msg).toContain('BULWARK_DATABASE_URL');
  });

  it('rejects out-of-range numbers, bad keys and an unsafe heartbeat', () => {
    expect(() => loadConfig({ env: { BULWARK_PORT: '70000' } })).toThrow(/65535/);
    expect(() => loadConfig({ env: { BULWARK_MASTER_KEY: 'c2hvcnQ=' } })).toThrow(/32 bytes/);
    expect(() => loadConfig({ env: { BULWARK_LEASE_MS: '10000', BULWARK_HEARTBEAT_MS: '6000' } })).toThrow(/half the lease/);
    expect(loadConfig({ env: { BULWARK_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') } }).masterKey).toBeDefined();
    expect(loadConfig({ env: { BULWARK_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' } }).databaseUrl).toContain('postgres://');
  });

  it('declares every setting with env, flag and doc', () => {
    const envs = new Set<string>();
    for (const [name, def] of Object.entries(CONFIG_SETTINGS)) {
      expect(def.key).toBe(name);
      expect(flagOptionKey(def.flag)).toBe(name);
      expect(def.env).toMatch(/^BULWARK_[A-Z_]+$/);
      expect(def.doc.length).toBeGreaterThan(5);
      envs.add(def.env);
    }
    expect(envs.size).toBe(Object.keys(CONFIG_SETTINGS).length);
  });
});
