import type { Migration } from 'kysely/migration';
import { coreMigration } from './0001-core.js';
import { iamMigration } from './0002-iam.js';
import { clusterFindingsMigration } from './0003-cluster-findings.js';
import { nameGramsMigration } from './0004-name-grams.js';
import { dayCountIndexesMigration } from './0005-day-count-indexes.js';
import { taskFacetsMigration } from './0006-task-facets.js';
import { nameGramTriggersMigration } from './0007-name-gram-triggers.js';

/**
 * Numbered migrations, applied in key order on SQLite and PostgreSQL alike. Never edit
 * a released migration; add the next number. Migrations that differ by dialect read
 * it from the database adapter (see sql/dialect-of.ts).
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-core': coreMigration,
  '0002-iam': iamMigration,
  '0003-cluster-findings': clusterFindingsMigration,
  '0004-name-grams': nameGramsMigration,
  '0005-day-count-indexes': dayCountIndexesMigration,
  '0006-task-facets': taskFacetsMigration,
  '0007-name-gram-triggers': nameGramTriggersMigration,
};
