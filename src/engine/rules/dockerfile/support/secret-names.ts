const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'SECRET', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PRIVATEKEY']);
const SECRET_PAIRS = new Set(['API_KEY', 'PRIVATE_KEY', 'ACCESS_KEY', 'SECRET_KEY', 'AUTH_KEY', 'CLIENT_SECRET', 'SIGNING_KEY', 'ENCRYPTION_KEY']);
// Names that point at or describe a secret without holding it.
const HARMLESS_SUFFIX = new Set(['FILE', 'PATH', 'DIR', 'URL', 'ENDPOINT', 'ID', 'NAME', 'LENGTH', 'TTL', 'EXPIRY', 'HEADER', 'TYPE', 'ENABLED']);

/** True for variable names that hold secrets by convention (`DB_PASSWORD`, `NPM_TOKEN`, `AWS_SECRET_ACCESS_KEY`). */
export function isSecretName(name: string): boolean {
  const parts = name.toUpperCase().split(/[_.-]+/).filter((p) => p !== '');
  if (parts.length === 0 || HARMLESS_SUFFIX.has(parts[parts.length - 1]!)) return false;
  if (parts.some((p) => SECRET_WORDS.has(p))) return true;
  for (let i = 1; i < parts.length; i++) if (SECRET_PAIRS.has(`${parts[i - 1]}_${parts[i]}`)) return true;
  return false;
}

const SECRET_VALUES = [
  /\bAKIA[0-9A-Z]{16}\b/, // AWS access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, // GitHub token
  /\bglpat-[A-Za-z0-9_-]{20,}\b/, // GitLab token
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/, // Slack token
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bnpm_[A-Za-z0-9]{36}\b/,
];

/** True for values that look like a credential by their format alone. */
export function looksLikeSecretValue(value: string): boolean {
  return SECRET_VALUES.some((re) => re.test(value));
}
