const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

export interface QuotedScalar {
  readonly value: string;
  /** Offset just past the closing quote. */
  readonly end: number;
}

/**
 * Reads a quoted scalar that closes on the same line. Returns undefined for anything the fast
 * composer does not handle (multi-line quotes, unknown escapes): the strict path takes over.
 */
export function readQuotedScalar(text: string, start: number, lineEnd: number): QuotedScalar | undefined {
  return text.charCodeAt(start) === 0x27 ? readSingle(text, start, lineEnd) : readDouble(text, start, lineEnd);
}

function readSingle(text: string, start: number, lineEnd: number): QuotedScalar | undefined {
  let out = '';
  let from = start + 1;
  for (;;) {
    const q = text.indexOf("'", from);
    if (q === -1 || q >= lineEnd) return undefined;
    if (text.charCodeAt(q + 1) === 0x27 && q + 1 < lineEnd) {
      out += text.slice(from, q + 1);
      from = q + 2;
      continue;
    }
    return { value: out + text.slice(from, q), end: q + 1 };
  }
}

function readDouble(text: string, start: number, lineEnd: number): QuotedScalar | undefined {
  let out = '';
  let from = start + 1;
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { value: out + text.slice(from, i), end: i + 1 };
    if (c !== 0x5c) continue;
    out += text.slice(from, i);
    const e = text[i + 1];
    if (e === undefined || i + 1 >= lineEnd) return undefined;
    const fixed = ESCAPES[e];
    if (fixed !== undefined) {
      out += fixed;
      i += 1;
    } else {
      const len = HEX_LENGTH[e];
      if (len === undefined) return undefined;
      const hex = text.slice(i + 2, i + 2 + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += 1 + len;
    }
    from = i + 1;
  }
  return undefined;
}
