import type { DockerfileStage, ShellWord } from '../../../inputs/dockerfile.js';
import type { RunCommand } from '../../../iac/dockerfile/commands-of.js';
import { basename, runCommandsOf } from '../../../iac/dockerfile/commands-of.js';
import { parseSubcommand } from './command-args.js';

export type PackageTool = 'apt-get' | 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper' | 'pip' | 'npm' | 'gem' | 'go' | 'yarn';

/** One package-manager call: `apt-get install -y curl` → tool apt-get, subcommand install, operands [curl]. */
export interface PackageInvocation {
  readonly run: RunCommand;
  readonly tool: PackageTool;
  readonly subcommand: ShellWord;
  /** Every argument (options included), pip's `-m pip` removed. */
  readonly args: readonly ShellWord[];
  /** Non-option words after the subcommand, option values skipped. */
  readonly operands: readonly ShellWord[];
}

const YUM_VALUES = ['-c', '--config', '--releasever', '--installroot', '-d', '-e', '-R', '--enablerepo', '--disablerepo', '--setopt', '-x', '--exclude', '--repo', '--repofrommetadata'];
const VALUE_OPTIONS: Record<PackageTool, ReadonlySet<string>> = {
  'apt-get': new Set(['-o', '-c', '-t', '--target-release', '--option', '--config-file']),
  apt: new Set(['-o', '-c', '-t', '--target-release', '--option', '--config-file']),
  apk: new Set(['--virtual', '-t', '--repository', '-X', '--root', '-p', '--keys-dir', '--arch', '--repositories-file']),
  yum: new Set(YUM_VALUES),
  dnf: new Set(YUM_VALUES),
  microdnf: new Set(YUM_VALUES),
  zypper: new Set(['-r', '--repo', '--from', '-t', '--type', '--root', '-R', '-D', '--reposd-dir', '-c', '--config']),
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '--trusted-host', '-f', '--find-links',
    '-t', '--target', '--prefix', '--root', '--src', '--platform', '--python-version', '--implementation', '--abi', '--progress-bar',
    '--cache-dir', '--log', '--proxy', '--timeout', '--retries', '-e', '--editable', '--only-binary', '--no-binary']),
  npm: new Set(['--prefix', '--registry', '-w', '--workspace', '--cache', '--loglevel', '--tag']),
  gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source', '-s', '-P', '--trust-policy', '--platform']),
  go: new Set(['-o', '-C', '-modfile', '-tags', '-ldflags', '-gcflags', '-p', '-mod']),
  yarn: new Set(['--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex']),
};

const TOOLS = new Set<string>(Object.keys(VALUE_OPTIONS));

function toolOf(name: string): PackageTool | undefined {
  const base = basename(name);
  if (TOOLS.has(base)) return base as PackageTool;
  return /^pip[0-9.]*$/.test(base) ? 'pip' : undefined;
}

// Many rules ask for the same stage; reading every command once per stage keeps a RUN with
// 100,000 commands linear. Keyed weakly by the parsed stage, so nothing outlives the scan.
const BY_STAGE = new WeakMap<DockerfileStage, readonly PackageInvocation[]>();

function allInvocations(stage: DockerfileStage): readonly PackageInvocation[] {
  let list = BY_STAGE.get(stage);
  if (!list) {
    list = runCommandsOf(stage).map(toInvocation).filter((i): i is PackageInvocation => i !== undefined);
    BY_STAGE.set(stage, list);
  }
  return list;
}

/** Package-manager calls of a stage for the given tools and subcommands (every subcommand when omitted). */
export function packageInvocations(stage: DockerfileStage, tools: readonly PackageTool[], subcommands?: readonly string[]): PackageInvocation[] {
  const out: PackageInvocation[] = [];
  for (const inv of allInvocations(stage)) {
    if (!tools.includes(inv.tool)) continue;
    if (subcommands && !subcommands.includes(inv.subcommand.value)) continue;
    out.push(inv);
  }
  return out;
}

/** Reads a RUN command as a package-manager call, if it is one. */
export function toInvocation(run: RunCommand): PackageInvocation | undefined {
  let { args } = run.command;
  let tool = toolOf(run.command.name);
  // `python3 -m pip install …` is pip.
  if (!tool && /^python[0-9.]*$/.test(basename(run.command.name)) && args[0]?.value === '-m' && /^pip[0-9.]*$/.test(args[1]?.value ?? '')) {
    tool = 'pip';
    args = args.slice(2);
  }
  if (!tool) return undefined;
  const { subcommand, operands } = parseSubcommand(args, VALUE_OPTIONS[tool]);
  if (!subcommand) return undefined;
  return { run, tool, subcommand, args, operands };
}
