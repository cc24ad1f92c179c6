import type { Static } from '@sinclair/typebox';
import { BulwarkError, invalidParameter } from '../../domain/errors.js';
import { FILE_TYPES, isOneOf, type FileType } from '../../domain/scan-types.js';
import type { UploadInputFile, UploadResult } from '../../tasks/use-cases.js';
import { MultipartPayload } from '../multipart/multipart-payload.js';
import { parseMultipart } from '../multipart/parse-multipart.js';
import type { BatchUploadFilesResponse } from '../operations/batch-upload-files.js';

export interface UploadLimits {
  /** HSS: 10 files per call. */
  readonly maxFiles: number;
  /** HSS: 1 MiB per file. */
  readonly maxFileBytes: number;
}

export const HSS_UPLOAD_LIMITS: UploadLimits = { maxFiles: 10, maxFileBytes: 1024 * 1024 };
const MAX_FILE_NAME_CHARS = 256;

export interface UploadRequest {
  readonly uploadType: FileType;
  readonly files: readonly UploadInputFile[];
}

/**
 * The multipart body of BatchUploadFiles → upload type and files. Unknown parts are
 * ignored like unknown JSON fields. A file over 1 MiB rejects the whole request with 413
 * (hss-api.md §1 names the upload limits there), so nothing is stored.
 */
export function toUploadRequest(body: unknown, limits: UploadLimits = HSS_UPLOAD_LIMITS): UploadRequest {
  if (!(body instanceof MultipartPayload)) {
    throw new BulwarkError('malformed_body', 'Request body must be multipart/form-data');
  }
  const parts = parseMultipart(body.contentType, body.bytes);
  const typeParts = parts.filter((p) => p.name === 'upload_type' && p.fileName === undefined);
  const uploadType = typeParts[0]?.data.toString('utf8').trim();
  if (uploadType === undefined) throw invalidParameter('upload_type', 'is mandatory');
  if (typeParts.length > 1) throw invalidParameter('upload_type', 'must be sent once');
  if (!isOneOf(FILE_TYPES, uploadType)) throw invalidParameter('upload_type', `must be one of ${FILE_TYPES.join('|')}`);
  const fileParts = parts.filter((p) => p.name === 'files');
  if (fileParts.length === 0) throw invalidParameter('files', `is mandatory (1 to ${limits.maxFiles} file parts)`);
  if (fileParts.length > limits.maxFiles) throw invalidParameter('files', `must have between 1 and ${limits.maxFiles} items`);
  const files = fileParts.map((part, i): UploadInputFile => {
    const name = part.fileName;
    if (name === undefined || name === '') throw invalidParameter(`files[${i}]`, 'must be a file part with a file name');
    if (name.length > MAX_FILE_NAME_CHARS) throw invalidParameter(`files[${i}]`, `file name must be at most ${MAX_FILE_NAME_CHARS} characters`);
    if (part.data.length > limits.maxFileBytes) {
      throw new BulwarkError('payload_too_large', `File "${name}" is larger than ${limits.maxFileBytes} bytes`, { field: `files[${i}]` });
    }
    return { name, content: new Uint8Array(part.data) };
  });
  return { uploadType, files };
}

export function toBatchUploadFilesResponse(result: UploadResult): Static<typeof BatchUploadFilesResponse> {
  return {
    success_file_info: result.succeeded.map((f) => ({ file_name: f.name, file_id: f.fileId })),
    fail_file_info: result.failed.map((f) => ({ file_name: f.name, fail_reason: f.reason })),
  };
}
