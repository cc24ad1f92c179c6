import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { BulwarkError } from '../../../domain/errors.js';
import type { Principal } from '../../../domain/principal.js';
import { CLUSTER_TYPES, type ClusterType } from '../../../domain/scan-types.js';
import type { IdentityServices } from '../../../iam/create-identity-services.js';
import { createSqlStorage } from '../../../storage/sql/create-sql-storage.js';
import { createKubeClusterConnector, type ClusterConnector } from '../../../tasks/cluster/cluster-connector.js';
import type { ClusterDetails, ClusterUseCases } from '../../../tasks/cluster/cluster-use-cases.js';
import { createClusterUseCases } from '../../../tasks/cluster/create-cluster-use-cases.js';
import { ALL_GRANTED_EPS } from '../../../tasks/resolve-ep-scope.js';
import type { CallScope } from '../../../tasks/use-cases.js';
import { withAdminDatabase } from '../with-admin-database.js';

type Flags = Record<string, unknown>;

interface AdminContext {
  readonly clusters: ClusterUseCases;
  readonly identity: IdentityServices;
  readonly flags: Flags;
}

export interface ClusterAdminOptions {
  /** Replaceable in tests; the Kubernetes connector otherwise. */
  readonly connector?: () => ClusterConnector;
  readonly clock?: () => number;
}

const LIST_PAGE = 200;

/**
 * `bulwark cluster register|list|delete`: the clusters the service scans, managed straight
 * against the database of --data-dir / --database-url, acting as an admin of one project.
 * Same exit codes as `bulwark iam`: 0 done, 1 refused, 2 usage error or fault.
 */
export function registerClusterAdminCommands(cluster: Command, setExitCode: (code: number) => void, options: ClusterAdminOptions = {}): void {
  const clock = options.clock ?? Date.now;
  const newConnector = options.connector ?? (() => createKubeClusterConnector());

  const databaseOptions = (c: Command) => c
    .option('--data-dir <dir>', 'data directory (SQLite database and master key file)')
    .option('--database-url <url>', 'PostgreSQL URL; when absent, SQLite in the data directory')
    .option('--master-key-file <file>', 'master key file, relative to the data directory (default master.key; BULWARK_MASTER_KEY wins)')
    .option('--project <id|name>', 'project acting in (default: the only project)')
    .addHelpText('after', '\nExit codes: 0 done; 1 refused (unreachable cluster, invalid kubeconfig, unknown cluster); 2 usage error or fault.');

  const run = (work: (ctx: AdminContext, positional: readonly unknown[]) => Promise<void>) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const flags = command.optsWithGlobals<Flags>();
    try {
      await withAdminDatabase(flags, async ({ database, identity }) => {
        // The identity services hold the server's master key, so what is sealed here opens in its workers.
        const clusters = createClusterUseCases({ storage: createSqlStorage(database), secretBox: identity.secretBox, connector: newConnector() });
        await work({ clusters, identity, flags }, args.slice(0, -2));
      });
    } catch (err) {
      if (!(err instanceof BulwarkError) || err.code === 'internal') throw err;
      process.stderr.write(`bulwark cluster: ${err.message}\n`);
      setExitCode(1);
    }
  };

  const scopeOf = async (ctx: AdminContext, epParam: string): Promise<CallScope> => {
    const projectId = await projectOf(ctx.identity, ctx.flags['project']);
    const principal: Principal = { userId: 'bulwark-cli', userName: 'bulwark-cli', projectId, role: 'admin', enterpriseProjects: '*' };
    return { principal, epParam, now: clock() };
  };

  databaseOptions(cluster.command('register')
    .description('Register a cluster for the service to scan (checks that it answers; stores the kubeconfig encrypted)'))
    .requiredOption('--name <name>', 'cluster name')
    .requiredOption('--kubeconfig <file>', 'self-contained kubeconfig (inline credentials; no exec, auth-provider or file references)')
    .option('--context <name>', 'kubeconfig context (default: its current-context)')
    .addOption(new Option('--type <type>', 'cluster type').choices([...CLUSTER_TYPES]).default('self_built_idc'))
    .option('--ep <id>', 'enterprise project to register it in', '0')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(run(async (ctx) => {
      const f = ctx.flags;
      const kubeconfig = await readKubeconfig(String(f['kubeconfig']));
      const { clusterId } = await ctx.clusters.registerCluster(await scopeOf(ctx, String(f['ep'])), {
        name: String(f['name']), type: String(f['type']) as ClusterType, kubeconfig,
        ...(f['context'] === undefined ? {} : { context: String(f['context']) }),
      });
      if (f['format'] === 'json') process.stdout.write(`${JSON.stringify({ cluster_id: clusterId })}\n`);
      else process.stdout.write(`${clusterId}\n`);
    }));

  databaseOptions(cluster.command('list').description('List registered clusters with their state from the newest scans'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(run(async (ctx) => {
      const scope = await scopeOf(ctx, ALL_GRANTED_EPS);
      const rows: ClusterDetails[] = [];
      for (let offset = 0; ; offset += LIST_PAGE) {
        const page = await ctx.clusters.listClusterDetails(scope, {}, { offset, limit: LIST_PAGE });
        rows.push(...page.items);
        if (page.items.length < LIST_PAGE || rows.length >= page.total) break;
      }
      const records = rows.map((c) => ({
        id: c.id, name: c.name, type: c.type, status: c.status, version: c.version ?? '',
        created_at: new Date(c.createdAt).toISOString(),
        last_scan_at: c.lastScanAt === undefined ? '' : new Date(c.lastScanAt).toISOString(),
      }));
      if (ctx.flags['format'] === 'json') {
        process.stdout.write(`${JSON.stringify(records)}\n`);
        return;
      }
      printTable(['id', 'name', 'type', 'status', 'version', 'created_at', 'last_scan_at'], records);
    }));

  databaseOptions(cluster.command('delete').description('Delete a registered cluster with its stored kubeconfig').argument('<cluster_id>'))
    .action(run(async (ctx, [clusterId]) => {
      await ctx.clusters.deleteCluster(await scopeOf(ctx, ALL_GRANTED_EPS), String(clusterId));
    }));
}

/** --project as id or name; without it, the only project there is. */
async function projectOf(identity: IdentityServices, ref: unknown): Promise<string> {
  if (typeof ref === 'string') return (await identity.admin.requireProject(ref)).id;
  const projects = await identity.admin.listProjects();
  const only = projects[0];
  if (projects.length === 1 && only !== undefined) return only.id;
  // Usage errors (exit 2), not refusals: the caller has to say which project.
  if (projects.length === 0) throw new Error('there is no project yet: create one with `bulwark iam project create`');
  throw new Error(`there are ${projects.length} projects: name one with --project`);
}

async function readKubeconfig(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read kubeconfig ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function printTable(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, string>>>): void {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  process.stdout.write(`${line(columns.map((c) => c.toUpperCase()))}\n`);
  for (const row of rows) process.stdout.write(`${line(columns.map((c) => row[c] ?? ''))}\n`);
}
