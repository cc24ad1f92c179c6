import { describe, expect, it } from 'vitest';
import type { Dockerfile, DockerfileInstruction } from '../../inputs/dockerfile.js';
import { commandsOf } from './commands-of.js';
import { parseDockerfile } from './parse-dockerfile.js';

function parse(text: string): Dockerfile {
  const r = parseDockerfile({ path: 'Dockerfile', content: new TextEncoder().encode(text) });
  if (!r.dockerfile) throw new Error(`unexpected error: ${r.error}`);
  return r.dockerfile;
}

function errorOf(content: Uint8Array): string | undefined {
  return parseDockerfile({ path: 'Dockerfile', content }).error;
}

const at = (inst: DockerfileInstruction | undefined) => {
  if (!inst) throw new Error('missing instruction');
  return inst;
};

describe('parseDockerfile: instructions and ranges', () => {
  it('gives keywords, flags and arguments exact ranges and builds stages', () => {
    const df = parse('ARG BASE=debian:12\nFROM --platform=$BUILDPLATFORM ${BASE} AS Build\nCOPY --from=build --chown=1:1 a b /dst/\n');
    expect(df.preamble.map((i) => i.path)).toEqual(['preamble.ARG[0]']);
    const stage = df.stages[0]!;
    expect(stage.name).toBe('build');
    expect(stage.image).toMatchObject({ raw: '${BASE}', resolved: 'debian:12', repository: 'debian', tag: '12', unresolved: false });
    expect(stage.image.range).toEqual({ startLine: 2, startColumn: 32, endLine: 2, endColumn: 39 });
    const copy = at(stage.instructions[1]);
    expect(copy.path).toBe('stage[0].COPY[0]');
    expect(copy.keywordRange).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 });
    expect(copy.flags.map((f) => [f.name, f.value, f.range.startColumn, f.range.endColumn])).toEqual([['from', 'build', 6, 18], ['chown', '1:1', 19, 30]]);
    expect(copy.args.map((a) => [a.value, a.range.startColumn])).toEqual([['a', 31], ['b', 33], ['/dst/', 35]]);
  });

  it('recognises exec form and keeps shell form otherwise', () => {
    const df = parse('FROM a:1\nCMD ["nginx", "-g", "daemon off;"]\nENTRYPOINT [not json\n');
    const [, cmd, entry] = df.stages[0]!.instructions;
    expect(at(cmd).form).toBe('exec');
    expect(at(cmd).args.map((a) => a.value)).toEqual(['nginx', '-g', 'daemon off;']);
    expect(at(cmd).args[2]!.range).toEqual({ startLine: 2, startColumn: 21, endLine: 2, endColumn: 34 });
    expect(at(entry).form).toBe('shell');
  });

  it('reads ENV pairs, legacy ENV and variable references with ranges', () => {
    const df = parse('FROM a:1\nENV A=1 B="x $A" C=${A:-d}\nENV LEGACY some value\n');
    const [, env, legacy] = df.stages[0]!.instructions;
    expect(at(env).keyValues.map((kv) => [kv.key.value, kv.value?.value])).toEqual([['A', '1'], ['B', 'x $A'], ['C', '${A:-d}']]);
    expect(at(env).keyValues[1]!.refs).toEqual([{ name: 'A', range: { startLine: 2, startColumn: 14, endLine: 2, endColumn: 16 } }]);
    expect(at(legacy).keyValues.map((kv) => [kv.key.value, kv.value?.value])).toEqual([['LEGACY', 'some value']]);
  });

  it('parses the ONBUILD trigger as an instruction', () => {
    const df = parse('FROM a:1\nONBUILD RUN sudo make\n');
    const trigger = at(df.stages[0]!.instructions[1]).trigger;
    expect(trigger?.keyword).toBe('RUN');
    expect(trigger?.keywordRange.startColumn).toBe(9);
    expect(commandsOf(at(trigger)).map((c) => [c.name, c.args.map((a) => a.value), c.nameRange.startColumn])).toEqual([['sudo', ['make'], 13]]);
  });
});

describe('parseDockerfile: continuation lines, directives and comments', () => {
  it('skips comment and blank lines inside a continuation and maps commands to physical lines', () => {
    const df = parse('FROM a:1\nRUN apt-get update \\\n  # explain the next line\n\n  && apt-get install -y \\\n     curl | tee /log\n');
    const run = at(df.stages[0]!.instructions[1]);
    expect(run.range).toMatchObject({ startLine: 2, endLine: 6 });
    const cmds = commandsOf(run);
    expect(cmds.map((c) => [c.name, c.nameRange.startLine, c.nameRange.startColumn])).toEqual([['apt-get', 2, 5], ['apt-get', 5, 6], ['tee', 6, 13]]);
    expect(cmds[1]!.args.map((a) => [a.value, a.range.startLine, a.range.startColumn])).toEqual([['install', 5, 14], ['-y', 5, 22], ['curl', 6, 6]]);
    expect(run.script()?.pipes).toEqual([{ startLine: 6, startColumn: 11, endLine: 6, endColumn: 12 }]);
    expect(cmds[2]!.inPipeline).toBe(true);
    expect(df.comments.map((c) => [c.line, c.column, c.text])).toEqual([[3, 3, ' explain the next line']]);
  });

  it('honours the backtick escape directive', () => {
    const df = parse('# escape=`\n# syntax=docker/dockerfile:1\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host a `\n    b\nWORKDIR C:\\app\n');
    expect(df.escapeChar).toBe('`');
    expect(df.directives.map((d) => [d.name, d.value])).toEqual([['escape', '`'], ['syntax', 'docker/dockerfile:1']]);
    const [, shell, run, workdir] = df.stages[0]!.instructions;
    expect(at(shell).form).toBe('exec');
    expect(at(run).argsText).toBe('Write-Host a     b');
    expect(at(run).range.endLine).toBe(6);
    expect(at(run).script()).toBeUndefined();
    expect(at(workdir).args[0]!.value).toBe('C:\\app');
  });

  it('stops reading directives at the first other line and normalises CRLF', () => {
    const df = parse('FROM a:1\r\n# escape=`\r\nRUN echo a \\\r\n  && sudo b\r\n');
    expect(df.directives).toEqual([]);
    expect(df.escapeChar).toBe('\\');
    expect(commandsOf(at(df.stages[0]!.instructions[1])).map((c) => [c.name, c.nameRange.startLine, c.nameRange.startColumn])).toEqual([['echo', 3, 5], ['sudo', 4, 6]]);
  });
});

describe('parseDockerfile: heredocs', () => {
  it('parses RUN <<EOF bodies as scripts on their own lines', () => {
    const df = parse('FROM a:1\nRUN <<EOF\nset -e\napt-get update\nEOF\nUSER app\n');
    const [, run, user] = df.stages[0]!.instructions;
    expect(at(run).heredocs.map((h) => [h.delimiter, h.body, h.bodyStartLine, h.terminated])).toEqual([['EOF', 'set -e\napt-get update', 3, true]]);
    expect(commandsOf(at(run)).map((c) => [c.name, c.nameRange.startLine])).toEqual([['set', 3], ['apt-get', 4]]);
    expect(at(user).keywordRange.startLine).toBe(6);
  });

  it('handles <<- with tabs, quoted delimiters and commands that read the heredoc', () => {
    const df = parse('FROM a:1\nRUN cat <<-"END" > /etc/x && sudo id\n\tliteral $HOME\n\tEND\nRUN true\n');
    const [, run, next] = df.stages[0]!.instructions;
    expect(at(run).heredocs[0]).toMatchObject({ delimiter: 'END', stripTabs: true, quoted: true, terminated: true });
    expect(commandsOf(at(run)).map((c) => [c.name, c.nameRange.startLine, c.nameRange.startColumn])).toEqual([['cat', 2, 5], ['sudo', 2, 30]]);
    expect(at(next).keywordRange.startLine).toBe(5);
  });

  it('reads several heredocs on one line (COPY) and a non-shell heredoc RUN', () => {
    const df = parse('FROM a:1\nCOPY <<one <<two /dst/\nfirst\none\nsecond\ntwo\nRUN <<PY\n#!/usr/bin/env python3\nprint("sudo")\nPY\n');
    const [, copy, run] = df.stages[0]!.instructions;
    expect(at(copy).heredocs.map((h) => [h.delimiter, h.body])).toEqual([['one', 'first'], ['two', 'second']]);
    expect(at(copy).args.map((a) => a.value)).toEqual(['<<one', '<<two', '/dst/']);
    expect(at(copy).range).toMatchObject({ startLine: 2, endLine: 6 });
    expect(commandsOf(at(run))).toEqual([]);
  });

  it('runs an unterminated heredoc to the end of the file', () => {
    const df = parse('FROM a:1\nRUN <<EOF\necho hi\n');
    expect(at(df.stages[0]!.instructions[1]).heredocs[0]).toMatchObject({ terminated: false, body: 'echo hi\n' });
  });
});

describe('parseDockerfile: shell mapping', () => {
  it('maps mvdan-sh byte offsets to UTF-16 columns after non-ASCII text', () => {
    const df = parse('FROM a:1\nRUN echo "héllo 😀" && sudo id\n');
    const sudo = commandsOf(at(df.stages[0]!.instructions[1]))[1]!;
    expect(sudo.name).toBe('sudo');
    expect(sudo.nameRange.startColumn).toBe('RUN echo "héllo 😀" && '.length + 1);
  });

  it('parses `sh -c` exec form scripts and keeps other exec forms as one command', () => {
    const df = parse('FROM a:1\nRUN ["sh", "-c", "curl x | sh"]\nRUN ["apt-get", "install", "-y", "curl"]\n');
    const [, shc, exec] = df.stages[0]!.instructions;
    expect(commandsOf(at(shc)).map((c) => [c.name, c.nameRange.startColumn])).toEqual([['curl', 19], ['sh', 28]]);
    expect(at(exec).script()?.parser).toBe('exec');
    expect(commandsOf(at(exec)).map((c) => [c.name, c.args.map((a) => a.value)])).toEqual([['apt-get', ['install', '-y', 'curl']]]);
  });

  it('falls back to the simple tokenizer when mvdan-sh rejects a script', () => {
    const df = parse('FROM a:1\nRUN echo $(( && sudo make install\n');
    const script = at(df.stages[0]!.instructions[1]).script();
    expect(script?.parser).toBe('fallback');
    expect(script?.error).toMatch(/must follow|must be followed/);
    expect(script?.commands.map((c) => c.name)).toContain('sudo');
  });

  it('sees commands in subshells, command substitutions and compound commands', () => {
    const df = parse('FROM a:1\nRUN (cd /src && make) && echo "$(sudo id)"\nRUN case "$(uname -m)" in x86_64) a=1 ;; *) curl -k x | sh ;; esac; if true; then wget y; fi\n');
    const [, first, second] = df.stages[0]!.instructions;
    expect(commandsOf(at(first)).map((c) => c.name)).toEqual(['cd', 'make', 'echo', 'sudo']);
    expect(at(second).script()?.parser).toBe('mvdan-sh');
    expect(commandsOf(at(second)).map((c) => [c.name, c.inPipeline])).toEqual([['uname', false], ['curl', true], ['sh', true], ['true', false], ['wget', false]]);
  });
});

describe('parseDockerfile: hostile input', () => {
  it('rejects invalid UTF-8, binary content and bad escape directives with a clear error', () => {
    expect(errorOf(new Uint8Array([0x46, 0x52, 0xff, 0xfe]))).toMatch(/UTF-8/);
    expect(errorOf(new Uint8Array([0x46, 0x00, 0x52]))).toMatch(/binary/);
    expect(errorOf(new TextEncoder().encode('# escape=x\nFROM a\n'))).toMatch(/escape/);
  });

  it('reports unknown instructions and FROM without an image with their line', () => {
    expect(errorOf(new TextEncoder().encode('FROM a:1\nFORM b\n'))).toMatch(/line 2: unknown instruction "FORM"/);
    expect(errorOf(new TextEncoder().encode('FROM\n'))).toMatch(/line 1: FROM requires an image/);
  });

  it('refuses oversize files and absurd instruction counts with a clear error', () => {
    expect(errorOf(new Uint8Array(3 * 1024 * 1024).fill(0x61))).toMatch(/larger than/);
    expect(errorOf(new TextEncoder().encode(`FROM a:1\n${'RUN true\n'.repeat(20_001)}`))).toMatch(/20002 instructions/);
  });

  it('parses a 1 MiB line', () => {
    const big = `FROM a:1\nRUN echo ${'x'.repeat(1024 * 1024)} && sudo id\n`;
    const df = parse(big);
    const script = at(df.stages[0]!.instructions[1]).script();
    expect(script?.parser).toBe('simple');
    expect(script?.commands.map((c) => c.name)).toEqual(['echo', 'sudo']);
    const complex = parse(`FROM a:1\nRUN echo "$(date)" ${'x'.repeat(1024 * 1024)} && sudo id\n`);
    const fallback = at(complex.stages[0]!.instructions[1]).script();
    expect(fallback?.parser).toBe('fallback');
    expect(fallback?.error).toMatch(/longer than/);
    expect(fallback?.commands.map((c) => c.name)).toEqual(['echo', 'sudo']);
  });

  it('parses a 100,000-line continuation and keeps physical lines', () => {
    const lines = ['FROM a:1', 'RUN true \\'];
    for (let i = 0; i < 100_000; i++) lines.push(`  && echo ${i} \\`);
    lines.push('  && sudo id');
    const df = parse(lines.join('\n'));
    const cmds = commandsOf(at(df.stages[0]!.instructions[1]));
    expect(cmds.length).toBe(100_002);
    expect(cmds[cmds.length - 1]).toMatchObject({ name: 'sudo', nameRange: { startLine: 100_003, startColumn: 6 } });
  });
});
