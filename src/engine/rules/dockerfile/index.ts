import type { DockerfileRule } from '../define-rule.js';
import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { addRemoteUrl } from './add-remote-url.js';
import { baseImageLatestTag } from './base-image-latest-tag.js';
import { baseImageUntagged } from './base-image-untagged.js';
import { cdInRun } from './cd-in-run.js';
import { exposeSshPort } from './expose-ssh-port.js';
import { finalUserRoot } from './final-user-root.js';
import { sudoInRun } from './sudo-in-run.js';
import { workdirRelative } from './workdir-relative.js';
import { workdirSystemDirectory } from './workdir-system-directory.js';

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
];
