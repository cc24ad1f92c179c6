import { asArray, asObject, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

const SINGLE_WRITER = ['ReadWriteOnce', 'ReadWriteOncePod'];

export const volumeClaimTemplate = defineKubeRule({
  id: 'BW-K8S-117',
  title: 'StatefulSet volume claim template lacks access mode or storage request',
  severity: 'low',
  category: 'workload',
  aliases: [
    'union:K83', 'kics:incorrect_volume_claim_access_mode_read_write_once', 'kics:statefulset_requests_storage',
    'kubesec:VolumeClaimAccessModeReadWriteOnce', 'kubesec:VolumeClaimRequestsStorage',
  ],
  description:
    'Each replica of a StatefulSet gets its own claim, so claims should be single-writer (ReadWriteOnce) and ' +
    'request an explicit size; without these the claim is rejected or shared storage is used by every replica.',
  remediation: 'Set accessModes: [ReadWriteOnce] and resources.requests.storage in every volumeClaimTemplate.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates'],
  kinds: ['StatefulSet'],
  check(obj, _ctx, report) {
    asArray(getPath(obj.body, ['spec', 'volumeClaimTemplates'])).forEach((item, i) => {
      const spec = asObject(asObject(item)?.['spec']);
      const base = ['spec', 'volumeClaimTemplates', i, 'spec'];
      const name = String(getPath(item, ['metadata', 'name']) ?? i);
      const modes = asArray(spec?.['accessModes']);
      if (!modes.some((m) => typeof m === 'string' && SINGLE_WRITER.includes(m))) {
        report({ message: `StatefulSet "${obj.name}" claim template "${name}" is not ReadWriteOnce`, path: [...base, 'accessModes'] });
      }
      if (getPath(spec, ['resources', 'requests', 'storage']) === undefined) {
        report({ message: `StatefulSet "${obj.name}" claim template "${name}" requests no storage size`, path: [...base, 'resources', 'requests', 'storage'] });
      }
    });
  },
});
