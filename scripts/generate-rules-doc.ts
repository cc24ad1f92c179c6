import { writeFileSync } from 'node:fs';
import { ALL_RULES } from '../src/engine/rules/index.js';
import { renderRulesReference } from '../src/engine/rules/render-rules-reference.js';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, renderRulesReference(ALL_RULES));
console.log(`wrote ${target.pathname} (${ALL_RULES.length} rules)`);
