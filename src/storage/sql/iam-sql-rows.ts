import { BulwarkError } from '../../domain/errors.js';
import { ROLES, type Role } from '../../domain/principal.js';
import type {
  AccessKeyRecord,
  EnterpriseProjectRecord,
  GrantRecord,
  LockoutRecord,
  ProjectRecord,
  UserRecord,
} from '../../iam/identity-store.js';

/**
 * Rows read back from the iam tables are checked, not trusted: PostgreSQL returns bigint as
 * text, and a hand-edited row must fail loudly rather than grant something by accident.
 */
type Row = Readonly<Record<string, unknown>>;

export function toProject(row: Row): ProjectRecord {
  return { id: text(row, 'id'), name: text(row, 'name'), createdAt: int(row, 'created_at') };
}

export function toEnterpriseProject(row: Row): EnterpriseProjectRecord {
  return { projectId: text(row, 'project_id'), id: text(row, 'id'), name: text(row, 'name'), createdAt: int(row, 'created_at') };
}

export function toUser(row: Row): UserRecord {
  return {
    id: text(row, 'id'),
    name: text(row, 'name'),
    domain: text(row, 'domain'),
    passwordHash: text(row, 'password_hash'),
    tokenGeneration: int(row, 'token_generation'),
    createdAt: int(row, 'created_at'),
  };
}

export function toAccessKey(row: Row): AccessKeyRecord {
  return {
    accessKey: text(row, 'access_key'),
    userId: text(row, 'user_id'),
    sealedSecret: text(row, 'sealed_secret'),
    description: text(row, 'description'),
    createdAt: int(row, 'created_at'),
  };
}

export function toGrant(row: Row): GrantRecord {
  const role = text(row, 'role');
  if (!(ROLES as readonly string[]).includes(role)) throw corrupt('role', role);
  return {
    userId: text(row, 'user_id'),
    projectId: text(row, 'project_id'),
    role: role as Role,
    enterpriseProjects: parseEnterpriseProjects(text(row, 'enterprise_projects')),
  };
}

export function toLockout(row: Row): LockoutRecord {
  const lockedUntil = row['locked_until'];
  return {
    subject: text(row, 'subject'),
    failures: int(row, 'failures'),
    lockedUntil: lockedUntil === null || lockedUntil === undefined ? null : int(row, 'locked_until'),
  };
}

export function serializeEnterpriseProjects(eps: '*' | readonly string[]): string {
  return eps === '*' ? '*' : JSON.stringify([...eps]);
}

function parseEnterpriseProjects(value: string): '*' | string[] {
  if (value === '*') return '*';
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (cause) {
    throw new BulwarkError('internal', 'iam_grants.enterprise_projects is not JSON', { cause });
  }
  if (!Array.isArray(parsed) || !parsed.every((ep): ep is string => typeof ep === 'string')) {
    throw corrupt('enterprise_projects', value);
  }
  return parsed;
}

function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw corrupt(column, value);
  return value;
}

function int(row: Row, column: string): number {
  const value = row[column];
  const n = typeof value === 'number' ? value : typeof value === 'bigint' || typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw corrupt(column, value);
  return n;
}

function corrupt(column: string, value: unknown): BulwarkError {
  return new BulwarkError('internal', `iam table holds an invalid ${column}: ${JSON.stringify(String(value)).slice(0, 80)}`);
}
