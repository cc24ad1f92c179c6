import type { RawShellCommand, RawShellScript, RawShellWord } from './raw-shell-script.js';

const PLAIN = /[A-Za-z0-9_.,:@%+=/~*?^!{}[\]-]/;
const TERMINATOR = /[ \t\n\r;&|<>]/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
// Words that start compound commands; a strict tokenizer leaves those to mvdan-sh.
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function', 'select', 'time', 'coproc', '{', '}', '!', '[[', ']]']);

// Thrown (and caught below) to abandon a strict tokenization. Not an Error: mvdan-sh sets
// Error.stackTraceLimit to Infinity, which makes every Error capture a full stack.
const NOT_SIMPLE = Symbol('not simple');

/**
 * A linear shell tokenizer: words, single and double quotes, `$VAR`/`${VAR}`, redirections,
 * comments, and the operators `&& || | |& ; &` and newlines.
 *
 * `strict`: returns undefined as soon as the script uses anything else (heredocs, `$(…)`,
 * backticks, backslashes, subshells, compound commands…). On the scripts it accepts it gives
 * exactly what mvdan-sh gives (a property test checks this), at a fraction of the cost, so it
 * serves as the fast path. `lenient` never fails and is the fallback when mvdan-sh rejects a
 * script or the script is too large: it then simply treats unknown syntax as words.
 */
export function tokenizeShell(src: string, mode: 'strict', error?: string): RawShellScript | undefined;
export function tokenizeShell(src: string, mode: 'lenient', error?: string): RawShellScript;
export function tokenizeShell(src: string, mode: 'strict' | 'lenient', error?: string): RawShellScript | undefined {
  const strict = mode === 'strict';
  const bail = () => {
    if (strict) throw NOT_SIMPLE;
  };
  const commands: RawShellCommand[] = [];
  const pipes: Array<{ start: number; end: number }> = [];
  let words: RawShellWord[] = [];
  let assignments: string[] = [];
  let pipedIn = false;
  const flush = (pipedOut: boolean) => {
    const first = words[0];
    const last = words[words.length - 1];
    if (first && last) commands.push({ words, assignments, start: first.start, end: last.end, inPipeline: pipedIn || pipedOut });
    else if (strict && pipedOut) bail();
    words = [];
    assignments = [];
  };
  const n = src.length;
  let i = 0;
  let redirectTarget = false;
  // After `&&`, `||` or `|` a command must follow (newlines allowed in between).
  let needCommand = false;

  const readWord = (): { value: string; start: number; end: number; quoted: boolean } => {
    const start = i;
    // Most words are plain: take them as one slice instead of character by character.
    let plain = i;
    while (plain < n && PLAIN.test(src[plain]!)) plain++;
    if (plain > i && (plain === n || TERMINATOR.test(src[plain]!))) {
      i = plain;
      return { value: src.slice(start, plain), start, end: plain, quoted: false };
    }
    let value = '';
    let quote = '';
    let quoted = false;
    while (i < n) {
      const c = src[i]!;
      if (quote === '') {
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';' || c === '&' || c === '|' || c === '<' || c === '>') break;
        if (c === '(' || c === ')' || c === '`') { bail(); if (c !== '`') break; }
        if (c === '\\') {
          bail();
          if (i + 1 < n) { if (src[i + 1] !== '\n') value += src[i + 1]; i += 2; continue; }
        }
        if (c === '$' && (src[i + 1] === "'" || src[i + 1] === '"' || src[i + 1] === '(')) bail();
        if (c === '$' && src[i + 1] === '{') {
          const close = src.indexOf('}', i);
          if (close === -1 || /[\s"'`$\\]/.test(src.slice(i + 2, close))) bail();
          if (close !== -1) { value += src.slice(i, close + 1); i = close + 1; continue; }
        }
        if (c === '"' || c === "'") { quote = c; quoted = true; i++; continue; }
        value += c;
        i++;
        continue;
      }
      if (c === quote) { quote = ''; i++; continue; }
      if (quote === '"' && (c === '\\' || c === '`' || (c === '$' && src[i + 1] === '('))) bail();
      if (quote === '"' && c === '$' && src[i + 1] === '{') {
        const close = src.indexOf('}', i);
        if (close === -1 || /["'`$\\]/.test(src.slice(i + 2, close))) bail();
      }
      value += c;
      i++;
    }
    if (quote !== '') bail();
    return { value, start, end: i, quoted };
  };

  try {
    while (i < n) {
      const ch = src[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\r') { i++; continue; }
      if (ch === '#' && !redirectTarget) {
        while (i < n && src[i] !== '\n') i++;
        continue;
      }
      if (ch === '\\' && src[i + 1] === '\n') { bail(); i += 2; continue; }
      if (ch === '<' || ch === '>' || (ch === '&' && src[i + 1] === '>')) {
        // Redirection operators: < > >> >& <& >| <> &> &>>; `<<` (heredoc) and `<<<` are not simple.
        if (ch === '<' && src[i + 1] === '<') bail();
        if (ch === '<' && src[i + 1] === '(') bail();
        if (ch === '>' && src[i + 1] === '(') bail();
        let j = i + 1;
        while (j < n && j < i + 3 && '<>&|'.includes(src[j]!)) j++;
        i = j;
        redirectTarget = true;
        continue;
      }
      if (ch === '|' && src[i + 1] !== '|') {
        const len = src[i + 1] === '&' ? 2 : 1;
        if (strict && words.length === 0) bail();
        pipes.push({ start: i, end: i + len });
        flush(true);
        needCommand = true;
        pipedIn = true;
        i += len;
        continue;
      }
      if (ch === '\n' || ch === ';' || ch === '&' || ch === '|' || ch === '(' || ch === ')') {
        if (ch === '(' || ch === ')') bail();
        if (strict && redirectTarget) bail();
        if (strict && ch === ';' && src[i + 1] === ';') bail();
        if (strict && ch !== '\n' && words.length === 0 && assignments.length === 0) bail();
        if (strict && ch !== '\n' && needCommand) bail();
        flush(false);
        if (ch === '&' || ch === '|') needCommand = src[i + 1] === ch || needCommand;
        pipedIn = false;
        i += (ch === '&' || ch === '|') && src[i + 1] === ch ? 2 : 1;
        continue;
      }
      const w = readWord();
      if (w.end === w.start) { i++; bail(); continue; }
      if (redirectTarget) { redirectTarget = false; continue; }
      // A word of digits glued to a redirection is its file descriptor (`2>&1`), not an argument.
      if (!w.quoted && /^\d+$/.test(w.value) && (src[w.end] === '>' || src[w.end] === '<')) continue;
      const raw = src.slice(w.start, w.end);
      if (words.length === 0 && ASSIGNMENT.test(raw)) {
        if (strict && src[w.start + raw.indexOf('=') + 1] === '(') bail();
        assignments.push(raw);
        needCommand = false;
        continue;
      }
      if (strict && words.length === 0 && !w.quoted && RESERVED.has(w.value)) bail();
      words.push({ value: w.value, start: w.start, end: w.end });
      needCommand = false;
    }
    if (strict && (redirectTarget || needCommand)) bail();
    flush(false);
  } catch (err) {
    if (err === NOT_SIMPLE) return undefined;
    throw err;
  }
  return error === undefined ? { commands, pipes, parser: strict ? 'simple' : 'fallback' } : { commands, pipes, parser: 'fallback', error };
}
