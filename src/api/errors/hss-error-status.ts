import type { ErrorCode } from '../../domain/errors.js';

export interface HssErrorStatus {
  readonly httpStatus: number;
  readonly errorCode: string;
}

/**
 * The single table from domain error codes to HTTP status and HSS `error_code`
 * (hss-api.md §1). The Huawei SDK turns every 4xx into a ClientRequestException that
 * carries these two values, so they have to match HSS exactly.
 */
const STATUS_OF: Readonly<Record<ErrorCode, HssErrorStatus>> = {
  invalid_parameter: { httpStatus: 400, errorCode: 'HSS.0001' },
  malformed_body: { httpStatus: 400, errorCode: 'HSS.0002' },
  not_found: { httpStatus: 400, errorCode: 'HSS.0011' },
  ep_forbidden: { httpStatus: 403, errorCode: 'HSS.0013' },
  unauthenticated: { httpStatus: 401, errorCode: 'APIGW.0301' },
  token_expired: { httpStatus: 401, errorCode: 'APIGW.0307' },
  forbidden: { httpStatus: 403, errorCode: 'APIGW.0302' },
  route_not_found: { httpStatus: 404, errorCode: 'APIGW.0101' },
  payload_too_large: { httpStatus: 413, errorCode: 'APIGW.0201' },
  rate_limited: { httpStatus: 429, errorCode: 'APIGW.0308' },
  // HSS has no conflict code; an operation that clashes with stored state is an
  // inconsistent parameter from the caller's point of view.
  conflict: { httpStatus: 400, errorCode: 'HSS.0001' },
  internal: { httpStatus: 500, errorCode: 'HSS.9999' },
};

export function hssErrorStatus(code: ErrorCode): HssErrorStatus {
  return STATUS_OF[code];
}
