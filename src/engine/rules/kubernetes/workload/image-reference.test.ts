import { describe, expect, it } from 'vitest';
import { parseImageReference } from './image-reference.js';

describe('parseImageReference', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'nginx', tag: undefined, digest: undefined }],
    ['library/nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27', digest: undefined }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', tag: undefined, digest: undefined }],
    ['localhost/app:2', { registry: 'localhost', repository: 'app', tag: '2', digest: undefined }],
    ['registry.example.com:5000/team/app:1.0@sha256:abc', { registry: 'registry.example.com:5000', repository: 'team/app', tag: '1.0', digest: 'sha256:abc' }],
    ['ghcr.io/acme/tool@sha256:def', { registry: 'ghcr.io', repository: 'acme/tool', tag: undefined, digest: 'sha256:def' }],
    ['  busybox:latest  ', { registry: 'docker.io', repository: 'busybox', tag: 'latest', digest: undefined }],
    ['app:', { registry: 'docker.io', repository: 'app', tag: undefined, digest: undefined }],
  ])('%s', (raw, expected) => {
    expect(parseImageReference(raw)).toEqual(expected);
  });

  it('does not mistake a registry port for a tag', () => {
    expect(parseImageReference('registry.example.com:5000/app').tag).toBeUndefined();
  });
});
