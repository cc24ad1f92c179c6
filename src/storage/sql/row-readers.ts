import { BulwarkError } from '../../domain/errors.js';
import { isOneOf } from '../../domain/scan-types.js';

/**
 * Typed reads of untyped database values: anything unexpected is a storage fault
 * (`internal`), never silently coerced.
 */
function corrupt(column: string, value: unknown): never {
  throw new BulwarkError('internal', `unexpected value in column ${column}: ${JSON.stringify(value)?.slice(0, 80)}`);
}

export function readText(row: Record<string, unknown>, column: string): string {
  const v = row[column];
  return typeof v === 'string' ? v : corrupt(column, v);
}

export function readOptionalText(row: Record<string, unknown>, column: string): string | undefined {
  const v = row[column];
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : corrupt(column, v);
}

export function readInt(row: Record<string, unknown>, column: string): number {
  const v = row[column];
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : corrupt(column, v);
}

export function readOptionalInt(row: Record<string, unknown>, column: string): number | undefined {
  const v = row[column];
  return v === null || v === undefined ? undefined : readInt(row, column);
}

export function readEnum<T extends string>(row: Record<string, unknown>, column: string, values: readonly T[]): T {
  const v = row[column];
  return isOneOf(values, v) ? v : corrupt(column, v);
}

export function readBytes(row: Record<string, unknown>, column: string): Uint8Array {
  const v = row[column];
  if (v instanceof Uint8Array) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return corrupt(column, typeof v);
}
