export interface DocumentSlice {
  /** Offset of the document's first line (its `---` line when it has one). */
  readonly start: number;
  /** Offset where the next document begins (or the text length). */
  readonly end: number;
  /** 1-based first and last line of the slice. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface SplitDocuments {
  readonly slices: DocumentSlice[];
  /** A `%` directive changes how later documents parse; such files go to the strict path whole. */
  readonly hasDirectives: boolean;
  readonly tooMany: boolean;
}

/**
 * Splits YAML text (line breaks already `\n`) into document slices at `---` and after `...`
 * lines. YAML forbids these markers at the start of a line inside any content, so a line test
 * is exact; `--- # comment`, a trailing `---` without newline and `...` are all handled here.
 */
export function splitYamlDocuments(text: string, maxDocuments: number): SplitDocuments {
  const slices: DocumentSlice[] = [];
  let hasDirectives = false;
  let docStart = 0;
  let docLine = 1;
  let line = 1;
  let lineStart = 0;
  const close = (end: number, endLine: number) => {
    slices.push({ start: docStart, end, startLine: docLine, endLine });
  };
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const c = text.charCodeAt(lineStart);
    if ((c === 0x2d || c === 0x2e) && isMarker(text, lineStart, lineEnd, c)) {
      if (c === 0x2d) {
        if (lineStart > docStart) close(lineStart, line - 1);
        docStart = lineStart;
        docLine = line;
      } else {
        close(Math.min(lineEnd + 1, text.length), line);
        docStart = lineEnd + 1;
        docLine = line + 1;
      }
      if (slices.length > maxDocuments) return { slices, hasDirectives, tooMany: true };
    } else if (c === 0x25) {
      hasDirectives = true;
    }
    lineStart = lineEnd + 1;
    line++;
  }
  if (docStart < text.length) close(text.length, line - 1);
  return { slices, hasDirectives, tooMany: slices.length > maxDocuments };
}

function isMarker(text: string, p: number, lineEnd: number, c: number): boolean {
  if (text.charCodeAt(p + 1) !== c || text.charCodeAt(p + 2) !== c) return false;
  const next = text.charCodeAt(p + 3);
  return p + 3 >= lineEnd || next === 0x20 || next === 0x09;
}
