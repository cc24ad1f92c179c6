import type { KubeRule } from '../../define-rule.js';
import { privilegedContainer } from './privileged-container.js';

/** Workload and pod-security rules (union ids K01–K65), ids BW-K8S-001..099. */
export const WORKLOAD_RULES: readonly KubeRule[] = [privilegedContainer];
