import type { KubeRule } from '../../define-rule.js';
import { appArmorNotEnforced } from './app-armor-not-enforced.js';
import { capabilitiesAdded } from './capabilities-added.js';
import { capabilitiesNotDroppedAll } from './capabilities-not-dropped-all.js';
import { cpuLimitMissing } from './cpu-limit-missing.js';
import { cpuRequestMissing } from './cpu-request-missing.js';
import { customSelinuxOptions } from './custom-selinux-options.js';
import { dashboardDeployed } from './dashboard-deployed.js';
import { defaultNamespace } from './default-namespace.js';
import { defaultServiceAccount } from './default-service-account.js';
import { deprecatedApiVersion } from './deprecated-api-version.js';
import { deprecatedServiceAccountField } from './deprecated-service-account-field.js';
import { duplicateEnvVar } from './duplicate-env-var.js';
import { envReferenceMissing } from './env-reference-missing.js';
import { ephemeralStorageUnbounded } from './ephemeral-storage-unbounded.js';
import { gitSyncInjection } from './git-sync-injection.js';
import { hostAliases } from './host-aliases.js';
import { hostIpc } from './host-ipc.js';
import { hostNetwork } from './host-network.js';
import { hostPathSubPath } from './host-path-sub-path.js';
import { hostPathTypeUnset } from './host-path-type-unset.js';
import { hostPathVolume } from './host-path-volume.js';
import { hostPid } from './host-pid.js';
import { hostPort } from './host-port.js';
import { identicalProbes } from './identical-probes.js';
import { imageNotPinnedByDigest } from './image-not-pinned-by-digest.js';
import { imagePullPolicyNotAlways } from './image-pull-policy-not-always.js';
import { imageTagMutable } from './image-tag-mutable.js';
import { kubeSystemWorkload } from './kube-system-workload.js';
import { literalSecretEnv } from './literal-secret-env.js';
import { livenessProbeMissing } from './liveness-probe-missing.js';
import { lowGroupId } from './low-group-id.js';
import { lowUserId } from './low-user-id.js';
import { memoryLimitMissing } from './memory-limit-missing.js';
import { memoryRequestMissing } from './memory-request-missing.js';
import { missingServiceAccount } from './missing-service-account.js';
import { netRawCapability } from './net-raw-capability.js';
import { noCapabilitiesDropped } from './no-capabilities-dropped.js';
import { noSecurityContext } from './no-security-context.js';
import { privilegeEscalationAllowed } from './privilege-escalation-allowed.js';
import { privilegedContainer } from './privileged-container.js';
import { privilegedPort } from './privileged-port.js';
import { probePortNotExposed } from './probe-port-not-exposed.js';
import { readinessProbeMissing } from './readiness-probe-missing.js';
import { requestsDifferFromLimits } from './requests-differ-from-limits.js';
import { restrictedCapabilities } from './restricted-capabilities.js';
import { restrictedVolumeType } from './restricted-volume-type.js';
import { rootGroup } from './root-group.js';
import { runAsRootAllowed } from './run-as-root-allowed.js';
import { runAsUserRoot } from './run-as-user-root.js';
import { runtimeSocketMounted } from './runtime-socket-mounted.js';
import { seccompProfileUnset } from './seccomp-profile-unset.js';
import { seccompUnconfined } from './seccomp-unconfined.js';
import { secretInConfigMap } from './secret-in-config-map.js';
import { secretInEnv } from './secret-in-env.js';
import { secretManifestWithData } from './secret-manifest-with-data.js';
import { sensitiveHostPath } from './sensitive-host-path.js';
import { serviceAccountAutomountUnset } from './service-account-automount-unset.js';
import { serviceAccountTokenAutomounted } from './service-account-token-automounted.js';
import { shareProcessNamespace } from './share-process-namespace.js';
import { sharedServiceAccount } from './shared-service-account.js';
import { sshPortExposed } from './ssh-port-exposed.js';
import { sysAdminCapability } from './sys-admin-capability.js';
import { sysModuleCapability } from './sys-module-capability.js';
import { tillerDeployed } from './tiller-deployed.js';
import { unmaskedProcMount } from './unmasked-proc-mount.js';
import { unsafeSysctls } from './unsafe-sysctls.js';
import { untrustedRegistry } from './untrusted-registry.js';
import { windowsHostProcess } from './windows-host-process.js';
import { writableHostPath } from './writable-host-path.js';
import { writableRootFilesystem } from './writable-root-filesystem.js';

/** Workload and pod-security rules (union ids K01–K65 and extras), ids BW-K8S-001..099, in id order. */
export const WORKLOAD_RULES: readonly KubeRule[] = [
  privilegedContainer,
  privilegeEscalationAllowed,
  hostPid,
  hostIpc,
  hostNetwork,
  hostPort,
  runAsRootAllowed,
  runAsUserRoot,
  lowUserId,
  lowGroupId,
  rootGroup,
  writableRootFilesystem,
  capabilitiesNotDroppedAll,
  noCapabilitiesDropped,
  capabilitiesAdded,
  sysAdminCapability,
  netRawCapability,
  sysModuleCapability,
  restrictedCapabilities,
  seccompProfileUnset,
  seccompUnconfined,
  appArmorNotEnforced,
  customSelinuxOptions,
  unmaskedProcMount,
  unsafeSysctls,
  windowsHostProcess,
  hostPathVolume,
  sensitiveHostPath,
  runtimeSocketMounted,
  writableHostPath,
  restrictedVolumeType,
  cpuLimitMissing,
  cpuRequestMissing,
  memoryLimitMissing,
  memoryRequestMissing,
  requestsDifferFromLimits,
  ephemeralStorageUnbounded,
  imageTagMutable,
  imageNotPinnedByDigest,
  imagePullPolicyNotAlways,
  untrustedRegistry,
  livenessProbeMissing,
  readinessProbeMissing,
  probePortNotExposed,
  identicalProbes,
  serviceAccountTokenAutomounted,
  defaultServiceAccount,
  deprecatedServiceAccountField,
  missingServiceAccount,
  sharedServiceAccount,
  secretInEnv,
  literalSecretEnv,
  secretInConfigMap,
  defaultNamespace,
  kubeSystemWorkload,
  hostAliases,
  privilegedPort,
  sshPortExposed,
  noSecurityContext,
  tillerDeployed,
  dashboardDeployed,
  gitSyncInjection,
  duplicateEnvVar,
  envReferenceMissing,
  deprecatedApiVersion,
  shareProcessNamespace,
  serviceAccountAutomountUnset,
  secretManifestWithData,
  hostPathTypeUnset,
  hostPathSubPath,
];
