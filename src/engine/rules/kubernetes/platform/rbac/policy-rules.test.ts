import { describe, expect, it } from 'vitest';
import type { PolicyRule } from './policy-rules.js';
import { ruleGrants } from './policy-rules.js';

const rule = (apiGroups: string[], resources: string[], verbs: string[]): PolicyRule =>
  ({ index: 0, path: ['rules', 0], apiGroups, resources, verbs, resourceNames: [], nonResourceURLs: [] });

const EXEC = { apiGroups: [''], resources: ['pods/exec'], verbs: ['create', 'get'] };

describe('ruleGrants', () => {
  it('follows the RBAC authorizer for subresources', () => {
    expect(ruleGrants(rule([''], ['pods/exec'], ['create']), EXEC)).toBe(true);
    expect(ruleGrants(rule([''], ['*'], ['get']), EXEC)).toBe(true);
    expect(ruleGrants(rule([''], ['*/exec'], ['get']), EXEC)).toBe(true);
    // The parent resource does not cover its subresources.
    expect(ruleGrants(rule([''], ['pods'], ['*']), EXEC)).toBe(false);
    expect(ruleGrants(rule([''], ['*/log'], ['*']), EXEC)).toBe(false);
  });

  it('requires the API group and a verb to match as well', () => {
    expect(ruleGrants(rule(['apps'], ['pods/exec'], ['create']), EXEC)).toBe(false);
    expect(ruleGrants(rule(['*'], ['pods/exec'], ['create']), EXEC)).toBe(true);
    expect(ruleGrants(rule([''], ['pods/exec'], ['list', 'watch']), EXEC)).toBe(false);
    expect(ruleGrants(rule([''], ['pods/exec'], ['*']), EXEC)).toBe(true);
  });
});
