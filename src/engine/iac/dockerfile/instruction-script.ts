import type { ShellCommand, ShellScript } from '../../inputs/dockerfile.js';
import type { InstructionParts } from './build-instruction.js';
import type { ShellParser } from './create-shell-parser.js';
import type { RawShellScript } from './raw-shell-script.js';
import type { TextIndex } from './text-index.js';

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
const NON_SHELL_SHEBANG = /^#![^\n]*\b(python[0-9.]*|perl|ruby|node|php|pwsh|powershell)\b/;

/** True when the SHELL in effect reads POSIX shell syntax (not cmd or PowerShell). */
export function isPosixShell(shell: readonly string[]): boolean {
  const exe = (shell[0] ?? '').split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
  return POSIX_SHELLS.has(exe);
}

/** Returns the lazy, memoised `script()` of a RUN: which text is shell, and how it maps to the file. */
export function makeInstructionScript(parts: InstructionParts, index: TextIndex, getParser: () => ShellParser): () => ShellScript | undefined {
  let done = false;
  let cached: ShellScript | undefined;
  return () => {
    if (!done) {
      cached = computeScript(parts, index, getParser);
      done = true;
    }
    return cached;
  };
}

function computeScript(parts: InstructionParts, index: TextIndex, getParser: () => ShellParser): ShellScript | undefined {
  const { block, map, argsStart } = parts;
  const fileRange = (toFile: (o: number) => number) => (s: number, e: number) =>
    index.range(toFile(s), e <= s ? toFile(s) : toFile(e - 1) + 1);

  if (parts.form === 'exec') {
    const [exe, flag, body] = parts.words;
    if (exe && flag?.value === '-c' && body && isPosixShell([exe.value]) && body.raw.slice(1, -1) === body.value) {
      const at = body.start + 1;
      return mapScript(getParser().parse(body.value), fileRange((o) => map.toFile(at + o)));
    }
    if (!exe) return { commands: [], pipes: [], parser: 'exec' };
    const r = fileRange((o) => map.toFile(o));
    const command: ShellCommand = {
      name: exe.value, nameRange: r(exe.start, exe.end), assignments: [], inPipeline: false,
      args: parts.words.slice(1).map((w) => ({ value: w.value, range: r(w.start, w.end) })),
      range: r(exe.start, parts.words[parts.words.length - 1]!.end),
    };
    return { commands: [command], pipes: [], parser: 'exec' };
  }
  if (!isPosixShell(parts.shell)) return undefined;

  const argsText = block.text.slice(argsStart);
  const heredocs = block.heredocs;
  const withoutMarkers = heredocs.reduce((t, h) => t.replace(block.text.slice(h.markerStart, h.markerEnd), ''), argsText);
  if (heredocs.length > 0 && withoutMarkers.trim() === '') {
    // `RUN <<EOF`: each heredoc body is a script of its own (unless its shebang names another language).
    const scripts: ShellScript[] = [];
    for (const h of heredocs) {
      const body = index.text.slice(h.bodyStart, h.bodyEnd);
      if (NON_SHELL_SHEBANG.test(body)) continue;
      scripts.push(mapScript(getParser().parse(body), fileRange((o) => h.bodyStart + o)));
    }
    return mergeScripts(scripts);
  }
  let source = argsText;
  let toFile = (o: number) => map.toFile(argsStart + o);
  const last = heredocs[heredocs.length - 1];
  if (heredocs.length > 0 && last) {
    const regionStart = heredocs[0]!.bodyStart;
    const head = argsText.length;
    source = `${argsText}\n${index.text.slice(regionStart, last.regionEnd)}\n`;
    toFile = (o: number) => (o < head ? map.toFile(argsStart + o) : o === head ? map.toFile(argsStart + head - 1) + 1 : regionStart + (o - head - 1));
  }
  return mapScript(getParser().parse(source), fileRange(toFile));
}

function mapScript(raw: RawShellScript, range: (s: number, e: number) => ShellCommand['range']): ShellScript {
  const commands: ShellCommand[] = [];
  for (const c of raw.commands) {
    const [name, ...args] = c.words;
    if (!name) continue;
    commands.push({
      name: name.value, nameRange: range(name.start, name.end), assignments: c.assignments, inPipeline: c.inPipeline,
      args: args.map((w) => ({ value: w.value, range: range(w.start, w.end) })), range: range(c.start, c.end),
    });
  }
  const pipes = raw.pipes.map((p) => range(p.start, p.end));
  return raw.error === undefined ? { commands, pipes, parser: raw.parser } : { commands, pipes, parser: raw.parser, error: raw.error };
}

function mergeScripts(scripts: ShellScript[]): ShellScript {
  if (scripts.length === 1) return scripts[0]!;
  const error = scripts.find((s) => s.error !== undefined)?.error;
  const merged: ShellScript = {
    commands: scripts.flatMap((s) => s.commands),
    pipes: scripts.flatMap((s) => s.pipes),
    parser: scripts.some((s) => s.parser === 'fallback') ? 'fallback' : scripts.some((s) => s.parser === 'mvdan-sh') ? 'mvdan-sh' : 'simple',
  };
  return error === undefined ? merged : { ...merged, error };
}
