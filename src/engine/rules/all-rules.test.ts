import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES, SEVERITIES } from '../../domain/severity.js';
import { ALIAS_TOOLS } from './define-rule.js';
import { ALL_RULES } from './index.js';

const FIXTURE_DIRS = {
  k8s_yaml: fileURLToPath(new URL('./kubernetes/fixtures', import.meta.url)),
  dockerfile: fileURLToPath(new URL('./dockerfile/fixtures', import.meta.url)),
} as const;

describe('every rule (meta-test over ALL_RULES)', () => {
  it('has a unique, well-formed id', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^BW-(K8S|DF)-\d{3}$/);
  });

  it('meets the coverage floor: at least 110 Kubernetes and 60 Dockerfile rules', () => {
    expect(ALL_RULES.filter((r) => r.fileType === 'k8s_yaml').length).toBeGreaterThanOrEqual(110);
    expect(ALL_RULES.filter((r) => r.fileType === 'dockerfile').length).toBeGreaterThanOrEqual(60);
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      it('has complete metadata', () => {
        expect(rule.title.trim().length).toBeGreaterThan(5);
        expect(SEVERITIES).toContain(rule.severity);
        expect(RISK_CATEGORIES).toContain(rule.category);
        expect(rule.description.trim().length).toBeGreaterThan(20);
        expect(rule.remediation.trim().length).toBeGreaterThan(10);
        expect(rule.references.length).toBeGreaterThan(0);
        for (const ref of rule.references) expect(ref).toMatch(/^https:\/\/\S+$/);
      });

      it('has well-formed aliases including its union id', () => {
        for (const alias of rule.aliases) {
          const [tool, ...rest] = alias.split(':');
          expect(ALIAS_TOOLS as readonly string[], alias).toContain(tool);
          expect(rest.join(':').length, alias).toBeGreaterThan(0);
        }
        expect(rule.aliases.some((a) => a.startsWith('union:')), 'union alias').toBe(true);
        expect(new Set(rule.aliases).size).toBe(rule.aliases.length);
      });

      it('has failing and passing fixtures', () => {
        const dir = `${FIXTURE_DIRS[rule.fileType]}/${rule.id}`;
        const names = existsSync(dir) ? readdirSync(dir) : [];
        expect(names.some((n) => n.startsWith('fail-')), `${dir}/fail-*`).toBe(true);
        expect(names.some((n) => n.startsWith('pass-')), `${dir}/pass-*`).toBe(true);
      });
    });
  }
});
