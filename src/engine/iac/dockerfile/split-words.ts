/** A word of an instruction line, with offsets into the joined instruction text. */
export interface RawWord {
  readonly value: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits shell-form instruction arguments the way BuildKit does for COPY, EXPOSE, USER and
 * friends: whitespace separates words, quotes group, the escape character escapes the next
 * character. Runs in one pass, so a 1 MiB line costs linear time.
 */
export function splitWords(text: string, escapeChar: string, from = 0): RawWord[] {
  const words: RawWord[] = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let simple = i;
    while (simple < n && !isSpace(text.charCodeAt(simple)) && text[simple] !== '"' && text[simple] !== "'" && text[simple] !== escapeChar) simple++;
    if (simple === n || isSpace(text.charCodeAt(simple))) {
      words.push({ value: text.slice(start, simple), raw: text.slice(start, simple), start, end: simple });
      i = simple;
      continue;
    }
    let value = '';
    let quote = '';
    while (i < n) {
      const ch = text[i]!;
      if (quote === '' && isSpace(ch.charCodeAt(0))) break;
      if (ch === escapeChar && quote !== "'" && i + 1 < n) {
        value += text[i + 1];
        i += 2;
        continue;
      }
      if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
      else if (ch === quote) quote = '';
      else value += ch;
      i++;
    }
    words.push({ value, raw: text.slice(start, i), start, end: i });
  }
  return words;
}

/** Removes quotes and escapes from one word. */
export function unquoteWord(raw: string, escapeChar: string): string {
  if (!/["'\\`]/.test(raw)) return raw;
  let out = '';
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === escapeChar && quote !== "'" && i + 1 < raw.length) {
      out += raw[++i];
      continue;
    }
    if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
    else out += ch;
  }
  return out;
}

/** Index of the first `=` outside quotes, or -1. */
export function unquotedEquals(raw: string): number {
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
    else if (ch === '=' && quote === '') return i;
  }
  return -1;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}
