import type { KubeRule } from '../../define-rule.js';

/** Rules beyond single-pod security (union ids K66–K86, N, R, Q, P00, X), ids BW-K8S-100..299. */
export const PLATFORM_RULES: readonly KubeRule[] = [];
