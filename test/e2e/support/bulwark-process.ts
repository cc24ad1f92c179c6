import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = `${REPO_ROOT}bin/bulwark.js`;

/**
 * Compiles src/ to dist/ when any source is newer than its output. Test files (and other
 * engineers) build concurrently, so the freshness check and the build both run under one
 * flock: nobody starts a process from a half-written dist/. A type error elsewhere in the
 * tree still emits JavaScript, so only a missing entry point fails the suite.
 */
export function buildOnce(): void {
  try {
    execFileSync('flock', ['/tmp/bulwark-build.lock', process.execPath, '--input-type=module', '-e', BUILD_IF_STALE], {
      cwd: REPO_ROOT, stdio: 'pipe', timeout: 300_000,
    });
  } catch (err) {
    const output = String((err as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write(`build reported problems (continuing if dist/ exists):\n${output.slice(0, 2000)}\n`);
  }
  if (!existsSync(`${REPO_ROOT}dist/cli/main.js`)) throw new Error('npm run build did not produce dist/cli/main.js');
}

// Runs inside the lock, in the repository root: walk src/, compare with dist/, build if stale.
const BUILD_IF_STALE = `
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
const stale = (() => {
  const stack = ['src'];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) { stack.push(path); continue; }
      if (!e.name.endsWith('.ts') || e.name.endsWith('.test.ts') || e.name.endsWith('.d.ts')) continue;
      const out = join('dist', relative('src', path)).replace(/\\.ts$/, '.js');
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(path).mtimeMs) return true;
    }
  }
  return false;
})();
if (stale) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
`;

export interface BulwarkProcess {
  readonly url: string;
  readonly child: ChildProcess;
  stderr(): string;
  /** Sends the signal and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts `node bin/bulwark.js <command>` directly (npx would not forward SIGTERM) and waits
 * until it says it listens (serve) or runs (worker).
 */
export async function startBulwark(command: 'serve' | 'worker', args: readonly string[], env: Readonly<Record<string, string>>): Promise<BulwarkProcess> {
  const child = spawn(process.execPath, [BIN, command, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  child.stdout?.on('data', () => { /* drained so the child never blocks on a full pipe */ });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bulwark ${command} did not start in time:\n${stderr}`)), 60_000);
    const check = () => {
      const listening = /listening on (http:\/\/[^\s]+)/.exec(stderr);
      const working = /worker running/.test(stderr);
      if (listening?.[1] !== undefined || working) {
        clearTimeout(timer);
        child.stderr?.off('data', check);
        resolve(listening?.[1] ?? '');
      }
    };
    child.stderr?.on('data', check);
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`bulwark ${command} exited with ${code}:\n${stderr}`)); });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM', timeoutMs = 20_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
