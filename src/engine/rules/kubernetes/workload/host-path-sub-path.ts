import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { hostPathVolumesOf } from './host-path-volumes.js';

export const hostPathSubPath = defineKubeRule({
  id: 'BW-K8S-070',
  title: 'subPath used on a hostPath volume',
  severity: 'medium',
  category: 'node_escape',
  aliases: ['union:K27', 'kubescape:C-0048'],
  kinds: WORKLOAD_KINDS,
  description:
    'subPath mounts resolved inside host directories have been escaped through symlinks more than once ' +
    '(CVE-2017-1002101, CVE-2021-25741); combined with hostPath a container can reach files outside the intended directory.',
  remediation: 'Mount the exact host directory as its own hostPath volume instead of using `subPath`/`subPathExpr`, and keep it read-only.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath', 'https://github.com/kubernetes/kubernetes/issues/104980'],
  check(obj, _ctx, report) {
    for (const v of hostPathVolumesOf(obj)) {
      for (const m of v.mounts) {
        for (const key of ['subPath', 'subPathExpr'] as const) {
          if (typeof m.mount[key] === 'string' && m.mount[key] !== '') {
            report({ message: `${m.container.type} "${m.container.name}" uses ${key} on host path ${v.hostPath}`, path: [...m.path, key] });
          }
        }
      }
    }
  },
});
