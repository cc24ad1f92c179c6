// Key names that announce credentials. Suffixes such as _FILE or _PATH name where a secret
// lives, not the secret itself, and are excluded by the caller.
const SECRET_NAME = /(pass(word|wd|phrase)?|pwd|secret|token|api[-_.]?key|access[-_.]?key|private[-_.]?key|credential|auth[-_.]?key|session[-_.]?key|(^|[-_.])key($|[-_.]content))/i;
const REFERENCE_SUFFIX = /[-_.](file|path|dir|url|uri|endpoint|name|user(name)?|id|type|mode|enabled|length|ttl|expir\w*|header|key[-_.]?id|policy|algorithm|rotation|format|strength|count|size|version)$/i;

// Shapes of real credentials, independent of the key name.
const SECRET_VALUE_PATTERNS: readonly RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/, // AWS access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, // GitHub token
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack token
  /-{3,}\s*BEGIN ([A-Z]+ )?PRIVATE KEY/,
  /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, // JWT
  /\bAIza[0-9A-Za-z_-]{35}\b/, // Google API key
  /\bsk_live_[0-9a-zA-Z]{24,}\b/, // Stripe
  // An assignment inside an embedded config file: `DB_PASSWORD=hunter2`, `api_key: abc123`.
  /\b\w*(password|passwd|secret|token|api[-_]?key)\w*\s*[=:]\s*["']?[^\s"'${}<]{4,}/i,
];

export function isSecretLikeName(name: string): boolean {
  return SECRET_NAME.test(name) && !REFERENCE_SUFFIX.test(name);
}

export function isSecretLikeValue(value: string): boolean {
  return SECRET_VALUE_PATTERNS.some((p) => p.test(value));
}

/**
 * A literal worth reporting under a secret-looking name: not empty, not a `$(VAR)` or `${VAR}`
 * reference, not a file path, not a template placeholder and not a boolean.
 */
export function isLiteralSecretValue(value: string): boolean {
  const v = value.trim();
  if (v === '' || /^\$[({][^)}]+[)}]$/.test(v) || v.startsWith('/')) return false;
  // Template placeholders are filled in at deploy time; anything else, even `changeme`, is a real value.
  if (/^(true|false|yes|no|none|null|<.*>|\{\{.*\}\})$/i.test(v)) return false;
  return true;
}
