import type { IacRule } from './define-rule.js';
import { DOCKERFILE_RULES } from './dockerfile/index.js';
import { KUBERNETES_RULES } from './kubernetes/index.js';

export const ALL_RULES: readonly IacRule[] = [...KUBERNETES_RULES, ...DOCKERFILE_RULES];
