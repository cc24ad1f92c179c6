import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../../domain/errors.js';
import { parseMultipart } from './parse-multipart.js';

const body = (boundary: string, parts: string[], epilogue = '\r\n') =>
  Buffer.from(`preamble ignored\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--${epilogue}`, 'latin1');

describe('parseMultipart', () => {
  it('reads names, file names, content types and exact data (CRLF inside data kept)', () => {
    const parts = parseMultipart('multipart/form-data; boundary=abc', body('abc', [
      'Content-Disposition: form-data; name="upload_type"\r\n\r\nk8s_yaml',
      'Content-Disposition: form-data; name="files"; filename="a b.yaml"\r\nContent-Type: text/yaml\r\n\r\nline1\r\n--abcnot\r\nline3',
    ]));
    expect(parts.map((p) => [p.name, p.fileName, p.contentType, p.data.toString('latin1')])).toEqual([
      ['upload_type', undefined, undefined, 'k8s_yaml'],
      ['files', 'a b.yaml', 'text/yaml', 'line1\r\n--abcnot\r\nline3'],
    ]);
  });

  it('accepts a quoted boundary, escaped quotes in file names and an empty part body', () => {
    const parts = parseMultipart('multipart/form-data; boundary="q r"', body('q r', [
      'content-disposition: form-data; name=files; filename="say \\"hi\\".txt"\r\n\r\n',
    ]));
    expect(parts).toHaveLength(1);
    expect(parts[0]?.fileName).toBe('say "hi".txt');
    expect(parts[0]?.name).toBe('files');
    expect(parts[0]?.data.length).toBe(0);
  });

  it.each([
    ['no boundary parameter', 'multipart/form-data', body('x', ['Content-Disposition: form-data; name="a"\r\n\r\n1'])],
    ['boundary never appears', 'multipart/form-data; boundary=zz', Buffer.from('hello')],
    ['missing closing delimiter', 'multipart/form-data; boundary=x', Buffer.from('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1')],
    ['part without a name', 'multipart/form-data; boundary=x', body('x', ['Content-Disposition: form-data\r\n\r\n1'])],
    ['part that is not form-data', 'multipart/form-data; boundary=x', body('x', ['Content-Disposition: attachment; name="a"\r\n\r\n1'])],
    ['garbage after delimiter', 'multipart/form-data; boundary=x', Buffer.from('--xjunk')],
  ])('rejects %s as malformed_body', (_label, contentType, payload) => {
    let caught: unknown;
    try {
      parseMultipart(contentType, payload);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BulwarkError);
    expect((caught as BulwarkError).code).toBe('malformed_body');
  });

  it('parses many parts in linear time without recursion', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Content-Disposition: form-data; name="p${i}"\r\n\r\n${'x'.repeat(1000)}`);
    expect(parseMultipart('multipart/form-data; boundary=b', body('b', many))).toHaveLength(60);
    const tooMany = Array.from({ length: 65 }, (_, i) => `Content-Disposition: form-data; name="p${i}"\r\n\r\nx`);
    expect(() => parseMultipart('multipart/form-data; boundary=b', body('b', tooMany))).toThrow(/more than 64 parts/);
  });
});
