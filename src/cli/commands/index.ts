import { registerClusterCommand } from './cluster-command.js';
import { registerDbCommand } from './db-command.js';
import { registerIamCommand } from './iam-command.js';
import { registerMigrateCommand } from './migrate-command.js';
import type { RegisterCommand } from './register-command.js';
import { registerRulesCommand } from './rules-command.js';
import { registerScanClusterCommand } from './scan-cluster-command.js';
import { registerScanCommand } from './scan-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerWorkerCommand } from './worker-command.js';

/**
 * Every command, listed explicitly. Each file is owned by the module it drives:
 * scan/rules (engine), serve/worker/migrate (service), iam (identity), cluster and
 * scan-cluster and db (cluster scanning).
 */
export const COMMANDS: readonly RegisterCommand[] = [
  registerScanCommand,
  registerRulesCommand,
  registerIamCommand,
  registerServeCommand,
  registerWorkerCommand,
  registerMigrateCommand,
  registerClusterCommand,
  registerDbCommand,
  registerScanClusterCommand,
];
