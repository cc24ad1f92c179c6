import { BulwarkError } from '../../domain/errors.js';

/**
 * Turns anything thrown while serving a request into a BulwarkError. Fastify's own
 * errors (body parsing, size limits, content types) get their HSS meaning here; anything
 * unrecognised becomes `internal`, which the caller logs as a defect.
 */
export function toBulwarkError(err: unknown): BulwarkError {
  if (err instanceof BulwarkError) return err;
  const code = fastifyCodeOf(err);
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new BulwarkError('payload_too_large', 'Request body is larger than the limit', { cause: err });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new BulwarkError('malformed_body', 'Request body must be application/json', { cause: err });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_TYPE':
      return new BulwarkError('malformed_body', 'Request body is not parseable', { cause: err });
    case 'FST_ERR_BAD_URL':
      return new BulwarkError('invalid_parameter', 'Invalid parameter: path is not a valid URL', { field: 'path', cause: err });
    default:
      break;
  }
  if (err instanceof SyntaxError) return new BulwarkError('malformed_body', 'Request body is not valid JSON', { cause: err });
  const status = statusOf(err);
  if (status === 413) return new BulwarkError('payload_too_large', 'Request body is larger than the limit', { cause: err });
  if (status === 415) return new BulwarkError('malformed_body', 'Unsupported request body', { cause: err });
  if (status !== undefined && status >= 400 && status < 500) {
    return new BulwarkError('invalid_parameter', `Invalid parameter: ${messageOf(err)}`, { cause: err });
  }
  return new BulwarkError('internal', 'Internal server error', { cause: err });
}

function fastifyCodeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  return typeof err.code === 'string' ? err.code : undefined;
}

function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('statusCode' in err)) return undefined;
  return typeof err.statusCode === 'number' ? err.statusCode : undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
