import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BulwarkError } from '../../domain/errors.js';

const MAX_FEED_BYTES = 256 * 1024 * 1024;

export interface OsvFeed {
  /** Each OSV advisory as parsed JSON, still unchecked. */
  readonly records: readonly unknown[];
  /** Where each record came from, same order (file name or URL). */
  readonly origins: readonly string[];
}

/**
 * Reads OSV advisories from a URL (JSON array or single record, fetched), a JSON file
 * (array or single record), or a directory of `*.json` files (one record each).
 */
export async function readOsvFeed(from: string, fetchImpl: typeof fetch = fetch, timeoutMs = 60_000): Promise<OsvFeed> {
  if (/^https?:\/\//i.test(from)) return fromUrl(from, fetchImpl, timeoutMs);
  let info;
  try {
    info = await stat(from);
  } catch (err) {
    throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${from} cannot be read: ${(err as Error).message}`, { field: 'from', cause: err });
  }
  if (info.isDirectory()) {
    const names = (await readdir(from)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
    if (names.length === 0) throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${from} holds no .json files`, { field: 'from' });
    const records: unknown[] = [];
    const origins: string[] = [];
    for (const name of names) {
      const path = join(from, name);
      for (const r of asRecords(parseJson(await readFile(path, 'utf8'), path))) { records.push(r); origins.push(path); }
    }
    return { records, origins };
  }
  if (info.size > MAX_FEED_BYTES) throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${from} is larger than 256 MiB`, { field: 'from' });
  const records = asRecords(parseJson(await readFile(from, 'utf8'), from));
  return { records, origins: records.map(() => from) };
}

async function fromUrl(url: string, fetchImpl: typeof fetch, timeoutMs: number): Promise<OsvFeed> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${url} cannot be fetched: ${(err as Error).message}`, { field: 'from', cause: err });
  }
  if (!res.ok) throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${url} answered HTTP ${res.status}`, { field: 'from' });
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_FEED_BYTES) throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${url} is larger than 256 MiB`, { field: 'from' });
  const text = await res.text();
  if (text.length > MAX_FEED_BYTES) throw new BulwarkError('invalid_parameter', `Invalid parameter: --from ${url} is larger than 256 MiB`, { field: 'from' });
  const records = asRecords(parseJson(text, url));
  return { records, origins: records.map(() => url) };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BulwarkError('invalid_parameter', `Invalid OSV feed: ${where} is not JSON (${(err as Error).message})`, { field: 'from', cause: err });
  }
}

function asRecords(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
