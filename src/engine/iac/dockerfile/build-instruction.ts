import type {
  DockerfileFlag, DockerfileHeredoc, DockerfileInstruction, DockerfileKeyValue, DockerfileToken, ShellScript,
} from '../../inputs/dockerfile.js';
import { findVariableRefs } from './find-variable-refs.js';
import { parseExecForm } from './parse-exec-form.js';
import type { InstructionBlock } from './read-instruction-blocks.js';
import { SegmentMap } from './segment-map.js';
import type { RawWord } from './split-words.js';
import { splitWords, unquotedEquals, unquoteWord } from './split-words.js';
import type { TextIndex } from './text-index.js';

export const KEYWORDS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER',
  'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const EXEC_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/** What the builder needs besides the block: where the instruction sits and how RUN scripts are parsed. */
export interface InstructionContext {
  readonly index: TextIndex;
  readonly escapeChar: string;
  readonly stageIndex: number;
  readonly indexInStage: number;
  readonly path: string;
  readonly shell: readonly string[];
  /** Builds the lazy RUN script for a finished instruction (see instruction-script.ts). */
  readonly makeScript: (inst: InstructionParts) => () => ShellScript | undefined;
}

/** The pieces instruction-script.ts needs to find and map a RUN script. */
export interface InstructionParts {
  readonly block: InstructionBlock;
  readonly map: SegmentMap;
  readonly argsStart: number;
  readonly form: 'exec' | 'shell';
  readonly words: readonly RawWord[];
  readonly shell: readonly string[];
}

/** Turns one instruction block into the model; throws a plain Error with a line for unknown keywords. */
export function buildInstruction(block: InstructionBlock, ctx: InstructionContext, from = 0): DockerfileInstruction {
  const { index, escapeChar } = ctx;
  const map = new SegmentMap(block.segments);
  const text = block.text;
  const range = (s: number, e: number) => {
    const [fs, fe] = map.toFileSpan(s, e);
    return index.range(fs, fe);
  };
  const kwStart = from + (text.slice(from).search(/\S/) >>> 0);
  const kwMatch = /^\S+/.exec(text.slice(kwStart, kwStart + 64));
  const rawKeyword = kwMatch?.[0] ?? '';
  const keyword = rawKeyword.toUpperCase();
  if (!KEYWORDS.has(keyword)) {
    const line = index.position(map.toFile(kwStart)).line;
    throw new Error(`line ${line}: unknown instruction "${rawKeyword.slice(0, 40)}"`);
  }
  const keywordRange = range(kwStart, kwStart + rawKeyword.length);
  let argsStart = kwStart + rawKeyword.length;
  while (argsStart < text.length && /\s/.test(text[argsStart]!)) argsStart++;

  const flags: DockerfileFlag[] = [];
  if (FLAG_KEYWORDS.has(keyword)) {
    for (const w of splitWords(text.slice(0, argsStart + 4096), escapeChar, argsStart)) {
      if (!w.raw.startsWith('--')) break;
      const eq = w.value.indexOf('=');
      flags.push({
        name: (eq === -1 ? w.value.slice(2) : w.value.slice(2, eq)).toLowerCase(),
        value: eq === -1 ? undefined : w.value.slice(eq + 1),
        range: range(w.start, w.end),
      });
      argsStart = w.end;
      while (argsStart < text.length && /\s/.test(text[argsStart]!)) argsStart++;
    }
  }

  const exec = EXEC_KEYWORDS.has(keyword) && text[argsStart] === '[' ? parseExecForm(text, argsStart) : undefined;
  const form = exec ? 'exec' : 'shell';
  const words = exec ?? splitWords(text, escapeChar, argsStart);
  const token = (w: RawWord): DockerfileToken => ({ value: w.value, raw: w.raw, range: range(w.start, w.end) });
  // Ranges cost two binary searches per word; a RUN with 100,000 continuation lines has
  // hundreds of thousands of words nobody reads, so tokens are made on first access.
  let args: DockerfileToken[] | undefined;
  const argsText = text.slice(argsStart);
  const argsRange = argsText.trim() === '' ? keywordRange : range(argsStart, text.trimEnd().length);

  const heredocs: DockerfileHeredoc[] = block.heredocs.map((h) => ({
    delimiter: h.delimiter,
    stripTabs: h.stripTabs,
    quoted: h.quoted,
    markerRange: range(h.markerStart, h.markerEnd),
    body: index.text.slice(h.bodyStart, h.bodyEnd),
    bodyStartLine: h.bodyStartLine,
    terminated: h.terminated,
  }));

  const keyValues = keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL' ? readKeyValues(keyword, text, argsStart, words, ctx, range) : [];
  const trigger = keyword === 'ONBUILD' && argsText.trim() !== '' ? buildInstruction(block, { ...ctx, path: `${ctx.path}.trigger` }, argsStart) : undefined;
  const script = keyword === 'RUN' ? ctx.makeScript({ block, map, argsStart, form, words, shell: ctx.shell }) : () => undefined;

  const [fs] = map.toFileSpan(kwStart, kwStart + 1);
  return {
    keyword, keywordRange, range: index.range(fs, from === 0 ? block.end : map.toFileSpan(0, text.length)[1]),
    stageIndex: ctx.stageIndex, indexInStage: ctx.indexInStage, path: ctx.path,
    flags, form, argsText, argsRange, heredocs: from === 0 ? heredocs : [], keyValues, shell: ctx.shell, script,
    get args() {
      return (args ??= words.map(token));
    },
    ...(trigger ? { trigger } : {}),
  };
}

function readKeyValues(
  keyword: string, text: string, argsStart: number, words: readonly RawWord[], ctx: InstructionContext,
  range: (s: number, e: number) => DockerfileInstruction['range'],
): DockerfileKeyValue[] {
  const refsOf = (raw: string, at: number) => findVariableRefs(raw, ctx.escapeChar).map((r) => ({ name: r.name, range: range(at + r.start, at + r.end) }));
  const first = words[0];
  // Legacy `ENV NAME value with spaces`: one pair, the value is the rest of the line.
  if (keyword !== 'ARG' && first && unquotedEquals(first.raw) === -1) {
    const key = { value: unquoteWord(first.raw, ctx.escapeChar), raw: first.raw, range: range(first.start, first.end) };
    let vs = first.end;
    while (vs < text.length && /\s/.test(text[vs]!)) vs++;
    const rawValue = text.slice(vs).trimEnd();
    const value = rawValue === '' ? undefined : { value: unquoteWord(rawValue, ctx.escapeChar), raw: rawValue, range: range(vs, vs + rawValue.length) };
    return [{ key, value, refs: refsOf(rawValue, vs) }];
  }
  void argsStart;
  return words.map((w) => {
    const eq = unquotedEquals(w.raw);
    const keyRaw = eq === -1 ? w.raw : w.raw.slice(0, eq);
    const key = { value: unquoteWord(keyRaw, ctx.escapeChar), raw: keyRaw, range: range(w.start, w.start + keyRaw.length) };
    if (eq === -1) return { key, value: undefined, refs: [] };
    const rawValue = w.raw.slice(eq + 1);
    const vs = w.start + eq + 1;
    return { key, value: { value: unquoteWord(rawValue, ctx.escapeChar), raw: rawValue, range: range(vs, w.end) }, refs: refsOf(rawValue, vs) };
  });
}
