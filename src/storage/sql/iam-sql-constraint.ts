import { BulwarkError } from '../../domain/errors.js';

/**
 * Turns a constraint violation from either driver into a typed error; anything else is
 * rethrown untouched. better-sqlite3 reports `SQLITE_CONSTRAINT_*` codes, pg SQLSTATEs.
 */
export function rethrowConstraint(err: unknown, what: string): never {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505') {
    throw new BulwarkError('conflict', `${what} already exists`, { cause: err });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') {
    throw new BulwarkError('not_found', `${what}: a referenced identity does not exist`, { cause: err });
  }
  throw err;
}
