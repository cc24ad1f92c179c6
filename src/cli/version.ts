import { readFileSync } from 'node:fs';

function readVersion(): string {
  // package.json sits two levels above both src/cli and dist/cli.
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export const BULWARK_VERSION = readVersion();
