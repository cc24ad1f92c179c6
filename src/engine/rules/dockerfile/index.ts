import type { DockerfileRule } from '../define-rule.js';
import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { addRemoteUrl } from './add-remote-url.js';
import { apkAddCache } from './apk-add-cache.js';
import { apkAddUnpinned } from './apk-add-unpinned.js';
import { aptGetInstallRecommends } from './apt-get-install-recommends.js';
import { aptGetMissingYes } from './apt-get-missing-yes.js';
import { aptGetUnpinned } from './apt-get-unpinned.js';
import { aptInsteadOfAptGet } from './apt-instead-of-apt-get.js';
import { aptListsNotRemoved } from './apt-lists-not-removed.js';
import { baseImageLatestTag } from './base-image-latest-tag.js';
import { baseImageUntagged } from './base-image-untagged.js';
import { cdInRun } from './cd-in-run.js';
import { chpasswdInRun } from './chpasswd-in-run.js';
import { consecutiveRun } from './consecutive-run.js';
import { copyChownFlag } from './copy-chown-flag.js';
import { copyFromOwnStage } from './copy-from-own-stage.js';
import { copyFromStageIndex } from './copy-from-stage-index.js';
import { copyFromUndefinedStage } from './copy-from-undefined-stage.js';
import { copyMultipleSourcesDestination } from './copy-multiple-sources-destination.js';
import { copyRelativeDestination } from './copy-relative-destination.js';
import { copyWholeFilesystem } from './copy-whole-filesystem.js';
import { createdUserUnused } from './created-user-unused.js';
import { defaultShellViaLn } from './default-shell-via-ln.js';
import { dnfCleanMissing } from './dnf-clean-missing.js';
import { dnfInstallUnpinned } from './dnf-install-unpinned.js';
import { dnfMissingYes } from './dnf-missing-yes.js';
import { doubleBracketInPosixShell } from './double-bracket-in-posix-shell.js';
import { duplicateStageName } from './duplicate-stage-name.js';
import { envSelfReference } from './env-self-reference.js';
import { exposePortOutOfRange } from './expose-port-out-of-range.js';
import { exposeSshPort } from './expose-ssh-port.js';
import { finalUserRoot } from './final-user-root.js';
import { fromPlatformFlag } from './from-platform-flag.js';
import { gemUnpinned } from './gem-unpinned.js';
import { goInstallUnpinned } from './go-install-unpinned.js';
import { ignorePragma } from './ignore-pragma.js';
import { interactiveCommand } from './interactive-command.js';
import { invalidInstructionOrder } from './invalid-instruction-order.js';
import { labelEmptyValue } from './label-empty-value.js';
import { labelInvalidCreated } from './label-invalid-created.js';
import { labelInvalidKey } from './label-invalid-key.js';
import { labelInvalidUrl } from './label-invalid-url.js';
import { maintainerDeprecated } from './maintainer-deprecated.js';
import { microdnfCleanMissing } from './microdnf-clean-missing.js';
import { missingHealthcheck } from './missing-healthcheck.js';
import { multipleCmd } from './multiple-cmd.js';
import { multipleEntrypoint } from './multiple-entrypoint.js';
import { multipleHealthcheck } from './multiple-healthcheck.js';
import { npmUnpinned } from './npm-unpinned.js';
import { onbuildForbiddenTrigger } from './onbuild-forbidden-trigger.js';
import { packageUpdateAlone } from './package-update-alone.js';
import { pipCacheKept } from './pip-cache-kept.js';
import { pipUnpinned } from './pip-unpinned.js';
import { pipeWithoutPipefail } from './pipe-without-pipefail.js';
import { secretFileCopied } from './secret-file-copied.js';
import { secretInArgOrEnv } from './secret-in-arg-or-env.js';
import { shellFormCmd } from './shell-form-cmd.js';
import { sourceInPosixShell } from './source-in-posix-shell.js';
import { stageNameReserved } from './stage-name-reserved.js';
import { sudoInRun } from './sudo-in-run.js';
import { systemUpgrade } from './system-upgrade.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { unsignedPackagesAllowed } from './unsigned-packages-allowed.js';
import { untrustedRegistry } from './untrusted-registry.js';
import { uselessCat } from './useless-cat.js';
import { userNotNumeric } from './user-not-numeric.js';
import { useraddHighUid } from './useradd-high-uid.js';
import { wgetAndCurl } from './wget-and-curl.js';
import { wgetWithoutProgress } from './wget-without-progress.js';
import { workdirRelative } from './workdir-relative.js';
import { workdirSystemDirectory } from './workdir-system-directory.js';
import { yarnCacheKept } from './yarn-cache-kept.js';
import { yumCleanMissing } from './yum-clean-missing.js';
import { yumInstallUnpinned } from './yum-install-unpinned.js';
import { yumMissingYes } from './yum-missing-yes.js';
import { zypperCleanMissing } from './zypper-clean-missing.js';
import { zypperInstallUnpinned } from './zypper-install-unpinned.js';
import { zypperNonInteractive } from './zypper-non-interactive.js';

/** Every Dockerfile rule, listed explicitly, in id order. */
export const DOCKERFILE_RULES: readonly DockerfileRule[] = [
  finalUserRoot, // BW-DF-001
  baseImageLatestTag, // BW-DF-002
  baseImageUntagged, // BW-DF-003
  addInsteadOfCopy, // BW-DF-004
  addRemoteUrl, // BW-DF-005
  sudoInRun, // BW-DF-006
  cdInRun, // BW-DF-007
  workdirRelative, // BW-DF-008
  workdirSystemDirectory, // BW-DF-009
  exposeSshPort, // BW-DF-010
  exposePortOutOfRange, // BW-DF-011
  multipleCmd, // BW-DF-012
  multipleEntrypoint, // BW-DF-013
  multipleHealthcheck, // BW-DF-014
  missingHealthcheck, // BW-DF-015
  maintainerDeprecated, // BW-DF-016
  copyMultipleSourcesDestination, // BW-DF-017
  copyFromOwnStage, // BW-DF-018
  copyFromUndefinedStage, // BW-DF-019
  duplicateStageName, // BW-DF-020
  shellFormCmd, // BW-DF-021
  untrustedRegistry, // BW-DF-022
  aptInsteadOfAptGet, // BW-DF-023
  aptGetMissingYes, // BW-DF-024
  aptGetInstallRecommends, // BW-DF-025
  aptGetUnpinned, // BW-DF-026
  aptListsNotRemoved, // BW-DF-027
  systemUpgrade, // BW-DF-028
  packageUpdateAlone, // BW-DF-029
  apkAddCache, // BW-DF-030
  apkAddUnpinned, // BW-DF-031
  yumMissingYes, // BW-DF-032
  yumCleanMissing, // BW-DF-033
  yumInstallUnpinned, // BW-DF-034
  dnfMissingYes, // BW-DF-035
  dnfCleanMissing, // BW-DF-036
  dnfInstallUnpinned, // BW-DF-037
  microdnfCleanMissing, // BW-DF-038
  zypperNonInteractive, // BW-DF-039
  zypperCleanMissing, // BW-DF-040
  zypperInstallUnpinned, // BW-DF-041
  pipUnpinned, // BW-DF-042
  pipCacheKept, // BW-DF-043
  npmUnpinned, // BW-DF-044
  gemUnpinned, // BW-DF-045
  goInstallUnpinned, // BW-DF-046
  yarnCacheKept, // BW-DF-047
  wgetAndCurl, // BW-DF-048
  wgetWithoutProgress, // BW-DF-049
  pipeWithoutPipefail, // BW-DF-050
  defaultShellViaLn, // BW-DF-051
  interactiveCommand, // BW-DF-052
  consecutiveRun, // BW-DF-053
  invalidInstructionOrder, // BW-DF-054
  onbuildForbiddenTrigger, // BW-DF-055
  envSelfReference, // BW-DF-056
  copyRelativeDestination, // BW-DF-057
  useraddHighUid, // BW-DF-058
  labelInvalidKey, // BW-DF-059
  fromPlatformFlag, // BW-DF-060
  stageNameReserved, // BW-DF-061
  secretInArgOrEnv, // BW-DF-062
  userNotNumeric, // BW-DF-063
  copyWholeFilesystem, // BW-DF-064
  copyChownFlag, // BW-DF-065
  copyFromStageIndex, // BW-DF-066
  tlsVerificationDisabled, // BW-DF-067
  unsignedPackagesAllowed, // BW-DF-068
  chpasswdInRun, // BW-DF-069
  uselessCat, // BW-DF-070
  ignorePragma, // BW-DF-071
  createdUserUnused, // BW-DF-072
  labelEmptyValue, // BW-DF-073
  labelInvalidUrl, // BW-DF-074
  labelInvalidCreated, // BW-DF-075
  secretFileCopied, // BW-DF-076
  sourceInPosixShell, // BW-DF-077
  doubleBracketInPosixShell, // BW-DF-078
];
