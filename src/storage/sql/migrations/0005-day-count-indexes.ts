import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Deep pages and time-range totals with a status or trigger filter sum task_day_counts
 * per day. Its primary key leads with the day, so such a filter read every filter
 * combination of every day (~24 rows a day for one IaC scope); these covering indexes
 * read only the rows of the wanted status or trigger.
 */
export const dayCountIndexesMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
  async up(db: Kysely<any>) {
    await db.schema.createIndex('task_day_counts_by_status').on('task_day_counts')
      .columns(['project_id', 'type', 'status', 'ep_id', 'day', 'trigger_type', 'file_type', 'scan_mask', 'n']).execute();
    await db.schema.createIndex('task_day_counts_by_trigger').on('task_day_counts')
      .columns(['project_id', 'type', 'trigger_type', 'ep_id', 'day', 'status', 'file_type', 'scan_mask', 'n']).execute();
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('task_day_counts_by_trigger').execute();
    await db.schema.dropIndex('task_day_counts_by_status').execute();
  },
};
