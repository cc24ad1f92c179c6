import type { RawShellCommand, RawShellScript, RawShellWord } from './raw-shell-script.js';

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * A simple, linear shell tokenizer used when mvdan-sh rejects a script or the script is too
 * large: words, quotes, and the operators `&& || | |& ; & ( )` and newlines. It knows nothing
 * about heredocs, functions or expansions, so rules get commands and arguments only.
 */
export function tokenizeShell(src: string, error?: string): RawShellScript {
  const commands: RawShellCommand[] = [];
  const pipes: Array<{ start: number; end: number }> = [];
  let words: RawShellWord[] = [];
  let pipedIn = false;
  const flush = (pipedOut: boolean) => {
    const assignments: string[] = [];
    while (words.length > 0 && ASSIGNMENT.test(words[0]!.value)) assignments.push(words.shift()!.value);
    if (words.length > 0) {
      commands.push({ words, assignments, start: words[0]!.start, end: words[words.length - 1]!.end, inPipeline: pipedIn || pipedOut });
    }
    words = [];
  };
  let i = 0;
  const n = src.length;
  while (i < n) {
    const ch = src[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') { i++; continue; }
    if (ch === '#' ) {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') { i += 2; continue; }
    if (ch === '|' && src[i + 1] !== '|') {
      const len = src[i + 1] === '&' ? 2 : 1;
      pipes.push({ start: i, end: i + len });
      flush(true);
      pipedIn = true;
      i += len;
      continue;
    }
    if (ch === '\n' || ch === ';' || ch === '&' || ch === '|' || ch === '(' || ch === ')') {
      flush(false);
      pipedIn = false;
      i += (ch === '&' || ch === '|') && src[i + 1] === ch ? 2 : 1;
      continue;
    }
    const start = i;
    let value = '';
    let quote = '';
    while (i < n) {
      const c = src[i]!;
      if (quote === '' && (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')')) break;
      if (c === '\\' && quote !== "'" && i + 1 < n) {
        if (src[i + 1] !== '\n') value += src[i + 1];
        i += 2;
        continue;
      }
      if (quote === '' && (c === '"' || c === "'")) quote = c;
      else if (c === quote) quote = '';
      else value += c;
      i++;
    }
    words.push({ value, start, end: i });
  }
  flush(false);
  return error === undefined ? { commands, pipes, parser: 'fallback' } : { commands, pipes, parser: 'fallback', error };
}
