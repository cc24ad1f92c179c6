import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

// git-sync settings that choose the git binary or inject git configuration: whoever can edit
// them (or the ConfigMap feeding them) runs commands in the container (DEF CON 32, 2024).
const DANGEROUS_ENV = new Set(['GITSYNC_GIT', 'GIT_SYNC_GIT', 'GITSYNC_GIT_CONFIG', 'GIT_SYNC_GIT_CONFIG']);
const DANGEROUS_FLAG = /^--(git|git-config)(=|$)/;

export const gitSyncInjection = defineKubeRule({
  id: 'BW-K8S-062',
  title: 'git-sync configured with command-injection prone settings',
  severity: 'high',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K62', 'checkov:CKV_K8S_159'],
  description:
    'git-sync lets its configuration pick the git executable and pass arbitrary git config; both turn a write to ' +
    'the pod spec or its ConfigMap into command execution inside the syncing container.',
  remediation: 'Remove `GITSYNC_GIT`/`GITSYNC_GIT_CONFIG` (and the `--git`/`--git-config` flags) and keep the image default.',
  references: ['https://github.com/kubernetes/git-sync#parameters'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      asArray(c.spec['env']).forEach((e, i) => {
        const name = asString(asObject(e)?.['name']);
        if (name !== undefined && DANGEROUS_ENV.has(name)) {
          report({ message: `${c.type} "${c.name}" sets git-sync variable ${name}`, path: [...c.path, 'env', i, 'name'] });
        }
      });
      if (!/git-sync/.test(asString(c.spec['image']) ?? '')) continue;
      for (const field of ['command', 'args'] as const) {
        asArray(c.spec[field]).forEach((a, i) => {
          if (typeof a === 'string' && DANGEROUS_FLAG.test(a.trim())) {
            report({ message: `${c.type} "${c.name}" passes git-sync flag ${a.trim().split('=')[0]}`, path: [...c.path, field, i] });
          }
        });
      }
    }
  },
});
