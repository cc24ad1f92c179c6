import { describe, expect, it } from 'vitest';
import { isLiteralSecretValue, isSecretLikeName, isSecretLikeValue } from './secret-like.js';

describe('secret-looking names', () => {
  it.each(['DB_PASSWORD', 'password', 'api_key', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'AZURE_BATCH_KEY', 'OCI_CLI_KEY_CONTENT', 'client-secret', 'PRIVATE_KEY'])(
    'flags %s', (name) => expect(isSecretLikeName(name)).toBe(true),
  );
  it.each(['DB_HOST', 'PASSWORD_FILE', 'TOKEN_PATH', 'SECRET_NAME', 'PASSWORD_MIN_LENGTH', 'API_KEY_ID', 'TOKEN_TTL', 'MONKEY', 'KEYCLOAK_URL', 'PASSWORD_POLICY'])(
    'ignores %s', (name) => expect(isSecretLikeName(name)).toBe(false),
  );
});

describe('secret-looking values', () => {
  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIE...',
    '---BEGIN OPENSSH PRIVATE KEY---',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'REDIS_PASSWORD=abcd1234',
    'db:\n  password: s3cr3t-value',
  ])('flags %j', (value) => expect(isSecretLikeValue(value)).toBe(true));
  it.each(['info', 'https://example.com', 'password=${DB_PASSWORD}', 'token: <set me>', 'AKIA-not-a-key'])(
    'ignores %j', (value) => expect(isSecretLikeValue(value)).toBe(false),
  );
});

describe('literal values under a secret name', () => {
  it('ignores references, paths, placeholders and booleans', () => {
    for (const v of ['', '  ', '$(TOKEN)', '${TOKEN}', '/run/secrets/token', '<password>', '{{ .Values.password }}', 'true', 'null']) {
      expect(isLiteralSecretValue(v)).toBe(false);
    }
  });
  it('keeps real-looking literals, including weak defaults', () => {
    for (const v of ['hunter2', 'changeme', 'xxxxx', 'pk_4f9a8b']) expect(isLiteralSecretValue(v)).toBe(true);
  });
});
