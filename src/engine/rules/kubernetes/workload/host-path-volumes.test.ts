import { describe, expect, it } from 'vitest';
import { isSensitiveHostPath, normalizeHostPath } from './host-path-volumes.js';

describe('normalizeHostPath', () => {
  it.each([['/etc/', '/etc'], ['//var//run/', '/var/run'], ['/', '/'], ['///', '/'], [' /data ', '/data']])('%j -> %j', (raw, norm) => {
    expect(normalizeHostPath(raw)).toBe(norm);
  });
});

describe('isSensitiveHostPath', () => {
  it.each(['/', '/etc', '/etc/kubernetes/pki', '/proc', '/sys/fs/cgroup', '/var/run/docker.sock', '/var/lib/kubelet', '/dev', '/boot', '/root/.ssh'])(
    'flags %s', (p) => expect(isSensitiveHostPath(p)).toBe(true),
  );
  it.each(['/data', '/srv/app', '/etcetera', '/var/log', '/opt/app', '/devices-not-dev'])('ignores %s', (p) => expect(isSensitiveHostPath(p)).toBe(false));
});
