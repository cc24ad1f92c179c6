import type {
  Dockerfile, DockerfileDirective, DockerfileInstruction, DockerfileStage, RunCommand,
} from '../../inputs/dockerfile.js';
import type { SourceComment } from '../../inputs/source-comment.js';
import type { SourceFile } from '../../inputs/source-file.js';
import { buildInstruction } from './build-instruction.js';
import { collectRunCommands } from './commands-of.js';
import type { ShellParser } from './create-shell-parser.js';
import { createShellParser } from './create-shell-parser.js';
import { makeInstructionScript } from './instruction-script.js';
import { parseImageReference } from './parse-image-reference.js';
import { readInstructionBlocks } from './read-instruction-blocks.js';
import { TextIndex } from './text-index.js';

export interface ParsedDockerfile {
  readonly dockerfile?: Dockerfile;
  readonly comments: SourceComment[];
  readonly error?: string;
}

export interface ParseDockerfileOptions {
  /** Share one parser (and its script cache) across the files of a scan. */
  readonly shellParser?: ShellParser;
}

/**
 * Limits that keep hostile input within bounded time and memory: real Dockerfiles are rarely
 * over 100 KiB or 500 instructions; each instruction costs about 4 KiB of model.
 */
export const MAX_DOCKERFILE_BYTES = 2 * 1024 * 1024;
export const MAX_INSTRUCTIONS = 20_000;
const DEFAULT_SHELL = ['/bin/sh', '-c'];
const DIRECTIVE = /^#\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/**
 * Parses a Dockerfile into stages and instructions with exact ranges. Never throws: bad
 * input (binary, invalid UTF-8, unknown instructions, oversize) comes back as `error`.
 */
export function parseDockerfile(file: SourceFile, options: ParseDockerfileOptions = {}): ParsedDockerfile {
  if (file.content.length > MAX_DOCKERFILE_BYTES) return { comments: [], error: `file is larger than ${MAX_DOCKERFILE_BYTES} bytes` };
  if (file.content.includes(0)) return { comments: [], error: 'file is binary (contains NUL bytes), not a Dockerfile' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file.content);
  } catch {
    return { comments: [], error: 'file is not valid UTF-8 text' };
  }
  text = text.replace(/\r\n?/g, '\n');
  const index = new TextIndex(text);
  const comments: SourceComment[] = [];

  const directives: DockerfileDirective[] = [];
  let line = 0;
  for (; line < index.lineCount; line++) {
    const m = DIRECTIVE.exec(index.line(line));
    if (!m || !KNOWN_DIRECTIVES.has(m[1]!.toLowerCase()) || directives.some((d) => d.name === m[1]!.toLowerCase())) break;
    const lineText = index.line(line);
    directives.push({ name: m[1]!.toLowerCase(), value: m[2]!, range: index.range(index.lineStarts[line]!, index.lineStarts[line]! + lineText.length) });
    comments.push({ line: line + 1, column: lineText.indexOf('#') + 1, text: lineText.slice(lineText.indexOf('#') + 1) });
  }
  const escapeValue = directives.find((d) => d.name === 'escape')?.value ?? '\\';
  if (escapeValue !== '\\' && escapeValue !== '`') return { comments, error: `invalid escape directive "${escapeValue.slice(0, 20)}": must be \\ or \`` };
  const escapeChar = escapeValue;

  let shellParser = options.shellParser;
  const getParser = () => (shellParser ??= createShellParser());
  const blocks = readInstructionBlocks(index, line, escapeChar, comments);
  if (blocks.length > MAX_INSTRUCTIONS) return { comments: [], error: `file has ${blocks.length} instructions, more than the ${MAX_INSTRUCTIONS} a Dockerfile may have here` };
  comments.sort((a, b) => a.line - b.line);

  const preamble: DockerfileInstruction[] = [];
  const stages: Array<{ stage: Omit<DockerfileStage, 'instructions' | 'runCommands'>; instructions: DockerfileInstruction[]; counts: Map<string, number>; shell: readonly string[] }> = [];
  const all: DockerfileInstruction[] = [];
  const globalArgs = new Map<string, string>();
  const preambleCounts = new Map<string, number>();
  try {
    for (const block of blocks) {
      const keyword = (/^\s*(\S+)/.exec(block.text)?.[1] ?? '').toUpperCase();
      const current = stages[stages.length - 1];
      const stageIndex = keyword === 'FROM' ? stages.length : current ? stages.length - 1 : -1;
      const counts = keyword === 'FROM' ? new Map<string, number>() : current?.counts ?? preambleCounts;
      const indexInStage = counts.get(keyword) ?? 0;
      counts.set(keyword, indexInStage + 1);
      const base = keyword === 'FROM' ? undefined : current;
      const shell = base?.shell ?? DEFAULT_SHELL;
      const inst = buildInstruction(block, {
        index, escapeChar, stageIndex, indexInStage, shell,
        path: stageIndex === -1 ? `preamble.${keyword}[${indexInStage}]` : `stage[${stageIndex}].${keyword}[${indexInStage}]`,
        makeScript: (parts) => makeInstructionScript(parts, index, getParser),
      });
      all.push(inst);
      if (inst.keyword === 'FROM') {
        stages.push({ stage: fromStage(inst, stageIndex, stages.map((s) => s.stage), globalArgs), instructions: [inst], counts, shell: DEFAULT_SHELL });
        const created = stages[stages.length - 1]!;
        const baseStage = created.stage.baseStage;
        if (baseStage !== undefined) created.shell = stages[baseStage]!.shell;
      } else if (current) {
        current.instructions.push(inst);
        if (inst.keyword === 'SHELL' && inst.form === 'exec' && inst.args.length > 0) current.shell = inst.args.map((a) => a.value);
      } else {
        preamble.push(inst);
        if (inst.keyword === 'ARG') for (const kv of inst.keyValues) globalArgs.set(kv.key.value, kv.value?.value ?? '');
      }
    }
  } catch (err) {
    return { comments, error: err instanceof Error ? err.message : String(err) };
  }
  const dockerfile: Dockerfile = {
    path: file.path,
    directives,
    escapeChar,
    preamble,
    stages: stages.map((s) => {
      let runCommands: RunCommand[] | undefined;
      return { ...s.stage, instructions: s.instructions, runCommands: () => (runCommands ??= collectRunCommands(s.instructions)) };
    }),
    instructions: all,
    comments,
  };
  return { dockerfile, comments };
}

function fromStage(
  inst: DockerfileInstruction, index: number, earlier: ReadonlyArray<Omit<DockerfileStage, 'instructions' | 'runCommands'>>, globalArgs: ReadonlyMap<string, string>,
): Omit<DockerfileStage, 'instructions' | 'runCommands'> {
  const [image, as, name] = inst.args;
  if (!image) throw new Error(`line ${inst.keywordRange.startLine}: FROM requires an image`);
  const nameToken = as && as.value.toLowerCase() === 'as' && name ? name : undefined;
  const ref = parseImageReference(image.value, image.range, globalArgs);
  const lower = ref.resolved.toLowerCase();
  const base = earlier.find((s) => s.name !== undefined && s.name === lower);
  return {
    index, name: nameToken?.value.toLowerCase(), nameToken, from: inst, image: ref, baseStage: base?.index,
  };
}
