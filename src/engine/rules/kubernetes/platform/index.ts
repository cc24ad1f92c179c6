import type { KubeRule } from '../../define-rule.js';
import { externalIpsService } from './network/external-ips-service.js';
import { ingressExposesWorkload } from './network/ingress-exposes-workload.js';
import { ingressMissingService } from './network/ingress-missing-service.js';
import { ingressNginxAnnotationInjection } from './network/ingress-nginx-annotation-injection.js';
import { ingressNginxSnippet } from './network/ingress-nginx-snippet.js';
import { ingressOpenAllowlist } from './network/ingress-open-allowlist.js';
import { ingressWithoutTls } from './network/ingress-without-tls.js';
import { invalidPort } from './network/invalid-port.js';
import { loadBalancerService } from './network/load-balancer-service.js';
import { networkPolicySelectsNothing } from './network/network-policy-selects-nothing.js';
import { networkPolicyWithoutSelector } from './network/network-policy-without-selector.js';
import { nodePortService } from './network/node-port-service.js';
import { podWithoutNetworkPolicy } from './network/pod-without-network-policy.js';
import { serviceMonitorSelectsNothing } from './network/service-monitor-selects-nothing.js';
import { serviceWithoutPods } from './network/service-without-pods.js';
import { selectorMismatch } from './reliability/selector-mismatch.js';
import { tooFewReplicas } from './reliability/too-few-replicas.js';
import { noPodAntiAffinity } from './reliability/no-pod-anti-affinity.js';
import { noDisruptionBudget } from './reliability/no-disruption-budget.js';
import { pdbBlocksDisruptions } from './reliability/pdb-blocks-disruptions.js';
import { pdbEvictionPolicyUnset } from './reliability/pdb-eviction-policy-unset.js';
import { hpaTargetMissing } from './reliability/hpa-target-missing.js';
import { hpaTargetSetsReplicas } from './reliability/hpa-target-sets-replicas.js';
import { hpaReplicaRange } from './reliability/hpa-replica-range.js';
import { nonRollingStrategy } from './reliability/non-rolling-strategy.js';
import { cronjobWithoutDeadline } from './reliability/cronjob-without-deadline.js';
import { invalidRestartPolicy } from './reliability/invalid-restart-policy.js';
import { jobTtlAfterFinished } from './reliability/job-ttl-after-finished.js';
import { noPriorityClass } from './reliability/no-priority-class.js';
import { topologySpread } from './reliability/topology-spread.js';
import { noNodeAffinity } from './reliability/no-node-affinity.js';
import { dnsConfigNdots } from './reliability/dns-config-ndots.js';
import { volumeClaimTemplate } from './reliability/volume-claim-template.js';
import { statefulsetServiceName } from './reliability/statefulset-service-name.js';
import { ownershipMetadata } from './reliability/ownership-metadata.js';
import { instanceLabelMismatch } from './reliability/instance-label-mismatch.js';
import { invalidLabel } from './reliability/invalid-label.js';
import { hostUsersEnabled } from './reliability/host-users-enabled.js';
import { namespaceWithoutLimitRange } from './namespace/namespace-without-limit-range.js';
import { namespaceWithoutQuota } from './namespace/namespace-without-quota.js';
import { noNamespaceBoundaries } from './namespace/no-namespace-boundaries.js';
import { nativeSecret } from './namespace/native-secret.js';
import { pspPrivileged } from './psp/psp-privileged.js';
import { pspHostPid } from './psp/psp-host-pid.js';
import { pspHostIpc } from './psp/psp-host-ipc.js';
import { pspHostNetwork } from './psp/psp-host-network.js';
import { pspPrivilegeEscalation } from './psp/psp-privilege-escalation.js';
import { pspRootAdmitted } from './psp/psp-root-admitted.js';
import { pspNetRaw } from './psp/psp-net-raw.js';
import { pspAddedCapabilities } from './psp/psp-added-capabilities.js';
import { pspNoRequiredDrop } from './psp/psp-no-required-drop.js';
import { pspDefaultSeccomp } from './psp/psp-default-seccomp.js';
import { pspHostPath } from './psp/psp-host-path.js';
import { schemaViolation } from './policy/schema-violation.js';
import { gatekeeperOpenRepoPrefix } from './policy/gatekeeper-open-repo-prefix.js';
import { sccPrivileged } from './policy/scc-privileged.js';
import { apiserverAuditPolicyMissing } from './policy/apiserver-audit-policy-missing.js';
import { auditPolicyCoverage } from './policy/audit-policy-coverage.js';
import { cniWithoutNetworkPolicy } from './policy/cni-without-network-policy.js';
import { anonymousBinding } from './rbac/anonymous-binding.js';
import { authenticatedBinding } from './rbac/authenticated-binding.js';
import { awsAuthRole } from './rbac/aws-auth-role.js';
import { clusterAdminBinding } from './rbac/cluster-admin-binding.js';
import { configmapWriteRole } from './rbac/configmap-write-role.js';
import { csrApprovalRole } from './rbac/csr-approval-role.js';
import { defaultServiceAccountBinding } from './rbac/default-service-account-binding.js';
import { impersonateRole } from './rbac/impersonate-role.js';
import { mastersBinding } from './rbac/masters-binding.js';
import { networkWriteRole } from './rbac/network-write-role.js';
import { nodeProxyRole } from './rbac/node-proxy-role.js';
import { podAttachBinding } from './rbac/pod-attach-binding.js';
import { podAttachRole } from './rbac/pod-attach-role.js';
import { podExecBinding } from './rbac/pod-exec-binding.js';
import { podExecRole } from './rbac/pod-exec-role.js';
import { podLogDeleteRole } from './rbac/pod-log-delete-role.js';
import { podPortforwardRole } from './rbac/pod-portforward-role.js';
import { rbacEscalationBinding } from './rbac/rbac-escalation-binding.js';
import { rbacEscalationRole } from './rbac/rbac-escalation-role.js';
import { rbacWildcardRule } from './rbac/rbac-wildcard-rule.js';
import { secretsAccessBinding } from './rbac/secrets-access-binding.js';
import { secretsAccessRole } from './rbac/secrets-access-role.js';
import { serviceStatusBinding } from './rbac/service-status-binding.js';
import { serviceStatusRole } from './rbac/service-status-role.js';
import { webhookConfigRole } from './rbac/webhook-config-role.js';
import { workloadCreateRole } from './rbac/workload-create-role.js';

/** Rules beyond single-pod security (union ids K66–K86, N, R, Q, P00, X), ids BW-K8S-100..299. */
export const PLATFORM_RULES: readonly KubeRule[] = [
  // Availability, scheduling and metadata hygiene (K66–K86)
  selectorMismatch, tooFewReplicas, noPodAntiAffinity, noDisruptionBudget, pdbBlocksDisruptions, pdbEvictionPolicyUnset,
  hpaTargetMissing, hpaTargetSetsReplicas, hpaReplicaRange, nonRollingStrategy, cronjobWithoutDeadline, invalidRestartPolicy,
  jobTtlAfterFinished, noPriorityClass, topologySpread, noNodeAffinity, dnsConfigNdots, volumeClaimTemplate,
  statefulsetServiceName, ownershipMetadata, instanceLabelMismatch, invalidLabel, hostUsersEnabled,
  // Networking and exposure (N01–N14)
  nodePortService, loadBalancerService, externalIpsService, serviceWithoutPods, invalidPort, ingressWithoutTls,
  ingressMissingService, ingressExposesWorkload, ingressNginxSnippet, ingressNginxAnnotationInjection,
  podWithoutNetworkPolicy, networkPolicySelectsNothing, networkPolicyWithoutSelector, serviceMonitorSelectsNothing,
  ingressOpenAllowlist,
  // RBAC: roles (R01–R16), bindings of dangerous roles, bindings to special subjects (R17–R21)
  rbacWildcardRule, secretsAccessRole, workloadCreateRole, podExecRole, podAttachRole, podPortforwardRole, impersonateRole,
  rbacEscalationRole, nodeProxyRole, webhookConfigRole, csrApprovalRole, podLogDeleteRole, configmapWriteRole, networkWriteRole,
  awsAuthRole, serviceStatusRole,
  secretsAccessBinding, podExecBinding, podAttachBinding, rbacEscalationBinding, serviceStatusBinding,
  clusterAdminBinding, anonymousBinding, authenticatedBinding, mastersBinding, defaultServiceAccountBinding,
  // Namespaces and secrets (Q01–Q04)
  namespaceWithoutLimitRange, namespaceWithoutQuota, noNamespaceBoundaries, nativeSecret,
  // PodSecurityPolicy (P00), one rule per permissive setting
  pspPrivileged, pspHostPid, pspHostIpc, pspHostNetwork, pspPrivilegeEscalation, pspRootAdmitted, pspNetRaw,
  pspAddedCapabilities, pspNoRequiredDrop, pspDefaultSeccomp, pspHostPath,
  // Policy engines, control plane and schema (X01–X03, X06, X07)
  schemaViolation, gatekeeperOpenRepoPrefix, sccPrivileged, apiserverAuditPolicyMissing, auditPolicyCoverage,
  cniWithoutNetworkPolicy,
];
