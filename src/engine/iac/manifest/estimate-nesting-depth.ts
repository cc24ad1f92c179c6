const SPACE = 0x20;
const HASH = 0x23;

/**
 * An upper bound on a YAML document's nesting depth, from one linear scan and without
 * building anything: the `yaml` package composes recursively (a few hundred levels exhaust
 * the stack) and slows down badly on very deep input, so the strict path refuses a document
 * whose bound is over the limit before handing it over.
 *
 * Block nesting: every deeper indentation can open a map and a sequence at once (hence 2 per
 * level), and every compact `- `/`? ` on a line opens one more. Flow nesting: brackets outside
 * quotes and comments. Block scalar bodies are skipped. The bound can only be high, never
 * low, so a valid document is refused only when it has well over half the limit in levels.
 */
export function estimateNestingDepth(text: string, start: number, end: number): number {
  const indents: number[] = [];
  let max = 0;
  let flow = 0;
  let quote = 0;
  let blockScalarIndent = -1;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let p = lineStart;
    while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
    const indent = p - lineStart;
    const blank = p === lineEnd;
    if (blockScalarIndent !== -1 && (blank || indent > blockScalarIndent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (!blank && quote === 0 && flow === 0 && text.charCodeAt(p) !== HASH) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (p < lineEnd && isCompactIndicator(text, p, lineEnd)) {
        dashes++;
        p += 1;
        while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
      }
      max = Math.max(max, 2 * indents.length + dashes);
    }
    let lastToken = -1;
    for (let k = p; k < lineEnd; k++) {
      const c = text.charCodeAt(k);
      if (quote !== 0) {
        if (c === quote) quote = 0;
        else if (c === 0x5c && quote === 0x22) k++;
        continue;
      }
      if (c === HASH && (k === lineStart || text.charCodeAt(k - 1) === SPACE)) break;
      if (c !== SPACE) lastToken = k;
      if ((c === 0x22 || c === 0x27) && isTokenStart(text, k, lineStart)) quote = c;
      else if (c === 0x5b || c === 0x7b) max = Math.max(max, 2 * indents.length + ++flow);
      else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
    }
    if (lastToken !== -1 && quote === 0 && flow === 0 && isBlockScalarHeader(text, lastToken, p)) blockScalarIndent = indent;
    lineStart = lineEnd + 1;
  }
  return max;
}

function isCompactIndicator(text: string, p: number, lineEnd: number): boolean {
  const c = text.charCodeAt(p);
  return (c === 0x2d || c === 0x3f) && (p + 1 >= lineEnd || text.charCodeAt(p + 1) === SPACE);
}

function isTokenStart(text: string, k: number, lineStart: number): boolean {
  if (k === lineStart) return true;
  const prev = text.charCodeAt(k - 1);
  return prev === SPACE || prev === 0x5b || prev === 0x7b || prev === 0x2c || prev === 0x3a;
}

/** `key: |`, `- >-`, `key: |+2`: the line ends with a block scalar header. */
function isBlockScalarHeader(text: string, last: number, from: number): boolean {
  let h = last;
  while (h >= from && /[-+0-9]/.test(text[h]!)) h--;
  const c = text.charCodeAt(h);
  if (c !== 0x7c && c !== 0x3e) return false;
  return h === from || text.charCodeAt(h - 1) === SPACE;
}
