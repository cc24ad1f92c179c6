import type { SourceComment } from '../../inputs/source-comment.js';
import { peerRef } from '../rule-ref.js';
import type { SuppressionDirective, SuppressionScope } from './suppression-directive.js';
import { splitReasonAndExpiry } from './suppression-directive.js';

/**
 * Resolves what an own-line comment refers to: the next element (YAML key block or
 * Dockerfile instruction) or, for a comment on a line with code, that element.
 */
export interface ScopeResolver {
  /** Lines covered by the element that starts on or after `line` ("the next element"). */
  nextElement(line: number): SuppressionScope | undefined;
  /** The element on the comment's own line (end-of-line comments). */
  sameLineElement(line: number, column: number): SuppressionScope | undefined;
  /** True when only whitespace precedes the comment on its line. */
  isOwnLine(line: number, column: number): boolean;
}

const FILE: SuppressionScope = { kind: 'file' };

/**
 * Reads every inline dialect we accept, so repositories annotated for another scanner keep
 * their suppressions: ours (`bulwark:ignore`), trivy, checkov, hadolint and kics.
 */
export function parseInlineSuppressions(comments: readonly SourceComment[], resolver: ScopeResolver): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  for (const comment of comments) {
    const text = comment.text.trim();
    const owns = resolver.isOwnLine(comment.line, comment.column);
    const target = () => (owns ? resolver.nextElement(comment.line + 1) : resolver.sameLineElement(comment.line, comment.column));
    let m: RegExpExecArray | null;
    if ((m = /^bulwark:ignore(-file)?\s+(\S+)(.*)$/.exec(text))) {
      const scope = m[1] ? FILE : target();
      if (scope) for (const ref of m[2]!.split(',')) out.push({ ref, scope, source: 'inline', ...splitReasonAndExpiry(m[3]!) });
    } else if (/^trivy:ignore:/.test(text)) {
      const scope = target();
      if (!scope) continue;
      for (const part of text.split(/\s+/)) {
        const t = /^trivy:ignore:([^:\s]+)(?::exp:(\d{4}-\d{2}-\d{2}))?$/.exec(part);
        if (t) out.push({ ref: peerRef('trivy', t[1]!), scope, source: 'inline', ...(t[2] ? { expires: t[2] } : {}) });
      }
    } else if ((m = /^checkov:skip=([A-Za-z0-9_]+)(?::(.*))?$/.exec(text))) {
      // Checkov applies a Dockerfile skip comment to the whole file, wherever it stands.
      out.push({ ref: peerRef('checkov', m[1]!), scope: FILE, source: 'inline', ...splitReasonAndExpiry(m[2] ?? '') });
    } else if ((m = /^hadolint\s+(global\s+)?ignore=([A-Za-z0-9_,\s]+?)(?:\s+#\s*(.*))?$/.exec(text))) {
      const scope = m[1] ? FILE : target();
      if (!scope) continue;
      for (const id of m[2]!.split(',').map((s) => s.trim()).filter(Boolean)) {
        out.push({ ref: peerRef('hadolint', id), scope, source: 'inline', ...splitReasonAndExpiry(m[3] ?? '') });
      }
    } else if ((m = /^kics-scan\s+(ignore-line|ignore-block|ignore)\s*$/.exec(text))) {
      const kind = m[1]!;
      const scope = kind === 'ignore' ? FILE : kind === 'ignore-line' ? lineOf(resolver.nextElement(comment.line + 1)) : target();
      if (scope) out.push({ ref: '*', scope, source: 'inline' });
    }
  }
  return out;
}

function lineOf(scope: SuppressionScope | undefined): SuppressionScope | undefined {
  return scope && scope.kind === 'lines' ? { kind: 'lines', start: scope.start, end: scope.start } : scope;
}
