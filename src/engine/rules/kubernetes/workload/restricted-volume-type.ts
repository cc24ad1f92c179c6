import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

// Volume sources the restricted Pod Security Standard admits.
const ALLOWED = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);

export const restrictedVolumeType = defineKubeRule({
  id: 'BW-K8S-031',
  title: 'Volume type not allowed by the restricted Pod Security Standard',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K31', 'trivy:KSV-0028'],
  description:
    'The restricted profile admits only volume sources that do not reach into the node or into storage directly ' +
    '(ConfigMap, Secret, emptyDir, PVC, projected, downward API, CSI, ephemeral); other in-tree types are rejected.',
  remediation: 'Move the storage behind a PersistentVolumeClaim or a CSI driver.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    asArray(pod.spec['volumes']).forEach((v, i) => {
      const volume = asObject(v);
      if (!volume) return;
      for (const key of Object.keys(volume)) {
        if (key === 'name' || ALLOWED.has(key)) continue;
        const name = asString(volume['name']) ?? `volumes[${i}]`;
        report({ message: `${obj.kind} "${obj.name}" volume "${name}" uses type ${key}`, path: [...pod.path, 'volumes', i, key] });
      }
    });
  },
});
