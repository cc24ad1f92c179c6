import { describe, expect, it } from 'vitest';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { batchUploadFiles } from './batch-upload-files.js';

const URL_ = `${P}/common/files/batch-upload`;
const BOUNDARY = '----bulwark-test-boundary';

interface Part { name: string; fileName?: string; data: string | Buffer }

function multipart(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.fileName === undefined ? '' : `; filename="${p.fileName}"`}`;
    const type = p.fileName === undefined ? '' : 'Content-Type: application/octet-stream\r\n';
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

const headers = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

describe('BatchUploadFiles', () => {
  it('hands every file with its exact bytes to the use case and maps the result', async () => {
    const s = await createTestServer();
    const dockerfile = 'FROM alpine:3.20\r\nRUN echo "--not a boundary"\n';
    const binaryish = Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0x78, 0x0a, 0xff, 0x00, 0x0d, 0x0a]);
    const payload = multipart([
      { name: 'upload_type', data: 'dockerfile' },
      { name: 'files', fileName: 'Dockerfile', data: dockerfile },
      { name: 'files', fileName: 'dir/Dockerfile.dev', data: binaryish },
      { name: 'ignored', data: 'x' },
    ]);
    const r = await s.call({ method: 'POST', url: `${URL_}?enterprise_project_id=ep2`, role: 'operator', headers, payload });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(batchUploadFiles, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({
      success_file_info: [{ file_name: 'Dockerfile', file_id: 'file-0' }, { file_name: 'dir/Dockerfile.dev', file_id: 'file-1' }],
      fail_file_info: [],
    });
    const [uploadType, files] = s.tasks.lastCall()?.args ?? [];
    expect(uploadType).toBe('dockerfile');
    const received = files as Array<{ name: string; content: Uint8Array }>;
    expect(Buffer.from(received[0]?.content ?? []).toString('utf8')).toBe(dockerfile);
    expect(Buffer.compare(Buffer.from(received[1]?.content ?? []), binaryish)).toBe(0);
    expect(s.tasks.lastCall()?.scope.epParam).toBe('ep2');
    expect(Buffer.compare(Buffer.from(s.auth.seen.at(-1)?.request.body ?? []), payload)).toBe(0);
  });

  it('maps a rejected batch (all or nothing) to fail_file_info with no success', async () => {
    const s = await createTestServer();
    s.tasks.uploadFiles = async () => ({ succeeded: [], failed: [{ name: 'a.yaml', reason: 'no object with apiVersion and kind' }] });
    const r = await s.call({ method: 'POST', url: URL_, headers, payload: multipart([{ name: 'upload_type', data: 'k8s_yaml' }, { name: 'files', fileName: 'a.yaml', data: 'x: 1' }]) });
    expect(r.body).toEqual({ success_file_info: [], fail_file_info: [{ file_name: 'a.yaml', fail_reason: 'no object with apiVersion and kind' }] });
  });

  const file = (i: number): Part => ({ name: 'files', fileName: `f${i}.yaml`, data: 'apiVersion: v1\nkind: Pod\n' });
  it.each<[string, Part[], string]>([
    ['no upload_type', [file(0)], 'upload_type'],
    ['bad upload_type', [{ name: 'upload_type', data: 'helm' }, file(0)], 'upload_type'],
    ['no files', [{ name: 'upload_type', data: 'k8s_yaml' }], 'files'],
    ['11 files', [{ name: 'upload_type', data: 'k8s_yaml' }, ...Array.from({ length: 11 }, (_, i) => file(i))], 'files'],
    ['a files part without file name', [{ name: 'upload_type', data: 'k8s_yaml' }, { name: 'files', data: 'apiVersion: v1' }], 'files[0]'],
  ])('rejects %s with HSS.0001', async (_label, parts, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, headers, payload: multipart(parts) });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
    expect(s.tasks.calls).toHaveLength(0);
  });

  it('rejects a file over 1 MiB with 413 APIGW.0201 and stores nothing', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, headers, payload: multipart([
      { name: 'upload_type', data: 'k8s_yaml' }, file(0), { name: 'files', fileName: 'big.yaml', data: Buffer.alloc(1024 * 1024 + 1, 0x61) },
    ]) });
    expect([r.status, r.body['error_code']]).toEqual([413, 'APIGW.0201']);
    expect(s.tasks.calls).toHaveLength(0);
    const exact = await s.call({ method: 'POST', url: URL_, headers, payload: multipart([
      { name: 'upload_type', data: 'k8s_yaml' }, { name: 'files', fileName: 'max.yaml', data: Buffer.alloc(1024 * 1024, 0x61) },
    ]) });
    expect(exact.status).toBe(200);
  });

  it.each([
    ['JSON instead of multipart', { 'content-type': 'application/json' }, '{"upload_type":"k8s_yaml"}'],
    ['no boundary', { 'content-type': 'multipart/form-data' }, '--x\r\n\r\n--x--'],
    ['truncated body', headers, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="upload_type"\r\n\r\nk8s_yaml`],
    ['garbage', headers, 'hello'],
    ['header without colon', headers, `--${BOUNDARY}\r\nbroken\r\n\r\nx\r\n--${BOUNDARY}--`],
  ])('rejects %s with 400 HSS.0002', async (_label, h, payload) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, headers: h, payload });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0002']);
  });

  it('requires the operator role', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, role: 'viewer', headers, payload: multipart([{ name: 'upload_type', data: 'k8s_yaml' }, file(0)]) });
    expect([r.status, r.body['error_code']]).toEqual([403, 'APIGW.0302']);
  });
});
