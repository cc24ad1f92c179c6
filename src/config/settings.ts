import { BulwarkError } from '../domain/errors.js';

/** One declared setting: where it comes from, its default, how it is checked, what it means. */
export interface SettingDefinition<T> {
  readonly key: string;
  readonly env: string;
  /** Long CLI flag, e.g. `--data-dir`; commander exposes it camel-cased (`dataDir`). */
  readonly flag: string;
  readonly defaultValue: T;
  readonly doc: string;
  /** Turns the raw text into a value or throws BulwarkError naming the problem. */
  parse(raw: string): T;
}

function fail(reason: string): never {
  throw new BulwarkError('invalid_parameter', reason);
}

export function intSetting(min: number, max: number): (raw: string) => number {
  return (raw) => {
    if (!/^-?\d+$/.test(raw.trim())) fail(`expected an integer, got "${raw}"`);
    const n = Number(raw.trim());
    if (!Number.isSafeInteger(n) || n < min || n > max) fail(`expected an integer in ${min}..${max}, got ${raw}`);
    return n;
  };
}

export function enumSetting<T extends string>(values: readonly T[]): (raw: string) => T {
  return (raw) => {
    const v = raw.trim();
    if (!(values as readonly string[]).includes(v)) fail(`expected one of ${values.join('|')}, got "${raw}"`);
    return v as T;
  };
}

export function nonEmptyText(raw: string): string {
  const v = raw.trim();
  if (v === '') fail('must not be empty');
  return v;
}

export function optionalDatabaseUrl(raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    fail('is not a URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') fail(`unsupported scheme "${url.protocol}" (only postgres:// is supported; omit it for SQLite)`);
  return v;
}

export function optionalMasterKey(raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || Buffer.from(v, 'base64').length !== 32) fail('must be base64 of exactly 32 bytes');
  return v;
}

export function booleanSetting(raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return fail(`expected true or false, got "${raw}"`);
}
