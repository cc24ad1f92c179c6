import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listClusterRules } from '../cluster/rules/index.js';
import { ALL_RULES } from './index.js';
import { renderRulesReference } from './render-rules-reference.js';

describe('docs/rules.md', () => {
  it('is regenerated from the rule metadata (run `npx tsx scripts/generate-rules-doc.ts`)', () => {
    const onDisk = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRulesReference([...ALL_RULES, ...listClusterRules()]));
  });
});
