import { Option, type Command } from 'commander';
import { BulwarkError } from '../../domain/errors.js';
import { ROLES } from '../../domain/principal.js';
import type { IdentityServices } from '../../iam/create-identity-services.js';
import { generatePassword } from '../../iam/generate-identifiers.js';
import type { UserRef } from '../../iam/identity-admin.js';
import type { RegisterCommand } from './register-command.js';
import { withAdminDatabase } from './with-admin-database.js';

type Flags = Record<string, unknown>;
type Output = { readonly json: boolean };

/**
 * `bulwark iam`: projects, enterprise projects, users, access keys and grants, straight
 * against the database of --data-dir / --database-url. Exit codes: 0 done, 1 refused
 * (unknown or duplicate identity, invalid value), 2 usage error.
 */
export const registerIamCommand: RegisterCommand = (program, setExitCode) => {
  const iam = program
    .command('iam')
    .description('Manage projects, enterprise projects, users, access keys and grants')
    .option('--data-dir <dir>', 'data directory (SQLite database and master key file)')
    .option('--database-url <url>', 'PostgreSQL URL; when absent, SQLite in the data directory')
    .option('--master-key-file <file>', 'master key file, relative to the data directory (default master.key; BULWARK_MASTER_KEY wins)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', '\nExit codes: 0 done; 1 refused (unknown or duplicate identity, invalid value); 2 usage error or fault.\n' +
      'Secrets (generated passwords, secret keys) are printed once, on creation, and cannot be shown again.');

  /** Opens the database for one subcommand, runs it, closes the database whatever happens. */
  const run = (work: (services: IdentityServices, flags: Flags, out: Output, positional: readonly unknown[]) => Promise<void>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const flags = command.optsWithGlobals<Flags>();
      try {
        await withAdminDatabase(flags, ({ identity }) => work(identity, flags, { json: flags['format'] === 'json' }, args.slice(0, -2)));
      } catch (err) {
        if (!(err instanceof BulwarkError) || err.code === 'internal') throw err;
        process.stderr.write(`bulwark iam: ${err.message}\n`);
        setExitCode(1);
      }
    };

  const now = () => Date.now();
  const userOf = (flags: Flags): UserRef => ({ name: String(flags['user']), domain: String(flags['domain']) });
  const userOptions = (c: Command) =>
    c.requiredOption('--user <name>', 'user name').option('--domain <name>', 'user domain', 'default');

  const project = iam.command('project').alias('projects').description('Projects (every object belongs to one)');
  project.command('create').description('Create a project (its default enterprise project "0" comes with it)')
    .requiredOption('--name <name>', 'project name').option('--id <id>', 'project id (default: 32 random hex)')
    .action(run(async ({ admin }, f, out) => {
      const p = await admin.createProject({ name: String(f['name']), ...(f['id'] === undefined ? {} : { id: String(f['id']) }) }, now());
      print(out, { id: p.id, name: p.name });
    }));
  project.command('list').description('List projects')
    .action(run(async ({ admin }, _f, out) => {
      printRows(out, ['id', 'name'], (await admin.listProjects()).map((p) => ({ id: p.id, name: p.name })));
    }));

  const ep = iam.command('enterprise-project').alias('ep').description('Enterprise projects inside a project');
  ep.command('create').description('Create an enterprise project')
    .requiredOption('--project <id|name>', 'project').requiredOption('--name <name>', 'enterprise project name')
    .option('--id <id>', 'enterprise project id (default: a UUID)')
    .action(run(async ({ admin }, f, out) => {
      const e = await admin.createEnterpriseProject(String(f['project']), { name: String(f['name']), ...(f['id'] === undefined ? {} : { id: String(f['id']) }) }, now());
      print(out, { project_id: e.projectId, id: e.id, name: e.name });
    }));
  ep.command('list').description('List the enterprise projects of a project').requiredOption('--project <id|name>', 'project')
    .action(run(async ({ admin }, f, out) => {
      const eps = await admin.listEnterpriseProjects(String(f['project']));
      printRows(out, ['id', 'name'], eps.map((e) => ({ id: e.id, name: e.name })));
    }));

  const user = iam.command('user').alias('users').description('Users (log in with POST /v3/auth/tokens)');
  const passwordOptions = (c: Command) => c
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--password <password>', 'the password (visible to other local users in the process list; prefer --password-stdin)');
  passwordOptions(user.command('create').description('Create a user; without a password option one is generated and printed once')
    .requiredOption('--name <name>', 'user name').option('--domain <name>', 'domain name', 'default'))
    .action(run(async ({ admin }, f, out) => {
      const { password, generated } = await passwordFrom(f);
      const u = await admin.createUser({ name: String(f['name']), domain: String(f['domain']), password }, now());
      print(out, { id: u.id, name: u.name, domain: u.domain, ...(generated ? { password } : {}) });
    }));
  user.command('list').description('List users')
    .action(run(async ({ admin }, _f, out) => {
      printRows(out, ['id', 'domain', 'name'], (await admin.listUsers()).map((u) => ({ id: u.id, domain: u.domain, name: u.name })));
    }));
  passwordOptions(userOptions(user.command('set-password').description('Replace a password (ends every token of the user)')))
    .action(run(async ({ admin }, f, out) => {
      const { password, generated } = await passwordFrom(f);
      await admin.setPassword(userOf(f), password);
      print(out, { user: String(f['user']), ...(generated ? { password } : {}) });
    }));
  userOptions(user.command('delete').description('Delete a user with its access keys and grants'))
    .action(run(async ({ admin }, f) => admin.deleteUser(userOf(f))));

  const key = iam.command('access-key').alias('ak').description('Access keys (AK/SK) for SDK-HMAC-SHA256 signatures');
  userOptions(key.command('create').description('Create an access key; the secret key is printed this once only'))
    .option('--description <text>', 'what the key is for', '')
    .action(run(async ({ admin }, f, out) => {
      const k = await admin.createAccessKey(userOf(f), { description: String(f['description']) }, now());
      print(out, { access_key: k.accessKey, secret_key: k.secretKey });
    }));
  key.command('list').description('List access keys (never their secrets)')
    .option('--user <name>', 'only this user\'s keys').option('--domain <name>', 'user domain', 'default')
    .action(run(async ({ admin }, f, out) => {
      const keys = await admin.listAccessKeys(f['user'] === undefined ? undefined : userOf(f));
      const names = new Map((await admin.listUsers()).map((u) => [u.id, `${u.domain}/${u.name}`]));
      printRows(out, ['access_key', 'user', 'description', 'created_at'], keys.map((k) => ({
        access_key: k.accessKey, user: names.get(k.userId) ?? k.userId, description: k.description, created_at: new Date(k.createdAt).toISOString(),
      })));
    }));
  key.command('delete').description('Delete an access key').argument('<access-key>')
    .action(run(async ({ admin }, _f, _out, [accessKey]) => admin.deleteAccessKey(String(accessKey))));

  const grant = iam.command('grant').alias('grants').description('Grants: user x project -> role and enterprise projects');
  userOptions(grant.command('set').description('Grant (or replace the grant of) a project to a user'))
    .requiredOption('--project <id|name>', 'project')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).makeOptionMandatory())
    .option('--eps <ids>', 'comma-separated enterprise project ids, or * for all', '*')
    .action(run(async ({ admin }, f, out) => {
      const eps = String(f['eps']).trim() === '*' ? '*' : String(f['eps']).split(',').map((s) => s.trim()).filter((s) => s !== '');
      const g = await admin.setGrant(userOf(f), String(f['project']), String(f['role']), eps);
      print(out, { user: String(f['user']), project_id: g.projectId, role: g.role, enterprise_projects: g.enterpriseProjects === '*' ? '*' : g.enterpriseProjects.join(',') });
    }));
  grant.command('list').description('List grants')
    .option('--user <name>', 'only this user').option('--domain <name>', 'user domain', 'default').option('--project <id|name>', 'only this project')
    .action(run(async ({ admin }, f, out) => {
      const grants = await admin.listGrants({
        ...(f['user'] === undefined ? {} : { user: userOf(f) }),
        ...(f['project'] === undefined ? {} : { project: String(f['project']) }),
      });
      const names = new Map((await admin.listUsers()).map((u) => [u.id, `${u.domain}/${u.name}`]));
      printRows(out, ['user', 'project_id', 'role', 'enterprise_projects'], grants.map((g) => ({
        user: names.get(g.userId) ?? g.userId, project_id: g.projectId, role: g.role,
        enterprise_projects: g.enterpriseProjects === '*' ? '*' : g.enterpriseProjects.join(','),
      })));
    }));
  userOptions(grant.command('revoke').description('Revoke a user\'s grant on a project (ends the user\'s tokens)'))
    .requiredOption('--project <id|name>', 'project')
    .action(run(async ({ admin }, f) => admin.revokeGrant(userOf(f), String(f['project']))));
};

async function passwordFrom(flags: Flags): Promise<{ password: string; generated: boolean }> {
  if (flags['passwordStdin'] === true) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
    const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
    return { password: line, generated: false };
  }
  if (typeof flags['password'] === 'string') return { password: flags['password'], generated: false };
  return { password: generatePassword(), generated: true };
}

function print(out: Output, record: Readonly<Record<string, string>>): void {
  if (out.json) {
    process.stdout.write(`${JSON.stringify(record)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(record).map((k) => k.length));
  for (const [k, v] of Object.entries(record)) process.stdout.write(`${`${k}:`.padEnd(width + 2)}${v}\n`);
}

function printRows(out: Output, columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, string>>>): void {
  if (out.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  process.stdout.write(`${line(columns.map((c) => c.toUpperCase()))}\n`);
  for (const r of rows) process.stdout.write(`${line(columns.map((c) => r[c] ?? ''))}\n`);
}
