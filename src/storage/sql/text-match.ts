import type { Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { SqlDialectName } from './sql-database.js';

/** Case folding used for every `*_fold` column and every substring filter (one definition). */
export function foldText(text: string): string {
  return text.toLowerCase();
}

/**
 * `column` (already folded) contains `needle` literally: no wildcard characters, so `%`,
 * `_` and `\` in user input mean themselves.
 */
export function containsFolded(column: string, needle: string, dialect: SqlDialectName): Expression<SqlBool> {
  const folded = foldText(needle);
  return dialect === 'postgres'
    ? sql<SqlBool>`strpos(${sql.ref(column)}, ${folded}) > 0`
    : sql<SqlBool>`instr(${sql.ref(column)}, ${folded}) > 0`;
}

/** PostgreSQL LIKE pattern for a literal substring (the form pg_trgm indexes can answer). */
export function likeSubstringPattern(needle: string): string {
  return `%${foldText(needle).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** FTS5 query for a literal phrase: double quotes are escaped by doubling. */
export function fts5Phrase(needle: string): string {
  return `"${foldText(needle).replace(/"/g, '""')}"`;
}
