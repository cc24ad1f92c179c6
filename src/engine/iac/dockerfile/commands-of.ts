import type { DockerfileInstruction, DockerfileStage, RunCommand, ShellCommand } from '../../inputs/dockerfile.js';

export type { RunCommand } from '../../inputs/dockerfile.js';

/** Commands of a RUN (empty for other instructions and for RUNs under a non-POSIX SHELL). */
export function commandsOf(instruction: DockerfileInstruction): readonly ShellCommand[] {
  return instruction.script()?.commands ?? [];
}

const WRAPPERS = new Set(['sudo', 'env', 'nice', 'command', 'exec', 'nohup', 'time', 'doas']);
// Options of the wrappers that take a value, so `sudo -u app pip install` finds `pip`.
const WRAPPER_VALUE_OPTIONS = new Set(['-u', '-g', '-n', '-C', '-h', '-p', '-U', '-r', '-t']);

/** Peels `sudo -u x`, `env A=b`, `nice -n 5` and similar prefixes off a command. */
export function unwrapCommand(cmd: ShellCommand): ShellCommand {
  let current = cmd;
  for (let guard = 0; guard < 8 && WRAPPERS.has(basename(current.name)); guard++) {
    const args = current.args;
    let i = 0;
    while (i < args.length) {
      const v = args[i]!.value;
      if (v === '--') { i++; break; }
      if (WRAPPER_VALUE_OPTIONS.has(v)) { i += 2; continue; }
      if (v.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) { i++; continue; }
      break;
    }
    const head = args[i];
    if (!head) return current;
    current = { ...current, name: head.value, nameRange: head.range, args: args.slice(i + 1) };
  }
  return current;
}

/** Every command of every RUN in a stage, in order (memoised on the stage). */
export function runCommandsOf(stage: DockerfileStage): readonly RunCommand[] {
  return stage.runCommands();
}

/** Computes what `stage.runCommands()` returns; the parser memoises it per stage. */
export function collectRunCommands(instructions: readonly DockerfileInstruction[]): RunCommand[] {
  const out: RunCommand[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword !== 'RUN') continue;
    for (const raw of commandsOf(instruction)) out.push({ instruction, raw, command: unwrapCommand(raw) });
  }
  return out;
}

/** `/usr/bin/apt-get` → `apt-get`. */
export function basename(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? name : name.slice(slash + 1);
}
