import { randomBytes, randomInt } from 'node:crypto';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `randomInt` is uniform, so no character is likelier than another (no modulo bias). */
function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** 32 lowercase hex characters, the shape of a Huawei Cloud project id. */
export function generateProjectId(): string {
  return randomBytes(16).toString('hex');
}

/** Opaque user id; same shape as a project id so ids never reveal creation order. */
export function generateUserId(): string {
  return randomBytes(16).toString('hex');
}

/** Access key id (AK): 20 uppercase alphanumerics, as Huawei Cloud issues them. */
export function generateAccessKeyId(): string {
  return randomString(UPPER_ALNUM, 20);
}

/** Secret key (SK): 40 alphanumerics (about 238 bits). */
export function generateSecretKey(): string {
  return randomString(ALNUM, 40);
}

/** A bootstrap password: 24 alphanumerics (about 143 bits). */
export function generatePassword(): string {
  return randomString(ALNUM, 24);
}

/** Project and EP ids: what hss-api.md §0 accepts in a path or query (the SDK encodes these consistently). */
export const PROJECT_ID_PATTERN = /^[A-Za-z0-9_.~-]{1,256}$/;
