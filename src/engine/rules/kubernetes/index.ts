import type { KubeRule } from '../define-rule.js';
import { PLATFORM_RULES } from './platform/index.js';
import { WORKLOAD_RULES } from './workload/index.js';

/** Every Kubernetes rule, listed explicitly (no discovery magic). */
export const KUBERNETES_RULES: readonly KubeRule[] = [...WORKLOAD_RULES, ...PLATFORM_RULES];
