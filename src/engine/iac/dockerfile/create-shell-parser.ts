import { createRequire } from 'node:module';
import type { RawShellScript } from './raw-shell-script.js';
import { tokenizeShell } from './tokenize-shell.js';
import { walkMvdanTree } from './walk-mvdan-tree.js';

/** Parses shell scripts to commands; one per scan so the parser object and its cache are reused. */
export interface ShellParser {
  parse(source: string): RawShellScript;
}

export interface ShellParserOptions {
  /** Scripts longer than this go to the fallback tokenizer (mvdan-sh time and memory grow with size). */
  readonly maxScriptLength?: number;
  /** Distinct scripts remembered; identical RUN bodies across files are parsed once. */
  readonly cacheSize?: number;
  /**
   * Read plain command lists with the strict tokenizer instead of mvdan-sh (default true).
   * mvdan-sh (GopherJS) costs ~0.3-0.5 ms per RUN plus ~1.5 µs per character; the tokenizer
   * is ~100x cheaper and gives the same result on the scripts it accepts.
   */
  readonly fastPath?: boolean;
}

interface MvSyntax {
  NewParser(): { Parse(src: string, name: string): unknown };
}

let loaded: MvSyntax | undefined;

/**
 * Loads mvdan-sh on first need. Its GopherJS runtime sets `Error.stackTraceLimit = Infinity`
 * for the whole process, which makes every Error in the service capture a full stack, so the
 * previous limit is put back. Most RUNs never need it (the strict tokenizer reads them).
 */
function mvdanSyntax(): MvSyntax {
  if (!loaded) {
    const limit = Error.stackTraceLimit;
    const sh = createRequire(import.meta.url)('mvdan-sh') as { syntax: MvSyntax };
    Error.stackTraceLimit = limit;
    loaded = sh.syntax;
  }
  return loaded;
}

export function createShellParser(options: ShellParserOptions = {}): ShellParser {
  const maxLength = options.maxScriptLength ?? 64 * 1024;
  const cacheSize = options.cacheSize ?? 2048;
  const fastPath = options.fastPath ?? true;
  const cache = new Map<string, RawShellScript>();
  let parser: ReturnType<MvSyntax['NewParser']> | undefined;
  return {
    parse(source) {
      const hit = cache.get(source);
      if (hit) return hit;
      let result: RawShellScript;
      const simple = fastPath ? tokenizeShell(source, 'strict') : undefined;
      if (simple) {
        result = simple;
      } else if (source.length > maxLength) {
        result = tokenizeShell(source, 'lenient', `script longer than ${maxLength} characters: parsed with the simple tokenizer`);
      } else {
        try {
          parser ??= mvdanSyntax().NewParser();
          const file = parser.Parse(source, 'RUN') as { __internal_object__?: unknown };
          result = walkMvdanTree(file.__internal_object__, source, byteToIndex(source));
        } catch (err) {
          // A GopherJS-wrapped Go error carries Error(); a JS stack overflow is a RangeError.
          const e = err as { Error?: () => string; message?: string };
          const message = typeof e.Error === 'function' ? e.Error() : String(e.message ?? err);
          parser = undefined;
          result = tokenizeShell(source, 'lenient', message);
        }
      }
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
      cache.set(source, result);
      return result;
    },
  };
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
