import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALIAS_TOOLS } from '../define-rule.js';
import { checkDockerfileRuleFixtures } from '../testing/check-dockerfile-rule-fixtures.js';
import { DOCKERFILE_RULES } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

describe('Dockerfile rule fixtures', () => {
  for (const rule of DOCKERFILE_RULES) {
    it(`${rule.id} fires exactly on its fail fixtures and stays silent on its pass fixtures`, () => {
      const problems = checkDockerfileRuleFixtures(rule, FIXTURES).flatMap((v) => v.problems.map((p) => `${v.file}: ${p}`));
      expect(problems).toEqual([]);
    });
  }
});

describe('Dockerfile rule metadata', () => {
  it('has at least 60 rules with unique, sequential-format ids', () => {
    expect(DOCKERFILE_RULES.length).toBeGreaterThanOrEqual(60);
    const ids = DOCKERFILE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^BW-DF-\d{3}$/);
  });

  for (const rule of DOCKERFILE_RULES) {
    it(`${rule.id} has complete metadata and well-formed aliases`, () => {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.remediation.length).toBeGreaterThan(10);
      expect(rule.references.length).toBeGreaterThan(0);
      expect(rule.aliases.some((a) => /^union:D\d\d$/.test(a))).toBe(true);
      for (const alias of rule.aliases) {
        const tool = alias.slice(0, alias.indexOf(':'));
        expect(ALIAS_TOOLS as readonly string[]).toContain(tool);
      }
    });
  }
});
