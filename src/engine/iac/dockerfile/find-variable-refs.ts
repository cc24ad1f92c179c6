/** A variable reference found in text, with offsets relative to that text. */
export interface RawVariableRef {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds `$NAME` and `${NAME…}` references the way Dockerfile variable substitution sees them:
 * nothing inside single quotes, nothing after the escape character.
 */
export function findVariableRefs(raw: string, escapeChar: string): RawVariableRef[] {
  const out: RawVariableRef[] = [];
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === escapeChar && quote !== "'") { i++; continue; }
    if (quote === '' && (ch === '"' || ch === "'")) { quote = ch; continue; }
    if (ch === quote) { quote = ''; continue; }
    if (ch !== '$' || quote === "'") continue;
    if (raw[i + 1] === '{') {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 2, i + 258));
      if (!m) continue;
      const close = raw.indexOf('}', i + 2);
      const end = close === -1 ? i + 2 + m[0].length : close + 1;
      out.push({ name: m[0], start: i, end });
      i = end - 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 1, i + 257));
      if (!m) continue;
      out.push({ name: m[0], start: i, end: i + 1 + m[0].length });
      i += m[0].length;
    }
  }
  return out;
}

/** Replaces `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` using `values`; unknown names stay as written. */
export function substituteVariables(raw: string, values: ReadonlyMap<string, string>): string {
  return raw.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced: string | undefined, op: string | undefined, word: string | undefined, plain: string | undefined) => {
      const name = braced ?? plain ?? '';
      const value = values.get(name);
      if (op === undefined) return value ?? whole;
      const set = value !== undefined && (op.startsWith(':') ? value !== '' : true);
      if (op.endsWith('-')) return set ? value! : (word ?? '');
      return set ? (word ?? '') : '';
    });
}
