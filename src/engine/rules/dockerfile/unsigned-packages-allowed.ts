import type { ShellWord } from '../../inputs/dockerfile.js';
import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';

function unsignedWord(name: string, args: readonly ShellWord[]): ShellWord | undefined {
  switch (name) {
    case 'apk': return findFlag(args, '', ['--allow-untrusted']);
    case 'apt-get': case 'apt': case 'aptitude':
      return findFlag(args, '', ['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'])
        ?? args.find((a) => /AllowUnauthenticated=(true|1|yes)/i.test(a.value));
    case 'yum': case 'dnf': case 'microdnf': case 'tdnf':
      return findFlag(args, '', ['--nogpgcheck']) ?? args.find((a) => /gpgcheck=(0|false|no)$/i.test(a.value));
    case 'rpm': return findFlag(args, '', ['--nosignature', '--nodigest', '--nogpgcheck']);
    case 'zypper': return findFlag(args, '', ['--no-gpg-checks', '--gpg-auto-import-keys']);
    default: return undefined;
  }
}

export const unsignedPackagesAllowed = defineDockerfileRule({
  id: 'BW-DF-068',
  title: 'Package signature checks disabled',
  severity: 'high',
  category: 'workload',
  aliases: ['union:D68', 'checkov:CKV2_DOCKER_7', 'checkov:CKV2_DOCKER_8', 'checkov:CKV2_DOCKER_9', 'checkov:CKV2_DOCKER_10', 'checkov:CKV2_DOCKER_11'],
  description: 'Installing packages without verifying their signatures accepts whatever a mirror or network attacker serves, straight into the image with root rights.',
  remediation: 'Remove the switch and import the repository signing key instead.',
  references: ['https://wiki.debian.org/SecureApt', 'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper'],
  check(dockerfile, report) {
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        const word = unsignedWord(r.command.name, r.command.args);
        if (word) report(findingAt(dockerfile, r.instruction, `${r.command.name} ${word.value} installs packages without checking signatures`, word.range));
      }
    }
  },
});
