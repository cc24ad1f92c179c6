import { compareSemver, parseSemver, type SemverVersion } from './semver-version.js';

/** One OSV range event; the schema allows exactly one key per event object. */
export type OsvEvent =
  | { readonly introduced: string }
  | { readonly fixed: string }
  | { readonly last_affected: string }
  | { readonly limit: string };

/**
 * An OSV range. `SEMVER` is what the Kubernetes feed uses; GHSA records for Go modules
 * use `ECOSYSTEM` with SemVer-shaped versions, evaluated the same way here.
 */
export interface OsvRange {
  readonly type: 'SEMVER' | 'ECOSYSTEM';
  readonly events: readonly OsvEvent[];
}

type Kind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
interface ParsedEvent {
  readonly kind: Kind;
  /** undefined stands for the two unbounded markers: introduced "0" and limit "*". */
  readonly version: SemverVersion | undefined;
}

export function eventKind(e: OsvEvent): Kind {
  if ('introduced' in e) return 'introduced';
  if ('fixed' in e) return 'fixed';
  if ('last_affected' in e) return 'last_affected';
  return 'limit';
}

export function eventVersion(e: OsvEvent): string {
  if ('introduced' in e) return e.introduced;
  if ('fixed' in e) return e.fixed;
  if ('last_affected' in e) return e.last_affected;
  return e.limit;
}

/** Why an event cannot be evaluated, or undefined when it can. */
export function checkOsvEvent(e: OsvEvent): string | undefined {
  const kind = eventKind(e);
  const text = eventVersion(e);
  if (kind === 'introduced' && text === '0') return undefined;
  if (kind === 'limit' && text === '*') return undefined;
  return parseSemver(text) ? undefined : `${kind} version ${JSON.stringify(text)} is not a SemVer version`;
}

function parseEvent(e: OsvEvent): ParsedEvent {
  const kind = eventKind(e);
  const text = eventVersion(e);
  if ((kind === 'introduced' && text === '0') || (kind === 'limit' && text === '*')) return { kind, version: undefined };
  const version = parseSemver(text);
  // Ranges are validated when the database is loaded; an unparsable event here is a bug upstream.
  if (!version) throw new RangeError(`unparsable OSV event version ${JSON.stringify(text)}`);
  return { kind, version };
}

/**
 * OSV evaluation (osv-schema "Evaluation"): below a limit when limits exist, then walk
 * the events in version order. Feeds list branches newest-first, so sorting is not
 * optional. `introduced: "0"` sorts before everything.
 */
export function isInOsvRange(version: SemverVersion, range: OsvRange): boolean {
  const events = range.events.map(parseEvent);
  const limits = events.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && !limits.some((l) => l.version === undefined || compareSemver(version, l.version) < 0)) {
    return false;
  }
  const ordered = events
    .filter((e) => e.kind !== 'limit')
    .map((e, index) => ({ e, index }))
    .sort((x, y) => compareEvents(x.e, y.e) || x.index - y.index)
    .map((x) => x.e);
  let affected = false;
  for (const e of ordered) {
    if (e.kind === 'introduced') {
      if (e.version === undefined || compareSemver(version, e.version) >= 0) affected = true;
    } else if (e.kind === 'fixed') {
      if (e.version !== undefined && compareSemver(version, e.version) >= 0) affected = false;
    } else if (e.kind === 'last_affected') {
      if (e.version !== undefined && compareSemver(version, e.version) > 0) affected = false;
    }
  }
  return affected;
}

function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  if (a.version === undefined) return b.version === undefined ? 0 : -1;
  if (b.version === undefined) return 1;
  return compareSemver(a.version, b.version);
}

/** The `fixed` versions of a range, in ascending order: what to upgrade to. */
export function fixedVersionsOf(range: OsvRange): string[] {
  return range.events
    .filter((e): e is { readonly fixed: string } => 'fixed' in e)
    .map((e) => e.fixed)
    .sort((a, b) => compareSemver(parseSemver(a) ?? ZERO, parseSemver(b) ?? ZERO));
}

const ZERO: SemverVersion = { major: 0, minor: 0, patch: 0, prerelease: [] };
