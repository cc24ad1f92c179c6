import type { ScopeResolver } from './inline-suppressions.js';
import type { SuppressionScope } from './suppression-directive.js';

const DOC_SEPARATOR = /^(?:---|\.\.\.)(?:\s|$)/;

function isCode(line: string): boolean {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Text-level scopes for YAML comments. A comment directly above the first key of a
 * document covers the whole document (the object), as trivy's "above the resource" form
 * expects; above any other key it covers that key's block; at the end of a line, that line's
 * key and block.
 */
export function createYamlScopeResolver(text: string): ScopeResolver {
  const lines = text.split(/\r?\n/);
  const at = (line: number) => lines[line - 1] ?? '';

  const documentEnd = (from: number): number => {
    let n = from;
    while (n + 1 <= lines.length && !DOC_SEPARATOR.test(at(n + 1))) n++;
    return n;
  };
  const isFirstKeyOfDocument = (line: number): boolean => {
    for (let n = line - 1; n >= 1; n--) {
      if (DOC_SEPARATOR.test(at(n))) return true;
      if (isCode(at(n))) return false;
    }
    return true;
  };
  const blockEnd = (line: number): number => {
    const start = at(line);
    const indent = indentOf(start);
    // `key:` followed by `- item` at the same indent is still that key's block.
    const opensBlock = /:\s*(?:#.*)?$/.test(start.trim()) || /:\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(start.trim());
    let end = line;
    for (let n = line + 1; n <= lines.length; n++) {
      const l = at(n);
      if (DOC_SEPARATOR.test(l)) break;
      if (!isCode(l)) continue;
      const i = indentOf(l);
      if (i > indent || (opensBlock && i === indent && l.trimStart().startsWith('- '))) end = n;
      else break;
    }
    return end;
  };
  const element = (line: number): SuppressionScope => {
    if (isFirstKeyOfDocument(line) && indentOf(at(line)) === 0) return { kind: 'lines', start: line, end: documentEnd(line) };
    return { kind: 'lines', start: line, end: blockEnd(line) };
  };

  return {
    nextElement(line) {
      for (let n = line; n <= lines.length; n++) {
        if (DOC_SEPARATOR.test(at(n))) return undefined;
        if (isCode(at(n))) return element(n);
      }
      return undefined;
    },
    sameLineElement(line) {
      return { kind: 'lines', start: line, end: blockEnd(line) };
    },
    isOwnLine(line, column) {
      return at(line).slice(0, column - 1).trim() === '';
    },
  };
}
