import { Type } from '@sinclair/typebox';
import { FILE_TYPES } from '../../domain/scan-types.js';
import { toBatchUploadFilesResponse, toUploadRequest } from '../mappers/batch-upload-files-mapping.js';
import { defineRoute } from '../routing/define-route.js';
import { EpQuery, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

/** Documents the multipart parts; the body itself is parsed by toUploadRequest. */
export const BatchUploadFilesForm = Type.Object({
  upload_type: StringEnum(FILE_TYPES),
  files: Type.Array(Type.String({ format: 'binary' }), { minItems: 1, maxItems: 10, description: 'Each file at most 1 MiB' }),
});

export const BatchUploadFilesResponse = Type.Object({
  success_file_info: Type.Array(Type.Object({ file_name: Type.String(), file_id: Type.String() })),
  fail_file_info: Type.Array(Type.Object({ file_name: Type.String(), fail_reason: Type.String() })),
});

export const batchUploadFiles = defineRoute({
  operationId: 'BatchUploadFiles',
  method: 'POST',
  url: '/v5/:project_id/common/files/batch-upload',
  summary: 'Upload Dockerfiles or Kubernetes YAML files (all or nothing)',
  tags: ['task'],
  access: { role: 'operator' },
  consumes: 'multipart/form-data',
  schema: { params: ProjectParams, querystring: EpQuery, body: BatchUploadFilesForm, response: { 200: BatchUploadFilesResponse } },
  async handler(req, { tasks, uploadLimits }) {
    const upload = toUploadRequest(req.body, uploadLimits);
    return toBatchUploadFilesResponse(await tasks.uploadFiles(req.scope, upload.uploadType, upload.files));
  },
});
