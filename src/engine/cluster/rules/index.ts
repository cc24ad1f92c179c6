import { anonymousAccessGranted } from './anonymous-access-granted.js';
import { apiserverAnonymousAuth } from './apiserver-anonymous-auth.js';
import { apiserverAuthorizationMode } from './apiserver-authorization-mode.js';
import { apiserverEncryptionAtRest } from './apiserver-encryption-at-rest.js';
import { broadGroupSensitiveGrant } from './broad-group-sensitive-grant.js';
import type { ClusterRule } from './define-cluster-rule.js';
import { danglingBinding } from './dangling-binding.js';
import { exposedSensitiveInterface } from './exposed-sensitive-interface.js';
import { exposedWorkloadAttackPath } from './exposed-workload-attack-path.js';
import { kubeletAnonymousAccess } from './kubelet-anonymous-access.js';
import { kubeletReadOnlyPort } from './kubelet-read-only-port.js';
import { kubernetesEndOfLife } from './kubernetes-end-of-life.js';
import { namespaceWithoutNetworkPolicy } from './namespace-without-network-policy.js';
import { noAdmissionPolicy } from './no-admission-policy.js';
import { subjectClusterAdmin } from './subject-cluster-admin.js';
import { subjectPodExec } from './subject-pod-exec.js';
import { subjectSecretRead } from './subject-secret-read.js';
import { subjectTakeover } from './subject-takeover.js';

/**
 * Checks that need a whole live cluster, listed explicitly. Workload and per-object
 * checks are not here: on a cluster they are the IaC engine's KUBERNETES_RULES, run
 * unchanged on the live objects.
 */
export const CLUSTER_RULES: readonly ClusterRule[] = [
  subjectClusterAdmin, subjectSecretRead, subjectPodExec, subjectTakeover, anonymousAccessGranted, broadGroupSensitiveGrant,
  exposedWorkloadAttackPath, namespaceWithoutNetworkPolicy, exposedSensitiveInterface,
  apiserverAnonymousAuth, apiserverAuthorizationMode, apiserverEncryptionAtRest, noAdmissionPolicy,
  kubeletAnonymousAccess, kubeletReadOnlyPort, kubernetesEndOfLife, danglingBinding,
];

/** The cluster-only rules, for `bulwark rules` and the rules reference. */
export function listClusterRules(): readonly ClusterRule[] {
  return CLUSTER_RULES;
}
