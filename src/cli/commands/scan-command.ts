import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import { collectScanFiles } from '../../collectors/files/collect-scan-files.js';
import { FILE_TYPES, isOneOf } from '../../domain/scan-types.js';
import type { FileType } from '../../domain/scan-types.js';
import { SEVERITIES, isSeverity } from '../../domain/severity.js';
import type { Severity } from '../../domain/severity.js';
import { ruleMatchesRef } from '../../engine/iac/rule-ref.js';
import { scanIac } from '../../engine/iac/scan-iac.js';
import type { IacReport } from '../../engine/report/iac-report.js';
import { writeJsonReport } from '../../engine/report/json-report.js';
import { writeJunitReport } from '../../engine/report/junit-report.js';
import { writeSarifReport } from '../../engine/report/sarif-report.js';
import { writeTableReport } from '../../engine/report/table-report.js';
import { ALL_RULES } from '../../engine/rules/index.js';
import { BULWARK_VERSION } from '../version.js';
import { createProgressBar } from './progress-bar.js';
import type { RegisterCommand } from './register-command.js';

const WRITERS = { table: writeTableReport, json: writeJsonReport, sarif: writeSarifReport, junit: writeJunitReport } as const;

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

interface ScanFlags {
  format: keyof typeof WRITERS;
  output?: string;
  severity?: string[];
  exitCode: string;
  rules?: string[];
  skipRules?: string[];
  fileType?: string;
  progress: boolean;
  trustedRegistry?: string[];
}

export const registerScanCommand: RegisterCommand = (program, setExitCode) => {
  program
    .command('scan')
    .description('Scan Dockerfiles and Kubernetes manifests (files or directories) offline')
    .argument('<paths...>', 'files and directories to scan (directories recursively; .git and node_modules skipped)')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(WRITERS)).default('table'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--severity <list>', `report only these severities (${SEVERITIES.join(',')})`, list)
    .option('--exit-code <n>', 'exit with this code when any unsuppressed finding remains', '0')
    .option('--rules <list>', 'run only these rules (ids or aliases such as trivy:KSV-0017)', list)
    .option('--skip-rules <list>', 'do not run these rules (ids or aliases)', list)
    .option('--file-type <type>', `force the file type (${FILE_TYPES.join('|')})`)
    .option('--trusted-registry <list>', 'registries considered trusted for the registry rules', list)
    .option('--no-progress', 'never show a progress bar')
    .addHelpText('after', '\nExit codes: 0 done (or findings without --exit-code), N (--exit-code) unsuppressed findings remain, 2 usage or I/O error.')
    .action(async (paths: string[], flags: ScanFlags) => {
      const exitCode = Number(flags.exitCode);
      if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 255) throw new Error('--exit-code must be an integer from 0 to 255');
      const badSeverity = (flags.severity ?? []).find((s) => !isSeverity(s));
      if (badSeverity !== undefined) throw new Error(`--severity: unknown severity "${badSeverity}" (use ${SEVERITIES.join(',')})`);
      if (flags.fileType !== undefined && !isOneOf(FILE_TYPES, flags.fileType)) throw new Error(`--file-type must be one of ${FILE_TYPES.join(', ')}`);
      const rules = ALL_RULES.filter((r) =>
        (!flags.rules || flags.rules.some((ref) => ruleMatchesRef(r, ref))) && !(flags.skipRules ?? []).some((ref) => ruleMatchesRef(r, ref)));
      if (flags.rules && rules.length === 0) throw new Error(`--rules: no rule matches ${flags.rules.join(',')}`);

      const inputs = await collectScanFiles(paths, flags.fileType as FileType | undefined);
      for (const problem of inputs.ignoreProblems) process.stderr.write(`bulwark: ${problem}\n`);
      const result = scanIac(inputs.files, {
        now: Date.now(), rules, ignore: inputs.ignore,
        settings: flags.trustedRegistry ? { trustedRegistries: flags.trustedRegistry } : {},
        onProgress: createProgressBar(flags.progress),
      });
      const severities = flags.severity as Severity[] | undefined;
      const report: IacReport = {
        toolVersion: BULWARK_VERSION,
        files: [...result.files, ...inputs.unreadable.map((u) => ({ path: u.path, fileType: u.fileType, status: 'failed' as const, error: u.error }))],
        findings: severities ? result.findings.filter((f) => severities.includes(f.severity)) : result.findings,
        ruleErrors: result.ruleErrors,
        rules,
      };
      const text = WRITERS[flags.format](report);
      if (flags.output) await writeFile(flags.output, text);
      else process.stdout.write(text);
      if (exitCode !== 0 && report.findings.some((f) => !f.suppressed)) setExitCode(exitCode);
    });
};
