export interface BlockScalar {
  readonly value: string;
  /** Offset just past the last non-empty content line (the value's end for ranges). */
  readonly end: number;
  /** Offset of the first line after the scalar (where composing continues). */
  readonly next: number;
  /** 1-based line number of that line. */
  readonly nextLine: number;
  /** Offset of a `#` comment on the header line, if any. */
  readonly headerComment: number | undefined;
}

/**
 * Reads a `|` or `>` block scalar whose header starts at `header`. `minIndent` is one more
 * than the owning node's indentation. Explicit indentation indicators, over-indented leading
 * blank lines and empty `|+` scalars return undefined (strict path): they are rare and their
 * edge cases are where hand-written YAML parsers usually go wrong.
 */
export function readBlockScalar(
  text: string, header: number, headerLineEnd: number, headerLine: number, minIndent: number, docEnd: number,
): BlockScalar | undefined {
  const folded = text.charCodeAt(header) === 0x3e;
  let i = header + 1;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  const ind = text.charCodeAt(i);
  if (ind === 0x2d) chomp = 'strip';
  else if (ind === 0x2b) chomp = 'keep';
  if (chomp !== 'clip') i++;
  while (i < headerLineEnd && text.charCodeAt(i) === 0x20) i++;
  let headerComment: number | undefined;
  if (i < headerLineEnd) {
    if (text.charCodeAt(i) !== 0x23 || text.charCodeAt(i - 1) !== 0x20) return undefined;
    headerComment = i;
  }
  const parts: string[] = [];
  let indent = -1;
  let lastText = -1;
  let end = headerLineEnd;
  let maxLeadingBlank = 0;
  let lineStart = headerLineEnd + 1;
  let line = headerLine + 1;
  while (lineStart < docEnd) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > docEnd) lineEnd = docEnd;
    let n = lineStart;
    while (n < lineEnd && text.charCodeAt(n) === 0x20) n++;
    const spaces = n - lineStart;
    if (n === lineEnd) {
      if (indent === -1) maxLeadingBlank = Math.max(maxLeadingBlank, spaces);
      else if (spaces > indent) return undefined;
      parts.push('');
    } else {
      if (indent === -1) {
        if (spaces < minIndent) break;
        if (maxLeadingBlank > spaces) return undefined;
        indent = spaces;
      } else if (spaces < indent) {
        break;
      }
      parts.push(text.slice(lineStart + indent, lineEnd));
      lastText = parts.length - 1;
      end = lineEnd;
      while (text.charCodeAt(end - 1) === 0x20) end--;
    }
    lineStart = lineEnd + 1;
    line++;
  }
  if (lastText === -1 && chomp === 'keep') return undefined;
  const body = parts.slice(0, lastText + 1);
  const trailing = parts.length - lastText - 1;
  let value = folded ? fold(body) : body.join('\n');
  if (lastText !== -1) {
    if (chomp === 'clip') value += '\n';
    else if (chomp === 'keep') value += '\n' + '\n'.repeat(trailing);
  }
  return { value, end, next: Math.min(lineStart, docEnd), nextLine: line, headerComment };
}

/** Folding: a single break between two ordinary lines becomes a space; around more-indented lines breaks are kept. */
function fold(lines: readonly string[]): string {
  let out = '';
  let blank = 0;
  let seenText = false;
  let prevMore = false;
  for (const t of lines) {
    if (t === '') {
      blank++;
      continue;
    }
    const more = t.charCodeAt(0) === 0x20 || t.charCodeAt(0) === 0x09;
    if (!seenText) out += '\n'.repeat(blank) + t;
    else if (!more && !prevMore) out += (blank === 0 ? ' ' : '\n'.repeat(blank)) + t;
    else out += '\n'.repeat(blank + 1) + t;
    seenText = true;
    prevMore = more;
    blank = 0;
  }
  return out;
}
