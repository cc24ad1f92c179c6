import { describe, expect, it } from 'vitest';
import { isEmptySelector, labelSelectorSelects, labelsOf, mapSelects } from './label-selector.js';

describe('labelSelectorSelects', () => {
  const labels = { app: 'web', tier: 'frontend' };

  it('matches matchLabels and every matchExpressions operator', () => {
    expect(labelSelectorSelects({ matchLabels: { app: 'web' } }, labels)).toBe(true);
    expect(labelSelectorSelects({ matchLabels: { app: 'api' } }, labels)).toBe(false);
    expect(labelSelectorSelects({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend', 'edge'] }] }, labels)).toBe(true);
    expect(labelSelectorSelects({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend'] }] }, labels)).toBe(false);
    expect(labelSelectorSelects({ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, labels)).toBe(true);
    expect(labelSelectorSelects({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, labels)).toBe(true);
    expect(labelSelectorSelects({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, labels)).toBe(false);
  });

  it('treats an empty selector as "everything" and a malformed expression as "nothing"', () => {
    expect(labelSelectorSelects({}, labels)).toBe(true);
    expect(isEmptySelector({})).toBe(true);
    expect(labelSelectorSelects({ matchExpressions: [{ key: 'app', operator: 'Matches', values: ['web'] }] }, labels)).toBe(false);
    expect(labelSelectorSelects({ matchExpressions: ['app'] }, labels)).toBe(false);
  });
});

describe('mapSelects (Service-style selectors)', () => {
  it('requires every pair and selects nothing when empty', () => {
    expect(mapSelects({ app: 'web' }, { app: 'web', x: 'y' })).toBe(true);
    expect(mapSelects({ app: 'web', tier: 'db' }, { app: 'web' })).toBe(false);
    expect(mapSelects({}, { app: 'web' })).toBe(false);
  });

  it('reads YAML numbers and booleans as the strings Kubernetes stores', () => {
    expect(labelsOf({ version: 2, canary: true, nested: { a: 'b' } })).toEqual({ version: '2', canary: 'true' });
  });
});
