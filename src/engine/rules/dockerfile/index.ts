import type { DockerfileRule } from '../define-rule.js';

/** Every Dockerfile rule, listed explicitly. */
export const DOCKERFILE_RULES: readonly DockerfileRule[] = [];
