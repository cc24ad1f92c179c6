import type { SuppressionDirective } from './suppression-directive.js';
import { splitReasonAndExpiry } from './suppression-directive.js';

export interface IgnoreFileParse {
  readonly directives: SuppressionDirective[];
  /** Lines that could not be read, with a reason (reported, never fatal). */
  readonly problems: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `.bulwarkignore`, one entry per line:
 *   <rule id or alias> [path glob] [until=YYYY-MM-DD] [reason…]
 * `#` starts a comment line. A glob is recognised by containing `/`, `*`, `?` or a dot; without
 * one the entry applies to every file. Globs are relative to the directory holding the file.
 */
export function parseIgnoreFile(text: string): IgnoreFileParse {
  const directives: SuppressionDirective[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const tokens = line.split(/\s+/);
    const ref = tokens.shift()!;
    let pathGlob: string | undefined;
    if (tokens[0] !== undefined && !/^(?:until|exp(?:ires)?)[=:]/.test(tokens[0]) && /[/*?.]/.test(tokens[0])) pathGlob = tokens.shift();
    const { reason, expires } = splitReasonAndExpiry(tokens.join(' '));
    const badDate = /(?:until|exp(?:ires)?)[=:](\S+)/.exec(tokens.join(' '));
    if (badDate && !DATE.test(badDate[1]!)) {
      problems.push(`line ${i + 1}: expiry "${badDate[1]}" is not a YYYY-MM-DD date`);
      return;
    }
    directives.push({
      ref, scope: { kind: 'file' }, source: 'ignore-file',
      ...(pathGlob ? { pathGlob } : {}), ...(reason ? { reason } : {}), ...(expires ? { expires } : {}),
    });
  });
  return { directives, problems };
}
