import { BulwarkError } from '../../domain/errors.js';

export interface MultipartPart {
  readonly name: string;
  readonly fileName: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

const MAX_PARTS = 64;
const MAX_HEADER_BYTES = 16 * 1024;

/**
 * A strict RFC 7578 multipart/form-data parser over a complete body. Any structural
 * problem (no boundary, missing closing delimiter, a part without a name) is
 * `malformed_body` (HSS.0002); it never throws anything else and runs in linear time.
 */
export function parseMultipart(contentType: string, body: Buffer): MultipartPart[] {
  const boundary = boundaryOf(contentType);
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw malformed('multipart body has no boundary delimiter');
  pos += delimiter.length;
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts; // closing `--boundary--`
    while (body[pos] === 0x20 || body[pos] === 0x09) pos += 1;
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) throw malformed('multipart delimiter is not followed by CRLF');
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos, 'latin1');
    if (headerEnd < 0 || headerEnd - pos > MAX_HEADER_BYTES) throw malformed('multipart part headers are not terminated');
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('utf8'));
    const dataStart = headerEnd + 4;
    const next = findDelimiter(body, delimiter, dataStart);
    if (next < 0) throw malformed('multipart body is truncated (no closing boundary)');
    parts.push(toPart(headers, body.subarray(dataStart, next)));
    if (parts.length > MAX_PARTS) throw malformed(`multipart body has more than ${MAX_PARTS} parts`);
    pos = next + 2 + delimiter.length;
  }
}

/**
 * The next `CRLF--boundary` that really is a delimiter: followed by `--` (the close),
 * or by optional transport padding and CRLF. Data that merely contains the boundary text
 * followed by something else stays data.
 */
function findDelimiter(body: Buffer, delimiter: Buffer, from: number): number {
  const marker = Buffer.concat([Buffer.from('\r\n', 'latin1'), delimiter]);
  let at = body.indexOf(marker, from);
  while (at >= 0) {
    let after = at + marker.length;
    if (body[after] === 0x2d && body[after + 1] === 0x2d) return at;
    while (body[after] === 0x20 || body[after] === 0x09) after += 1;
    if (body[after] === 0x0d && body[after + 1] === 0x0a) return at;
    at = body.indexOf(marker, at + 1);
  }
  return -1;
}

function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (boundary === undefined) throw malformed('multipart Content-Type has no valid boundary');
  return boundary;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw malformed('multipart part has a malformed header line');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function toPart(headers: Map<string, string>, data: Buffer): MultipartPart {
  const disposition = headers.get('content-disposition');
  if (disposition === undefined || !/^form-data\b/i.test(disposition)) throw malformed('multipart part is not form-data');
  const name = dispositionParam(disposition, 'name');
  if (name === undefined) throw malformed('multipart part has no name');
  return { name, fileName: dispositionParam(disposition, 'filename'), contentType: headers.get('content-type'), data };
}

function dispositionParam(disposition: string, key: string): string | undefined {
  const re = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const match = re.exec(disposition);
  if (match === null) return undefined;
  const quoted = match[1];
  return quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : match[2];
}

function malformed(message: string): BulwarkError {
  return new BulwarkError('malformed_body', message);
}
