import type { Kysely, RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { TaskListFilter } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readInt } from './row-readers.js';
import { scanMaskOf, supersetMasks } from './scan-mask.js';

/**
 * SQLite: how many of `matchIds` (rowids from the trigram index, already limited to the
 * read scope's rowid ranges) pass the filter's other conditions, read from task_facets
 * instead of the much wider task rows. A task id filter is not carried there; callers
 * count those on the tasks table.
 */
export async function countFacetMatches(db: Kysely<CoreTables>, matchIds: RawBuilder<unknown>, f: TaskListFilter): Promise<number> {
  const row = await db
    .selectFrom('task_facets')
    .select(sql<number>`count(*)`.as('n'))
    .where(sql<boolean>`task_facets.rowid IN (${matchIds})`)
    .$if(f.createdFrom !== undefined, (q) => q.where('created_at', '>=', f.createdFrom!))
    .$if(f.createdTo !== undefined, (q) => q.where('created_at', '<=', f.createdTo!))
    .$if(f.triggerType !== undefined, (q) => q.where('trigger_type', '=', f.triggerType!))
    .$if(f.status !== undefined, (q) => q.where('status', '=', f.status!))
    .$if(f.fileType !== undefined && f.type === 'iac_scan', (q) => q.where('file_type', '=', f.fileType!))
    .$if(f.scanTypes !== undefined && f.scanTypes.length > 0 && f.type === 'cluster_scan', (q) => q.where('scan_mask', 'in', supersetMasks(scanMaskOf(f.scanTypes!))))
    .executeTakeFirstOrThrow();
  return readInt(row as Record<string, unknown>, 'n');
}
