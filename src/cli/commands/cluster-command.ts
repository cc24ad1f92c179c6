import { collectClusterSnapshot } from '../../collectors/kubernetes/collect-cluster-snapshot.js';
import { loadKubeConfig } from '../../collectors/kubernetes/load-kube-config.js';
import { writeSnapshotFile } from '../../collectors/snapshot/write-snapshot-file.js';
import { registerClusterAdminCommands } from './cluster/register-cluster-admin-commands.js';
import type { RegisterCommand } from './register-command.js';

interface SnapshotFlags {
  kubeconfig: string;
  context?: string;
  output: string;
  pageSize: string;
  concurrency: string;
  requestTimeout: string;
  timeout: string;
  kubeletConfig: boolean;
}

function positiveInt(name: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be an integer from 1 to ${max}`);
  return n;
}

export const registerClusterCommand: RegisterCommand = (program, setExitCode) => {
  const cluster = program.command('cluster').description('Work with live Kubernetes clusters: snapshots, and the clusters the service scans');
  registerClusterAdminCommands(cluster, setExitCode);
  cluster
    .command('snapshot')
    .description('Read a cluster through its API and save everything the cluster checks need as one JSON file')
    .requiredOption('--kubeconfig <file>', 'kubeconfig file to connect with (never the default ~/.kube/config implicitly)')
    .option('--context <name>', 'kubeconfig context (default: its current-context)')
    .requiredOption('--output <file>', 'where to write the snapshot JSON')
    .option('--page-size <n>', 'items per list request', '500')
    .option('--concurrency <n>', 'requests in flight at once', '4')
    .option('--request-timeout <seconds>', 'timeout of each request', '30')
    .option('--timeout <seconds>', 'deadline for the whole collection; what is not read by then is marked unreadable', '300')
    .option('--no-kubelet-config', 'do not read kubelet /configz through the node proxy (needs get nodes/proxy)')
    .addHelpText('after', [
      '',
      'Missing permissions or API groups do not fail the command: they are listed under "unreadable"',
      'in the snapshot (and on stderr), and checks that need them report "not evaluated".',
      'ConfigMaps are saved with their key names only; Secrets are never read.',
      '',
      'Exit codes: 0 snapshot written, 2 usage error, unreachable cluster or rejected credentials.',
    ].join('\n'))
    .action(async (flags: SnapshotFlags) => {
      const kc = loadKubeConfig({ file: flags.kubeconfig, ...(flags.context !== undefined ? { context: flags.context } : {}) });
      const { snapshot, stats } = await collectClusterSnapshot(kc, {
        pageSize: positiveInt('--page-size', flags.pageSize, 10_000),
        concurrency: positiveInt('--concurrency', flags.concurrency, 64),
        requestTimeoutMs: positiveInt('--request-timeout', flags.requestTimeout, 3_600) * 1000,
        deadlineMs: positiveInt('--timeout', flags.timeout, 86_400) * 1000,
        kubeletConfigz: flags.kubeletConfig,
      });
      await writeSnapshotFile(flags.output, snapshot);
      process.stderr.write(`bulwark: ${snapshot.version?.gitVersion ?? 'unknown version'}: ${stats.objects} objects, ` +
        `${Object.keys(snapshot.kubeletConfigs).length} kubelet configs, ${stats.requests} requests in ${(stats.durationMs / 1000).toFixed(1)} s → ${flags.output}\n`);
      for (const u of snapshot.unreadable) process.stderr.write(`bulwark: unreadable ${u.resource}: ${u.reason}\n`);
    });
};
