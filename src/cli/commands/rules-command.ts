import { Option } from 'commander';
import { listClusterRules } from '../../engine/cluster/rules/index.js';
import { ALL_RULES } from '../../engine/rules/index.js';
import type { RegisterCommand } from './register-command.js';

export const registerRulesCommand: RegisterCommand = (program) => {
  program
    .command('rules')
    .description('List every rule with its metadata and peer aliases')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((flags: { format: 'table' | 'json' }) => {
      const every = [...ALL_RULES, ...listClusterRules()];
      if (flags.format === 'json') {
        const rules = every.map((r) => ({
          id: r.id, title: r.title, severity: r.severity, category: r.category, file_type: r.fileType,
          aliases: r.aliases, description: r.description, remediation: r.remediation, references: r.references,
        }));
        process.stdout.write(`${JSON.stringify({ schema_version: 1, rules }, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(...every.map((r) => r.id.length));
      for (const r of every) {
        process.stdout.write(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(8)}  ${r.fileType.padEnd(10)}  ${r.title}\n`);
      }
      process.stdout.write(`${every.length} rules\n`);
    });
};
