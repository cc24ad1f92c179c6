import type { SourceRange } from '../../domain/source-range.js';
import type { SourceComment } from './source-comment.js';

/**
 * The parsed Dockerfile model that Dockerfile rules read. Filled in by the Dockerfile parser
 * (engine/iac/dockerfile/); see that folder for how ranges and RUN commands are produced.
 * Every range is a physical position in the file: continuation lines, comment lines inside a
 * continuation and heredoc bodies never shift what a rule reports.
 */
export interface Dockerfile {
  readonly path: string;
  /** Parser directives at the top of the file (`# syntax=`, `# escape=`, `# check=`). */
  readonly directives: readonly DockerfileDirective[];
  /** The line-continuation character: `\` by default, or a backtick with `# escape=\``. */
  readonly escapeChar: '\\' | '`';
  /** Instructions before the first FROM (normally only ARG). Their `stageIndex` is -1. */
  readonly preamble: readonly DockerfileInstruction[];
  readonly stages: readonly DockerfileStage[];
  /** Every instruction in file order, preamble included. */
  readonly instructions: readonly DockerfileInstruction[];
  /** Dockerfile comment lines (not shell comments inside heredoc bodies). */
  readonly comments: readonly SourceComment[];
}

export interface DockerfileDirective {
  /** Lower-cased directive name. */
  readonly name: string;
  readonly value: string;
  readonly range: SourceRange;
}

/** A word of an instruction: `value` has quotes and escapes removed, `raw` is the source text. */
export interface DockerfileToken {
  readonly value: string;
  readonly raw: string;
  readonly range: SourceRange;
}

/** `--from=build`, `--mount=type=cache,target=/root/.cache`, `--platform=$BUILDPLATFORM`. */
export interface DockerfileFlag {
  /** Name without the leading dashes, lower-cased. */
  readonly name: string;
  /** Undefined for a bare flag (`--link`). */
  readonly value: string | undefined;
  /** The whole flag token. */
  readonly range: SourceRange;
}

/** A BuildKit heredoc: `<<EOF`, `<<-EOF`, `<<"EOF"` and the lines up to its terminator. */
export interface DockerfileHeredoc {
  readonly delimiter: string;
  /** `<<-`: leading tabs are stripped from body lines. */
  readonly stripTabs: boolean;
  /** Quoted delimiter: no variable expansion in the body. */
  readonly quoted: boolean;
  /** Range of the `<<EOF` marker on the instruction line. */
  readonly markerRange: SourceRange;
  /** Body text as written (tabs not stripped), without the terminator line. */
  readonly body: string;
  /** 1-based line of the first body line. */
  readonly bodyStartLine: number;
  /** False when the file ended before the terminator. */
  readonly terminated: boolean;
}

/** A `$NAME` or `${NAME...}` reference inside an argument. */
export interface VariableRef {
  readonly name: string;
  readonly range: SourceRange;
}

/** One `key=value` (or legacy `ENV key value`) pair of ENV, ARG or LABEL. */
export interface DockerfileKeyValue {
  readonly key: DockerfileToken;
  /** Undefined for `ARG NAME` without a default. */
  readonly value: DockerfileToken | undefined;
  /** Variable references inside the value. */
  readonly refs: readonly VariableRef[];
}

/** A reference to a base image as written in FROM. */
export interface ImageReference {
  /** As written (`$BASE`, `nginx:1.27`). */
  readonly raw: string;
  /** After substituting global ARG defaults; equals `raw` when nothing was substituted. */
  readonly resolved: string;
  /** True when `resolved` still contains an unresolved variable. */
  readonly unresolved: boolean;
  /** Registry host when the first path part looks like one (has `.` or `:` or is `localhost`). */
  readonly registry: string | undefined;
  /** Repository path without registry, tag and digest. */
  readonly repository: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
  readonly range: SourceRange;
}

/** A word of a shell command, positioned in the Dockerfile. */
export interface ShellWord {
  /** Literal value with quotes removed; expansions are kept as written (`$HOME`). */
  readonly value: string;
  readonly range: SourceRange;
}

/** One simple command inside a RUN (also inside `&&` lists, pipes, subshells and `$(...)`). */
export interface ShellCommand {
  readonly name: string;
  readonly nameRange: SourceRange;
  /** Arguments after the command name. */
  readonly args: readonly ShellWord[];
  /** `VAR=value` prefixes, as written. */
  readonly assignments: readonly string[];
  readonly range: SourceRange;
  /** True when the command is one side of a `|` or `|&`. */
  readonly inPipeline: boolean;
}

export interface ShellScript {
  readonly commands: readonly ShellCommand[];
  /** Ranges of the `|` / `|&` operators. */
  readonly pipes: readonly SourceRange[];
  /**
   * Which parser produced the commands: `simple` for plain command lists read by the fast
   * tokenizer (same result as mvdan-sh, checked by a property test), `mvdan-sh` for anything
   * with compound syntax, `fallback` when mvdan-sh failed or the body was too large, `exec`
   * for an exec-form RUN (the array is the one command).
   */
  readonly parser: 'simple' | 'mvdan-sh' | 'fallback' | 'exec';
  /** The shell parser's error, when it fell back. */
  readonly error?: string;
}

export interface DockerfileInstruction {
  /** Upper-cased keyword (`RUN`, `COPY`). */
  readonly keyword: string;
  readonly keywordRange: SourceRange;
  /** The whole instruction: keyword to the end of its last continuation line or heredoc terminator. */
  readonly range: SourceRange;
  /** 0-based stage index; -1 before the first FROM. */
  readonly stageIndex: number;
  /** 0-based index among instructions with the same keyword in the stage. */
  readonly indexInStage: number;
  /** `stage[0].RUN[2]` (`preamble.ARG[0]` before the first FROM). */
  readonly path: string;
  readonly flags: readonly DockerfileFlag[];
  /** `exec` when the arguments are a JSON array of strings. */
  readonly form: 'exec' | 'shell';
  /** Exec form: the array elements; shell form: whitespace-separated words. */
  readonly args: readonly DockerfileToken[];
  /** Arguments after the flags with continuations joined (the text Docker sees). */
  readonly argsText: string;
  /** Range of the arguments (keyword range when there are none). */
  readonly argsRange: SourceRange;
  readonly heredocs: readonly DockerfileHeredoc[];
  /** ENV, ARG and LABEL pairs. */
  readonly keyValues: readonly DockerfileKeyValue[];
  /** ONBUILD: the instruction it registers. */
  readonly trigger?: DockerfileInstruction;
  /** RUN: the SHELL in effect (`["/bin/sh","-c"]` unless changed). */
  readonly shell: readonly string[];
  /**
   * RUN: commands of the script (shell form, heredoc scripts, `sh -c` exec form), parsed on
   * first use and then cached; undefined for non-RUN instructions or non-POSIX shells.
   */
  script(): ShellScript | undefined;
}

export interface DockerfileStage {
  readonly index: number;
  /** `AS name`, lower-cased as BuildKit does. */
  readonly name: string | undefined;
  readonly nameToken: DockerfileToken | undefined;
  readonly from: DockerfileInstruction;
  readonly image: ImageReference;
  /** Index of the earlier stage this one builds on (`FROM build`), if any. */
  readonly baseStage: number | undefined;
  /** Instructions of the stage, FROM first. */
  readonly instructions: readonly DockerfileInstruction[];
  /** Every command of every RUN of the stage in order, computed once on first use. */
  runCommands(): readonly RunCommand[];
}

/** A command together with the RUN it belongs to. */
export interface RunCommand {
  readonly instruction: DockerfileInstruction;
  /** The command as written. */
  readonly raw: ShellCommand;
  /** The command with wrappers (`sudo`, `env`, `nice`, `command`, `exec`) peeled off. */
  readonly command: ShellCommand;
}
