import type { ResourceRef } from '../../finding.js';
import type { ComponentId } from '../../vulndb/component-id.js';
import type { ComponentVersion } from './parse-component-version.js';

/**
 * How sure we are that the matched version is what runs: `exact` for upstream builds,
 * `vendor_build_may_backport` when a distribution rebuilt it (the fix may be backported
 * without a version change), `inferred_from_cluster_version` when the component was not
 * visible and its version was taken from the API server (control-plane parts ship together).
 */
export type MatchConfidence = 'exact' | 'vendor_build_may_backport' | 'inferred_from_cluster_version';

/** One component at one version, with where the version was read and what runs it. */
export interface ComponentInstance {
  readonly component: ComponentId;
  readonly version: ComponentVersion;
  readonly confidence: MatchConfidence;
  /** Where the version was read, e.g. `node.status.nodeInfo.kubeletVersion`. */
  readonly source: string;
  /** Nodes, pods or workloads running this version. */
  readonly resources: readonly ResourceRef[];
}

export interface ComponentGap {
  readonly component: ComponentId;
  readonly reason: string;
  /** Set when only this resource's version is unknown (others of the component may be known). */
  readonly resource?: ResourceRef;
}
