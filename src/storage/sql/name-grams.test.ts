import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { iacTask } from '../storage-contract.js';
import { createSqlStorage } from './create-sql-storage.js';
import { nameGramsMigration } from './migrations/0004-name-grams.js';
import { nameGramsOf } from './name-grams.js';
import { openSqlDatabase } from './open-sql-database.js';

describe('nameGramsOf', () => {
  it('lists each 1- and 2-code-point substring once', () => {
    expect([...nameGramsOf('abab')].sort()).toEqual(['a', 'ab', 'b', 'ba']);
    expect([...nameGramsOf('x')]).toEqual(['x']);
    expect([...nameGramsOf('')]).toEqual([]);
    // An astral character is one code point, as for SQLite's instr/substr.
    expect([...nameGramsOf('a😀')].sort()).toEqual(['a', 'a😀', '😀'].sort());
  });
});

describe('0004 name grams backfill (SQLite)', () => {
  it('rebuilds exactly the counts that inserts maintain', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-grams-'));
    const database = await openSqlDatabase({ dataDir, databaseUrl: undefined, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 1 });
    const storage = createSqlStorage(database);
    try {
      const names = ['Alpha-1', 'alpha-2', 'Über ß', 'x%_y', 'aa', 'a'];
      for (let i = 0; i < 3; i++) {
        await storage.tasks.createTasks(names.map((name, j) => iacTask({ projectId: 'grams', name: `${name}${i}`, enterpriseProjectId: j % 2 === 0 ? '0' : 'ep-g', resources: [] })));
      }
      const read = async () => (await sql<{ scope_id: number; gram: string; n: number }>`SELECT scope_id, gram, n FROM task_name_grams ORDER BY scope_id, gram`.execute(database.db)).rows;
      const maintained = await read();
      // 'Alpha-1' and 'alpha-2' live in two EP scopes: three tasks each.
      expect(maintained.filter((r) => r.gram === 'al').map((r) => r.n)).toEqual([3, 3]);
      await sql`DROP TABLE task_name_grams`.execute(database.db);
      await nameGramsMigration.up(database.db);
      expect(await read()).toEqual(maintained);
    } finally {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stays exact when a task is deleted or renamed (triggers)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-grams-'));
    const database = await openSqlDatabase({ dataDir, databaseUrl: undefined, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 1 });
    const storage = createSqlStorage(database);
    try {
      const tasks = ['Alpha-1', 'alpha-2', 'Über ß😀', 'aa', 'a', 'x'].map((name) => iacTask({ projectId: 'grams', name, resources: [] }));
      await storage.tasks.createTasks(tasks);
      await sql`DELETE FROM work_units WHERE task_id IN (${tasks[0]!.id}, ${tasks[4]!.id})`.execute(database.db);
      await sql`DELETE FROM task_resources WHERE task_id IN (${tasks[0]!.id}, ${tasks[4]!.id})`.execute(database.db);
      await sql`DELETE FROM tasks WHERE id IN (${tasks[0]!.id}, ${tasks[4]!.id})`.execute(database.db);
      await sql`UPDATE tasks SET name_fold = 'über 😀😀 zz' WHERE id = ${tasks[2]!.id}`.execute(database.db);
      const read = async () => (await sql<{ scope_id: number; gram: string; n: number }>`SELECT scope_id, gram, n FROM task_name_grams WHERE n > 0 ORDER BY scope_id, gram`.execute(database.db)).rows;
      const maintained = await read();
      expect(maintained.find((r) => r.gram === 'al')?.n).toBe(1);
      expect(maintained.find((r) => r.gram === 'zz')?.n).toBe(1);
      expect(maintained.find((r) => r.gram === 'ß')).toBeUndefined();
      await sql`DROP TABLE task_name_grams`.execute(database.db);
      await nameGramsMigration.up(database.db);
      expect(await read()).toEqual(maintained);
    } finally {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
