import { Option } from 'commander';
import { collectClusterSnapshot } from '../../collectors/kubernetes/collect-cluster-snapshot.js';
import { loadKubeConfig } from '../../collectors/kubernetes/load-kube-config.js';
import { readSnapshotFile } from '../../collectors/snapshot/read-snapshot-file.js';
import { loadVulnDb } from '../../collectors/vulndb/vuln-db-store.js';
import { isOneOf, SCAN_TYPES, type ScanType } from '../../domain/scan-types.js';
import type { ClusterScanDocument } from '../../engine/cluster/cluster-scan-document.js';
import { writeClusterSarif } from '../../engine/cluster/report/write-cluster-sarif.js';
import { writeClusterTable } from '../../engine/cluster/report/write-cluster-table.js';
import { listClusterRules } from '../../engine/cluster/rules/index.js';
import { scanCluster } from '../../engine/cluster/scan-cluster.js';
import { KUBERNETES_RULES } from '../../engine/rules/kubernetes/index.js';
import { BULWARK_VERSION } from '../version.js';
import type { RegisterCommand } from './register-command.js';

interface ScanClusterFlags {
  kubeconfig?: string;
  context?: string;
  snapshot?: string;
  scanTypes: string;
  format: 'table' | 'json' | 'sarif';
  exitCode: string;
  dataDir: string;
  kubeletConfig: boolean;
}

function parseScanTypes(text: string): ScanType[] {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.find((s) => !isOneOf(SCAN_TYPES, s));
  if (bad !== undefined || items.length === 0) throw new Error(`--scan-types: unknown scan type "${bad ?? ''}" (use ${SCAN_TYPES.join(',')})`);
  return items as ScanType[];
}

function render(doc: ClusterScanDocument, format: ScanClusterFlags['format']): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  if (format === 'sarif') return writeClusterSarif(doc, BULWARK_VERSION, [...KUBERNETES_RULES, ...listClusterRules()]);
  return writeClusterTable(doc);
}

export const registerScanClusterCommand: RegisterCommand = (program, setExitCode) => {
  program
    .command('scan-cluster')
    .description('Scan a live Kubernetes cluster (or a saved snapshot) for component CVEs, risks and CIS benchmark results, offline')
    .option('--kubeconfig <file>', 'read a live cluster with this kubeconfig')
    .option('--context <name>', 'kubeconfig context (default: its current-context)')
    .option('--snapshot <file>', 'scan a snapshot written by `bulwark cluster snapshot` instead of a live cluster')
    .option('--scan-types <list>', `scan items (${SCAN_TYPES.join(',')})`, SCAN_TYPES.join(','))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'sarif']).default('table'))
    .option('--exit-code <n>', 'exit with this code when any vulnerability, unsuppressed risk or failed benchmark item is reported', '0')
    .option('--data-dir <dir>', 'data directory holding the CVE database from `bulwark db update` (bundled database otherwise)', './.bulwark')
    .option('--no-kubelet-config', 'with --kubeconfig: do not read kubelet /configz through the node proxy (CIS 4.2 then not evaluated)')
    .addHelpText('after', [
      '',
      'Exactly one of --kubeconfig and --snapshot. Items the scanner could not read (missing permissions)',
      'are listed under "not_evaluated" — never reported as clean.',
      'Risks waived by an annotation on the live object (bulwark.io/ignore, checkov, kube-linter, polaris,',
      'kube-score forms) are still listed, marked "suppressed", and do not count for --exit-code.',
      '',
      'Exit codes: 0 done (or findings without --exit-code), N (--exit-code) findings reported, 2 usage error, unreadable input or unreachable cluster.',
    ].join('\n'))
    .action(async (flags: ScanClusterFlags) => {
      const exitCode = Number(flags.exitCode);
      if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255) throw new Error('--exit-code must be an integer from 0 to 255');
      if ((flags.kubeconfig === undefined) === (flags.snapshot === undefined)) throw new Error('give exactly one of --kubeconfig and --snapshot');
      if (flags.context !== undefined && flags.kubeconfig === undefined) throw new Error('--context needs --kubeconfig');
      const scanTypes = parseScanTypes(flags.scanTypes);
      const vulnDb = await loadVulnDb(flags.dataDir);
      let snapshot;
      if (flags.snapshot !== undefined) {
        snapshot = await readSnapshotFile(flags.snapshot);
      } else {
        const kc = loadKubeConfig({ file: flags.kubeconfig!, ...(flags.context !== undefined ? { context: flags.context } : {}) });
        snapshot = (await collectClusterSnapshot(kc, { kubeletConfigz: flags.kubeletConfig })).snapshot;
      }
      const doc = scanCluster(snapshot, { now: Date.now(), scanTypes, vulnDb });
      process.stdout.write(render(doc, flags.format));
      // Risks waived by an annotation on their object do not fail the run (as for `scan`).
      const found = doc.vulnerabilities.length + doc.risks.filter((r) => !r.suppressed).length + doc.benchmark.filter((b) => b.status === 'fail').length;
      if (exitCode !== 0 && found > 0) setExitCode(exitCode);
    });
};
