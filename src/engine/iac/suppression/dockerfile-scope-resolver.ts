import type { ScopeResolver } from './inline-suppressions.js';
import type { SuppressionScope } from './suppression-directive.js';

function isCode(line: string): boolean {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
}

/**
 * Text-level scopes for Dockerfile comments: a comment covers the next instruction, including
 * its continuation lines (comment and blank lines inside a continuation do not end it) and
 * its heredoc bodies, so a finding on the 5th line of a RUN is still covered.
 */
export function createDockerfileScopeResolver(text: string, escapeChar = '\\'): ScopeResolver {
  const lines = text.split(/\r?\n/);
  const at = (line: number) => lines[line - 1] ?? '';

  const instructionEnd = (start: number): number => {
    let n = start;
    const terminators: string[] = [];
    for (;;) {
      const line = at(n);
      for (const m of line.matchAll(/<<(-?)(["']?)([A-Za-z_][\w]*)\2/g)) terminators.push(m[3]!);
      if (!line.trimEnd().endsWith(escapeChar)) break;
      // A continuation skips comment and blank lines, as BuildKit does.
      do n++; while (n <= lines.length && !isCode(at(n)));
      if (n > lines.length) return lines.length;
    }
    for (const terminator of terminators) {
      while (n < lines.length && at(n + 1).trim() !== terminator) n++;
      if (n < lines.length) n++;
    }
    return n;
  };
  const element = (line: number): SuppressionScope => ({ kind: 'lines', start: line, end: instructionEnd(line) });

  return {
    nextElement(line) {
      for (let n = line; n <= lines.length; n++) if (isCode(at(n))) return element(n);
      return undefined;
    },
    sameLineElement(line) {
      return element(line);
    },
    isOwnLine(line, column) {
      return at(line).slice(0, column - 1).trim() === '';
    },
  };
}
