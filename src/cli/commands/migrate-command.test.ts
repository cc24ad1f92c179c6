import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMigrateCommand } from './migrate-command.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let code = 0;
  const program = new Command('bulwark').exitOverride();
  registerMigrateCommand(program, (c) => { code = c; });
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err.push(String(s)); return true; });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  return { code, out: out.join(''), err: err.join('') };
}

describe('bulwark migrate', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

  it('applies pending migrations once, then reports up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-migrate-'));
    dirs.push(dir);
    const before = await run(['migrate', '--data-dir', dir, '--status']);
    expect(before.out).toContain('0001-core\tpending');
    const first = await run(['migrate', '--data-dir', dir]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('0001-core');
    const second = await run(['migrate', '--data-dir', dir]);
    expect(second.out).toContain('up to date');
    expect((await run(['migrate', '--data-dir', dir, '--status'])).out).toMatch(/0001-core\tapplied \d{4}-/);
  });

  it('fails with exit code 1 and one clear line on a bad database URL', async () => {
    const r = await run(['migrate', '--database-url', 'mysql://x']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bulwark migrate: Invalid configuration: --database-url/);
  });
});
