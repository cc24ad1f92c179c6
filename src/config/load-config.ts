import { isAbsolute, join } from 'node:path';
import { BulwarkError } from '../domain/errors.js';
import type { BulwarkConfig } from './config-settings.js';
import { CONFIG_SETTINGS } from './config-settings.js';
import type { SettingDefinition } from './settings.js';

export interface ConfigSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Parsed CLI options keyed camel-case as commander gives them (`dataDir`); undefined = not given. */
  readonly flags?: Readonly<Record<string, unknown>>;
}

/** `--data-dir` → `dataDir`, the key commander uses for the option value. */
export function flagOptionKey(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * Builds the configuration: flag beats environment beats default. Pure (no I/O): the
 * caller passes `process.env` and the parsed flags. Every problem is collected so one
 * start-up attempt reports all of them.
 */
export function loadConfig(sources: ConfigSources): BulwarkConfig {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, def] of Object.entries(CONFIG_SETTINGS) as [string, SettingDefinition<unknown>][]) {
    const flagValue = sources.flags?.[flagOptionKey(def.flag)];
    const envValue = sources.env[def.env];
    let raw: string | undefined;
    let origin: string;
    if (flagValue !== undefined && flagValue !== null) {
      raw = typeof flagValue === 'string' ? flagValue : String(flagValue);
      origin = def.flag;
    } else if (envValue !== undefined) {
      raw = envValue;
      origin = def.env;
    } else {
      origin = 'default';
    }
    if (raw === undefined) {
      out[name] = def.defaultValue;
      continue;
    }
    try {
      out[name] = def.parse(raw);
    } catch (err) {
      problems.push(`${origin} ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (problems.length === 0) problems.push(...crossChecks(out));
  if (problems.length > 0) throw new BulwarkError('invalid_parameter', `Invalid configuration: ${problems.join('; ')}`);
  return Object.freeze(out) as BulwarkConfig;
}

function crossChecks(c: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const lease = c['leaseMs'] as number;
  const heartbeat = c['heartbeatMs'] as number;
  // A heartbeat at or past the lease lets the sweeper hand a live unit to a second worker.
  if (heartbeat * 2 > lease) problems.push(`heartbeat (${heartbeat} ms) must be at most half the lease (${lease} ms)`);
  return problems;
}

/** Where the SQLite file lives for a configuration without a database URL. */
export function sqliteFilePath(config: Pick<BulwarkConfig, 'dataDir'>): string {
  return join(config.dataDir, 'bulwark.sqlite');
}

export function masterKeyFilePath(config: Pick<BulwarkConfig, 'dataDir' | 'masterKeyFile'>): string {
  return isAbsolute(config.masterKeyFile) ? config.masterKeyFile : join(config.dataDir, config.masterKeyFile);
}
