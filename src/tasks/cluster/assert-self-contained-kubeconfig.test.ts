import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../../domain/errors.js';
import { assertSelfContainedKubeconfig } from './assert-self-contained-kubeconfig.js';

const base = (user: string, cluster = 'certificate-authority-data: QUJD') => `apiVersion: v1
kind: Config
current-context: c
clusters:
  - name: k
    cluster:
      server: https://10.0.0.1:6443
      ${cluster}
users:
  - name: u
    user:
      ${user}
contexts:
  - name: c
    context: { cluster: k, user: u }
`;

function reason(text: string): string | undefined {
  try {
    assertSelfContainedKubeconfig(text);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(BulwarkError);
    expect((err as BulwarkError).code).toBe('invalid_parameter');
    return (err as BulwarkError).message;
  }
}

describe('assertSelfContainedKubeconfig', () => {
  it('accepts inline tokens and certificates', () => {
    expect(reason(base('token: abc'))).toBeUndefined();
    expect(reason(base('client-certificate-data: QUJD\n      client-key-data: QUJD'))).toBeUndefined();
  });

  it.each([
    ['exec: { command: /bin/sh, args: [-c, id], apiVersion: client.authentication.k8s.io/v1 }', 'exec'],
    ['auth-provider: { name: oidc }', 'auth-provider'],
    ['client-key: /var/lib/bulwark/master.key', 'client-key'],
    ['client-certificate: /etc/passwd', 'client-certificate'],
    ['tokenFile: /etc/shadow', 'tokenFile'],
  ])('rejects a user with %s', (user, what) => {
    expect(reason(base(user))).toContain(what);
  });

  it('rejects a CA read from a file, and malformed documents', () => {
    expect(reason(base('token: abc', 'certificate-authority: /etc/ssl/ca.pem'))).toContain('certificate-authority');
    expect(reason('a: [1, 2')).toContain('not valid YAML');
    expect(reason('- just a list')).toContain('mapping');
    expect(reason('users: 7')).toContain('users must be a list');
  });
});
