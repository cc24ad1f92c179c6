import { describe, expect, it } from 'vitest';
import { ALIAS_TOOLS } from '../../define-rule.js';
import { PLATFORM_RULES } from './index.js';

describe('PLATFORM_RULES metadata', () => {
  it('uses unique ids in the BW-K8S-100..299 block', () => {
    const ids = PLATFORM_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const n = Number(/^BW-K8S-(\d{3})$/.exec(id)?.[1]);
      expect(n >= 100 && n <= 299, id).toBe(true);
    }
  });

  it('gives every rule a union id, well-formed aliases and complete text', () => {
    for (const r of PLATFORM_RULES) {
      expect(r.aliases.some((a) => a.startsWith('union:')), r.id).toBe(true);
      for (const a of r.aliases) {
        const [tool, id] = a.split(':', 2);
        expect((ALIAS_TOOLS as readonly string[]).includes(tool!) && !!id, `${r.id} ${a}`).toBe(true);
      }
      expect(new Set(r.aliases).size, r.id).toBe(r.aliases.length);
      expect(r.title.length > 5 && r.description.length > 40 && r.remediation.length > 10, r.id).toBe(true);
      expect(r.references.every((u) => u.startsWith('https://')), r.id).toBe(true);
    }
  });
});
