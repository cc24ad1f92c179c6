import type { KubeRule } from '../define-rule.js';

/** Every Kubernetes rule, listed explicitly (no discovery magic). */
export const KUBERNETES_RULES: readonly KubeRule[] = [];
