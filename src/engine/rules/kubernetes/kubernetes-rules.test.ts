import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkKubeRuleFixtures } from '../testing/expect-rule-fixtures.js';
import { KUBERNETES_RULES } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

describe('Kubernetes rule fixtures', () => {
  for (const rule of KUBERNETES_RULES) {
    it(`${rule.id} fires exactly on its fail fixtures and stays silent on its pass fixtures`, () => {
      const problems = checkKubeRuleFixtures(rule, FIXTURES).flatMap((v) => v.problems.map((p) => `${v.file}: ${p}`));
      expect(problems).toEqual([]);
    });
  }
});
