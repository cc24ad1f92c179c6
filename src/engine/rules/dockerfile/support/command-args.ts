import type { ShellWord } from '../../../inputs/dockerfile.js';

/**
 * True when a flag is present: `shorts` are single letters matched inside combined short
 * flags (`-yq` has `y`), `longs` match `--name` and `--name=value`.
 */
export function hasFlag(args: readonly ShellWord[], shorts: string, longs: readonly string[]): boolean {
  return args.some((a) => {
    const v = a.value;
    if (v.startsWith('--')) return longs.some((l) => v === l || v.startsWith(`${l}=`));
    if (/^-[A-Za-z0-9]+$/.test(v)) return [...v.slice(1)].some((c) => shorts.includes(c));
    return false;
  });
}

/** The word of a flag when present (for ranges). */
export function findFlag(args: readonly ShellWord[], shorts: string, longs: readonly string[]): ShellWord | undefined {
  return args.find((a) => hasFlag([a], shorts, longs));
}

/**
 * Splits arguments into the subcommand and the operands after it, skipping options and the
 * values of options listed in `valueOptions` (`-o Dpkg::Options=x`, `--virtual .deps`).
 */
export function parseSubcommand(args: readonly ShellWord[], valueOptions: ReadonlySet<string> = new Set()): { subcommand: ShellWord | undefined; operands: ShellWord[] } {
  let subcommand: ShellWord | undefined;
  const operands: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.value.startsWith('-')) {
      if (valueOptions.has(a.value)) i++;
      continue;
    }
    if (subcommand === undefined) subcommand = a;
    else operands.push(a);
  }
  return { subcommand, operands };
}

/** Operands (non-option words) of a command without subcommand handling. */
export function operandsOf(args: readonly ShellWord[], valueOptions: ReadonlySet<string> = new Set()): ShellWord[] {
  const out: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.value.startsWith('-')) {
      if (valueOptions.has(a.value)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
