import { MANIFEST_LIMITS } from './manifest-limits.js';

export type DecodedText = { readonly text: string } | { readonly error: string };

// C0 controls other than tab/LF/CR, and DEL: YAML forbids them, and their presence means the
// file is binary (an image or archive named *.yaml) rather than a damaged manifest.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/**
 * Bytes → text the composers can trust: valid UTF-8, no binary control characters, and
 * line breaks normalised to `\n` (CR LF and lone CR both end a line in YAML, and line/column
 * positions are identical either way).
 */
export function decodeManifestText(content: Uint8Array): DecodedText {
  if (content.byteLength > MANIFEST_LIMITS.maxFileBytes) {
    return { error: `file is ${content.byteLength} bytes, more than the ${MANIFEST_LIMITS.maxFileBytes}-byte limit for a manifest` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { error: 'file is not valid UTF-8 text' };
  }
  const bad = FORBIDDEN_CONTROL.exec(text);
  if (bad) {
    const before = text.slice(0, bad.index);
    const line = before.split('\n').length;
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { error: `file contains binary content (control character U+${code} on line ${line})` };
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { text };
}
