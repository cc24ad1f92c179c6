/**
 * Conditions outside the version number that decide whether a CVE can be exploited in a
 * given cluster. No feed encodes them; the database records the ids and the cluster scan
 * evaluates them against the snapshot.
 */
export const PRECONDITION_IDS = [
  /** Only Windows nodes are affected. */
  'windows_node',
  /** Needs a pod using the deprecated in-tree gitRepo volume. */
  'git_repo_volume',
  /** Needs pods with a Localhost seccomp profile. */
  'seccomp_localhost_profile',
  /** Needs the ImagePolicyWebhook admission plugin. */
  'image_policy_webhook',
  /** Needs service accounts with the enforce-mountable-secrets annotation. */
  'enforce_mountable_secrets',
  /** Needs the ingress-nginx validating admission webhook. */
  'ingress_nginx_admission_webhook',
  /** Needs the kubelet read-only port (10255) open. */
  'kubelet_read_only_port',
  /** Needs NodeRestriction without OwnerReferencesPermissionEnforcement. */
  'node_restriction_without_owner_reference_enforcement',
] as const;
export type PreconditionId = (typeof PRECONDITION_IDS)[number];

export function isPreconditionId(value: unknown): value is PreconditionId {
  return typeof value === 'string' && (PRECONDITION_IDS as readonly string[]).includes(value);
}
