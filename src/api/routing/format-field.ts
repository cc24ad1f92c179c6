/**
 * Turns a JSON pointer from schema validation (`/cluster_scan_info/scan_type_list/1`)
 * into the field notation HSS uses in error messages (`cluster_scan_info.scan_type_list[1]`).
 */
export function formatField(pointer: string, prefix?: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(decodePointerSegment);
  let out = prefix ?? '';
  for (const seg of segments) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out === '' ? 'body' : out;
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
