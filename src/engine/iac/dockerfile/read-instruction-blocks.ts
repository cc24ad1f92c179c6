import type { SourceComment } from '../../inputs/source-comment.js';
import type { Segment } from './segment-map.js';
import type { TextIndex } from './text-index.js';

/** A heredoc as found by the line reader, in file offsets. */
export interface RawHeredoc {
  readonly delimiter: string;
  readonly stripTabs: boolean;
  readonly quoted: boolean;
  /** Marker `<<EOF` offsets in the joined instruction text. */
  readonly markerStart: number;
  readonly markerEnd: number;
  /** File offset of the first body line and of the end of the body (before the terminator line). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** File offset just after the terminator line (or end of file). */
  readonly regionEnd: number;
  readonly bodyStartLine: number;
  readonly terminated: boolean;
}

/** One instruction as physical text: the joined line, where its pieces came from, its heredocs. */
export interface InstructionBlock {
  /** Continuation lines joined with the escape characters removed, as BuildKit sees it. */
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly heredocs: readonly RawHeredoc[];
  /** File offsets of the first character and just after the last one (heredoc terminators included). */
  readonly start: number;
  readonly end: number;
}

const HEREDOC_KEYWORDS = /^\s*(RUN|COPY|ADD|ONBUILD\s+(RUN|COPY|ADD))\s/i;

/**
 * Walks physical lines into instruction blocks. Comment and blank lines inside a continuation
 * are skipped (and the comments kept), as BuildKit does. Linear in the file size.
 */
export function readInstructionBlocks(index: TextIndex, firstLine: number, escapeChar: string, comments: SourceComment[]): InstructionBlock[] {
  const blocks: InstructionBlock[] = [];
  const total = index.lineCount;
  const addComment = (lineNo: number, line: string) => {
    const at = line.indexOf('#');
    comments.push({ line: lineNo + 1, column: at + 1, text: line.slice(at + 1) });
  };
  let i = firstLine;
  while (i < total) {
    const line = index.line(i);
    const first = line.search(/\S/);
    if (first === -1) { i++; continue; }
    if (line[first] === '#') { addComment(i, line); i++; continue; }
    const segments: Segment[] = [];
    const pieces: string[] = [];
    let length = 0;
    let cur = i;
    let col = first;
    let end = index.lineStarts[i]! + line.length;
    for (;;) {
      const content = index.line(cur).slice(col);
      const fileStart = index.lineStarts[cur]! + col;
      const trimmed = content.trimEnd();
      const continued = trimmed.endsWith(escapeChar);
      const piece = continued ? trimmed.slice(0, -1) : content;
      segments.push({ at: length, file: fileStart, length: piece.length });
      pieces.push(piece);
      length += piece.length;
      end = fileStart + content.length;
      if (!continued) break;
      cur++;
      col = 0;
      while (cur < total) {
        const next = index.line(cur);
        const nf = next.search(/\S/);
        if (nf === -1) { cur++; continue; }
        if (next[nf] === '#') { addComment(cur, next); cur++; continue; }
        break;
      }
      if (cur >= total) { cur--; break; }
    }
    const text = pieces.join('');
    const heredocs: RawHeredoc[] = [];
    if (HEREDOC_KEYWORDS.test(text)) {
      for (const marker of findHeredocMarkers(text)) {
        const bodyStartLine = cur + 1;
        let t = bodyStartLine;
        const matches = (l: string) => (marker.stripTabs ? l.replace(/^\t+/, '') : l) === marker.delimiter;
        while (t < total && !matches(index.line(t))) t++;
        const terminated = t < total;
        const bodyStart = index.lineStarts[Math.min(bodyStartLine, total - 1)]! + (bodyStartLine >= total ? index.line(total - 1).length : 0);
        const bodyEnd = terminated ? Math.max(bodyStart, index.lineStarts[t]! - 1) : index.text.length;
        const regionEnd = terminated ? index.lineStarts[t]! + index.line(t).length : index.text.length;
        heredocs.push({ ...marker, bodyStart, bodyEnd, regionEnd, bodyStartLine: bodyStartLine + 1, terminated });
        end = regionEnd;
        cur = terminated ? t : total - 1;
      }
    }
    blocks.push({ text, segments, heredocs, start: index.lineStarts[i]! + first, end });
    i = cur + 1;
  }
  return blocks;
}

interface Marker {
  readonly delimiter: string;
  readonly stripTabs: boolean;
  readonly quoted: boolean;
  readonly markerStart: number;
  readonly markerEnd: number;
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'` outside quotes; `<<<` here-strings are not heredocs. */
function findHeredocMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === '' && (ch === '"' || ch === "'")) { quote = ch; continue; }
    if (ch === quote) { quote = ''; continue; }
    if (quote !== '' || ch !== '<' || text[i + 1] !== '<' || text[i + 2] === '<' || text[i - 1] === '<') continue;
    const m = /^<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(text.slice(i, i + 300));
    if (!m) continue;
    out.push({ delimiter: m[3]!, stripTabs: m[1] === '-', quoted: m[2] !== '', markerStart: i, markerEnd: i + m[0].length });
    i += m[0].length - 1;
  }
  return out;
}
