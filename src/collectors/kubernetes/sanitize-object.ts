import type { JsonObject, JsonValue } from '../../engine/inputs/kube-object.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Trims an object as listed before it is kept in a snapshot:
 * - managedFields keep manager, operation, apiVersion and time (deprecated-API detection
 *   reads apiVersion) but lose `fieldsV1`, the bulk of most objects;
 * - ConfigMaps keep their key names only (`dataKeys`, `binaryDataKeys`): values may hold
 *   credentials, and so may the last-applied annotation, which is dropped for them.
 */
export function sanitizeObject(item: JsonObject, apiVersion: string, kind: string): JsonObject {
  const out: JsonObject = { ...item, apiVersion, kind };
  const metadata = isObject(item.metadata) ? { ...item.metadata } : {};
  if (Array.isArray(metadata.managedFields)) {
    metadata.managedFields = metadata.managedFields.map((f) => {
      if (!isObject(f)) return f;
      const kept: JsonObject = {};
      for (const k of ['manager', 'operation', 'apiVersion', 'time', 'subresource']) if (f[k] !== undefined) kept[k] = f[k] as JsonValue;
      return kept;
    });
  }
  if (kind === 'ConfigMap') {
    if (isObject(metadata.annotations) && metadata.annotations[LAST_APPLIED] !== undefined) {
      const annotations = { ...metadata.annotations };
      delete annotations[LAST_APPLIED];
      metadata.annotations = annotations;
    }
    out.dataKeys = isObject(item.data) ? Object.keys(item.data).sort() : [];
    out.binaryDataKeys = isObject(item.binaryData) ? Object.keys(item.binaryData).sort() : [];
    delete out.data;
    delete out.binaryData;
  }
  out.metadata = metadata;
  return out;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
