import type { RiskCategory, Severity } from '../../domain/severity.js';
import type { PathSegment, SourceRange } from '../../domain/source-range.js';
import type { Dockerfile } from '../inputs/dockerfile.js';
import type { KubeObject } from '../inputs/kube-object.js';

/** Peer tools whose ids may appear in aliases (`tool:ID`). */
export const ALIAS_TOOLS = [
  'union', 'trivy', 'checkov', 'kics', 'kube-linter', 'kubesec', 'polaris', 'kube-score', 'hadolint', 'kubescape', 'cis',
] as const;

export interface RuleMeta {
  /** Stable forever (`BW-K8S-001`, `BW-DF-001`); a renamed id moves to `aliases`. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: RiskCategory;
  /** `tool:ID` for every peer id of the same idea, plus `union:<U-ID>`. */
  readonly aliases: readonly string[];
  readonly description: string;
  readonly remediation: string;
  readonly references: readonly string[];
}

/** Settings a scan passes to rules (all optional; rules must behave sensibly without them). */
export interface RuleSettings {
  /** Registries considered trusted (K41, D22); when empty those rules stay silent. */
  readonly trustedRegistries?: readonly string[];
}

export interface KubeRuleContext {
  /** Every object of the scan (all files of one scan, or one cluster snapshot). */
  readonly objects: readonly KubeObject[];
  /** Objects of one kind, indexed once per scan. */
  byKind(kind: string): readonly KubeObject[];
  /** True when objects come from a live cluster (no source ranges). */
  readonly live: boolean;
  readonly settings: RuleSettings;
}

export interface KubeFindingInput {
  readonly message: string;
  /** Path inside the object's body of the offending (or missing) key. */
  readonly path: readonly PathSegment[];
}

export interface KubeRule extends RuleMeta {
  readonly input: 'kube-object';
  readonly fileType: 'k8s_yaml';
  /** Kinds the rule looks at; the runner skips other objects. Omit for every kind. */
  readonly kinds?: readonly string[];
  check(obj: KubeObject, ctx: KubeRuleContext, report: (finding: KubeFindingInput) => void): void;
}

export interface DockerfileFindingInput {
  readonly message: string;
  /** Exact range of the offending token (a missing instruction: the range of the FROM it belongs to). */
  readonly range: SourceRange;
  /** `stage[0].RUN[2]`: 0-based stage index, instruction keyword, 0-based index among that keyword in the stage. */
  readonly path: string;
  /** Stage name, or its index when unnamed. */
  readonly resourceName: string;
}

export interface DockerfileRule extends RuleMeta {
  readonly input: 'dockerfile';
  readonly fileType: 'dockerfile';
  check(dockerfile: Dockerfile, report: (finding: DockerfileFindingInput) => void, settings: RuleSettings): void;
}

export type IacRule = KubeRule | DockerfileRule;

export function defineKubeRule(rule: Omit<KubeRule, 'input' | 'fileType'>): KubeRule {
  return Object.freeze({ ...rule, input: 'kube-object', fileType: 'k8s_yaml' });
}

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'input' | 'fileType'>): DockerfileRule {
  return Object.freeze({ ...rule, input: 'dockerfile', fileType: 'dockerfile' });
}
