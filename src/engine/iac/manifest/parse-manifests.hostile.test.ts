import { describe, expect, it } from 'vitest';
import { MANIFEST_LIMITS } from './manifest-limits.js';
import { parseManifests } from './parse-manifests.js';

const parseText = (text: string) => parseManifests({ path: 'evil.yaml', content: new TextEncoder().encode(text) });
const parseBytes = (content: Uint8Array) => parseManifests({ path: 'evil.yaml', content });

// Every case must come back as a result (never a throw, never a hang: vitest's timeout is the bound).
describe('hostile manifests', () => {
  it('rejects a billion-laughs alias bomb with a reason', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\n${text}`);
    expect(r.objects).toEqual([]);
    expect(r.error).toMatch(/alias/i);
  });

  it('rejects an anchor that contains an alias to itself', () => {
    const r = parseText('apiVersion: v1\nkind: ConfigMap\ndata: &d {self: *d}\n');
    expect(r.error).toMatch(/alias/i);
  });

  it('rejects aliases that nest deeper than the limit once expanded', () => {
    const level = '['.repeat(100);
    const close = ']'.repeat(100);
    const text = `apiVersion: v1\nkind: ConfigMap\na: &a ${level}x${close}\nb: &b ${level}*a${close}\nc: &c ${level}*b${close}\n`;
    expect(parseText(text).error).toMatch(/with aliases expanded/);
  });

  it('parses a 1 MiB single-line value correctly', () => {
    const long = 'x'.repeat(1024 * 1024);
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\ndata: {blob: ${long}}\n`);
    expect(r.error).toBeUndefined();
    expect((r.objects[0]!.body['data'] as Record<string, string>)['blob']).toHaveLength(long.length);
  });

  it('rejects a 1 MiB line of opening brackets as too deep', () => {
    const r = parseText(`a: ${'['.repeat(1024 * 1024)}\n`);
    expect(r.error).toBeDefined();
  });

  it.each([
    ['flow sequences', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['flow maps', `a: ${'{b: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
    ['compact block sequences', `${'- '.repeat(10_000)}x\n`],
    ['indented block maps', Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'],
  ])('rejects 10,000-level nesting of %s', (_name, text) => {
    const r = parseText(text);
    expect(r.objects).toEqual([]);
    expect(r.error).toContain(`deeper than ${MANIFEST_LIMITS.maxDepth}`);
  });

  it('accepts nesting up to the limit on both paths (an anchor sends the second to the yaml package)', () => {
    const depth = MANIFEST_LIMITS.maxDepth - 2;
    const flow = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    for (const anchor of ['', '&x ']) {
      const r = parseText(`apiVersion: v1\nkind: ConfigMap\ndata: ${anchor}${flow}\n`);
      expect(r.error).toBeUndefined();
      expect(r.stats?.strictDocuments).toBe(anchor === '' ? 0 : 1);
    }
    const block = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}: &a${i}`).join('\n') + ' 1\n';
    expect(parseText(`apiVersion: v1\nkind: ConfigMap\ndata:\n${block.replace(/^/gm, ' ')}`).error).toBeUndefined();
  });

  it('rejects binary content, invalid UTF-8 and NUL bytes', () => {
    const binary = new Uint8Array(64 * 1024);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    expect(parseBytes(binary).error).toMatch(/UTF-8|binary/);
    expect(parseBytes(new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a])).error).toBe('file is not valid UTF-8 text');
    const nul = parseText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\u0000b\n');
    expect(nul.error).toBe('file contains binary content (control character U+0000 on line 4)');
  });

  it('rejects more documents than the limit and parses a large number below it', () => {
    expect(parseText('---\n'.repeat(MANIFEST_LIMITS.maxDocuments + 5)).error).toMatch(/more than/);
    const many = Array.from({ length: 20_000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join('---\n');
    const r = parseText(many);
    expect(r.error).toBeUndefined();
    expect(r.objects).toHaveLength(20_000);
    expect(r.objects[19_999]!.locate(['metadata', 'name'])!.startLine).toBe(20_000 * 4 - 1);
  });

  it('locates every key of a 50,000-key map (large maps use a key index)', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: v${i}`).join('\n');
    const r = parseText(`apiVersion: v1\nkind: ConfigMap\ndata:\n${keys}\n`);
    const obj = r.objects[0]!;
    for (let i = 0; i < 50_000; i += 1) expect(obj.locate(['data', `k${i}`])!.startLine).toBe(i + 4);
  });

  it('rejects a file over the size limit without decoding it', () => {
    const r = parseBytes(new Uint8Array(MANIFEST_LIMITS.maxFileBytes + 1));
    expect(r.error).toMatch(/limit/);
  });

  it('reports invalid YAML with its line and column', () => {
    const r = parseText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n   bad: [\n');
    expect(r.objects).toEqual([]);
    expect(r.error).toMatch(/^line \d+, column \d+: /);
  });

  it('treats un-rendered Helm template syntax as an error or a string, never a crash', () => {
    const r = parseText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n{{- if .Values.x }}\n');
    expect(r.error).toBeDefined();
  });
});
