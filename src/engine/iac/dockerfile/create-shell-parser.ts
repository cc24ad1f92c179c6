import sh from 'mvdan-sh';
import type { RawShellCommand, RawShellScript, RawShellWord } from './raw-shell-script.js';
import { tokenizeShell } from './tokenize-shell.js';

/** Parses shell scripts to commands; one per scan so the parser object and its cache are reused. */
export interface ShellParser {
  parse(source: string): RawShellScript;
}

export interface ShellParserOptions {
  /** Scripts longer than this go to the fallback tokenizer (mvdan-sh time and memory grow with size). */
  readonly maxScriptLength?: number;
  /** Distinct scripts remembered; identical RUN bodies across files are parsed once. */
  readonly cacheSize?: number;
}

interface Pos { Offset(): number }
interface MvNode { Pos(): Pos; End(): Pos; [key: string]: unknown }
interface MvSyntax {
  NewParser(): { Parse(src: string, name: string): MvNode };
  Walk(node: MvNode, visit: (node: MvNode | null) => boolean): void;
  NodeType(node: MvNode): string;
}

const syntax = sh.syntax as MvSyntax;
// syntax.BinCmdOperator values in mvdan/sh v3: 12 is `|`, 13 is `|&`.
const PIPE_OPS = new Set([12, 13]);

export function createShellParser(options: ShellParserOptions = {}): ShellParser {
  const maxLength = options.maxScriptLength ?? 64 * 1024;
  const cacheSize = options.cacheSize ?? 2048;
  const cache = new Map<string, RawShellScript>();
  let parser: ReturnType<MvSyntax['NewParser']> | undefined;
  return {
    parse(source) {
      const hit = cache.get(source);
      if (hit) return hit;
      let result: RawShellScript;
      if (source.length > maxLength) {
        result = tokenizeShell(source, `script longer than ${maxLength} characters: parsed with the simple tokenizer`);
      } else {
        try {
          parser ??= syntax.NewParser();
          result = walkScript(parser.Parse(source, 'RUN'), source);
        } catch (err) {
          // A GopherJS-wrapped Go error carries Error(); a JS stack overflow is a RangeError.
          const e = err as { Error?: () => string; message?: string };
          const message = typeof e.Error === 'function' ? e.Error() : String(e.message ?? err);
          parser = undefined;
          result = tokenizeShell(source, message);
        }
      }
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
      cache.set(source, result);
      return result;
    },
  };
}

function walkScript(file: MvNode, source: string): RawShellScript {
  // mvdan-sh reports UTF-8 byte offsets; JS strings index UTF-16 code units.
  const toIndex = byteToIndex(source);
  const commands: Array<Omit<RawShellCommand, 'inPipeline'>> = [];
  const pipeSpans: Array<[number, number]> = [];
  const pipes: Array<{ start: number; end: number }> = [];
  syntax.Walk(file, (node) => {
    if (node === null) return true;
    const type = syntax.NodeType(node);
    if (type === 'CallExpr') {
      const args = node['Args'] as MvNode[];
      if (args.length === 0) return true;
      const words = args.map((w): RawShellWord => ({ value: wordValue(w, source, toIndex), start: toIndex(w.Pos().Offset()), end: toIndex(w.End().Offset()) }));
      const assigns = (node['Assigns'] as MvNode[]).map((a) => source.slice(toIndex(a.Pos().Offset()), toIndex(a.End().Offset())));
      commands.push({ words, assignments: assigns, start: words[0]!.start, end: words[words.length - 1]!.end });
    } else if (type === 'BinaryCmd' && PIPE_OPS.has(node['Op'] as number)) {
      const op = toIndex((node['OpPos'] as Pos).Offset());
      pipes.push({ start: op, end: op + ((node['Op'] as number) === 13 ? 2 : 1) });
      pipeSpans.push([toIndex(node.Pos().Offset()), toIndex(node.End().Offset())]);
    }
    return true;
  });
  const inPipe = (c: { start: number }) => pipeSpans.some(([s, e]) => c.start >= s && c.start < e);
  return { commands: commands.map((c) => ({ ...c, inPipeline: inPipe(c) })), pipes, parser: 'mvdan-sh' };
}

function wordValue(word: MvNode, source: string, toIndex: (b: number) => number): string {
  let out = '';
  for (const part of word['Parts'] as MvNode[]) out += partValue(part, source, toIndex);
  return out;
}

function partValue(part: MvNode, source: string, toIndex: (b: number) => number): string {
  switch (syntax.NodeType(part)) {
    case 'Lit':
    case 'SglQuoted':
      return String(part['Value']);
    case 'DblQuoted': {
      let out = '';
      for (const p of part['Parts'] as MvNode[]) out += partValue(p, source, toIndex);
      return out;
    }
    default:
      return source.slice(toIndex(part.Pos().Offset()), toIndex(part.End().Offset()));
  }
}

function byteToIndex(source: string): (byteOffset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(source)) return (b) => b;
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.codePointAt(i)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (code >= 0x10000) i++;
  }
  map.push(source.length);
  return (b) => map[b] ?? source.length;
}
