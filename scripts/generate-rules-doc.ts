import { writeFileSync } from 'node:fs';
import { listClusterRules } from '../src/engine/cluster/rules/index.js';
import { ALL_RULES } from '../src/engine/rules/index.js';
import { renderRulesReference } from '../src/engine/rules/render-rules-reference.js';

const target = new URL('../docs/rules.md', import.meta.url);
const rules = [...ALL_RULES, ...listClusterRules()];
writeFileSync(target, renderRulesReference(rules));
console.log(`wrote ${target.pathname} (${rules.length} rules)`);
