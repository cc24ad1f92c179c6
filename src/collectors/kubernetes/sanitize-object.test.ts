import { describe, expect, it } from 'vitest';
import { sanitizeObject } from './sanitize-object.js';

describe('sanitizeObject', () => {
  it('fills apiVersion and kind and keeps managedFields without fieldsV1', () => {
    const out = sanitizeObject({ metadata: { name: 'p', managedFields: [{ manager: 'kubectl', operation: 'Apply', apiVersion: 'extensions/v1beta1', time: 't', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': {} } }] }, spec: {} }, 'v1', 'Pod');
    expect(out).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', managedFields: [{ manager: 'kubectl', operation: 'Apply', apiVersion: 'extensions/v1beta1', time: 't' }] }, spec: {} });
  });

  it('keeps only key names of ConfigMaps and drops their last-applied annotation', () => {
    const out = sanitizeObject({
      metadata: { name: 'c', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"password":"hunter2"}}', team: 'a' } },
      data: { password: 'hunter2', 'app.yaml': 'x: 1' }, binaryData: { 'cert.der': 'AAAA' },
    }, 'v1', 'ConfigMap');
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(out).toMatchObject({ dataKeys: ['app.yaml', 'password'], binaryDataKeys: ['cert.der'], metadata: { annotations: { team: 'a' } } });
  });

  it('keeps the last-applied annotation of other kinds (deprecated-API detection reads it)', () => {
    const out = sanitizeObject({ metadata: { name: 'd', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"extensions/v1beta1"}' } } }, 'apps/v1', 'Deployment');
    expect(out.metadata).toHaveProperty(['annotations', 'kubectl.kubernetes.io/last-applied-configuration']);
  });
});
