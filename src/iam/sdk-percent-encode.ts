/**
 * Percent-encodes UTF-8 with only `A-Za-z0-9-_.~` kept and uppercase hex, the encoding the
 * Huawei SDK signer applies to path segments, query keys and query values. Unlike
 * `encodeURIComponent` it also escapes `!'()*`. Throws URIError on a lone surrogate.
 */
export function sdkPercentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
