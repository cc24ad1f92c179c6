import type { RawWord } from './split-words.js';
import { isSpace } from './split-words.js';

/**
 * Reads `["a", "b"]` (exec form). Returns undefined when the text is not a JSON array of
 * strings, in which case Docker treats it as shell form.
 */
export function parseExecForm(text: string, from: number): RawWord[] | undefined {
  let i = from;
  const n = text.length;
  const skip = () => { while (i < n && isSpace(text.charCodeAt(i))) i++; };
  skip();
  if (text[i] !== '[') return undefined;
  i++;
  const out: RawWord[] = [];
  skip();
  if (text[i] === ']') {
    i++;
    skip();
    return i === n ? out : undefined;
  }
  for (;;) {
    skip();
    if (text[i] !== '"') return undefined;
    const start = i;
    i++;
    while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= n) return undefined;
    i++;
    const raw = text.slice(start, i);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
    out.push({ value, raw, start, end: i });
    skip();
    if (text[i] === ',') { i++; continue; }
    if (text[i] === ']') { i++; break; }
    return undefined;
  }
  skip();
  return i === n ? out : undefined;
}
