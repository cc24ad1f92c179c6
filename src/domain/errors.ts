/**
 * Typed application errors with stable codes. The API maps each code once to the HSS
 * error body (api/errors); nothing else decides HTTP statuses.
 */
export type ErrorCode =
  | 'invalid_parameter' // HSS.0001
  | 'malformed_body' // HSS.0002
  | 'not_found' // HSS.0011 (also for objects of another project/EP)
  | 'ep_forbidden' // HSS.0013
  | 'unauthenticated' // APIGW.0301
  | 'token_expired' // APIGW.0307
  | 'forbidden' // APIGW.0302
  | 'route_not_found' // APIGW.0101
  | 'payload_too_large' // APIGW.0201
  | 'rate_limited' // APIGW.0308
  | 'conflict'
  | 'internal'; // HSS.9999

export class BulwarkError extends Error {
  readonly code: ErrorCode;
  /** The request field the error is about, e.g. `cluster_scan_info.scan_type_list[1]`. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BulwarkError';
    this.code = code;
    this.field = options.field;
  }
}

export function invalidParameter(field: string, reason: string): BulwarkError {
  return new BulwarkError('invalid_parameter', `Invalid parameter: ${field} ${reason}`, { field });
}

export function notFound(what: string): BulwarkError {
  return new BulwarkError('not_found', `${what} not found`);
}
