import { asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { parseImageReference } from './image-reference.js';

export const imageTagMutable = defineKubeRule({
  id: 'BW-K8S-038',
  title: 'Image uses the latest tag or no tag',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K38', 'trivy:KSV-0013', 'checkov:CKV_K8S_14', 'kics:invalid_image', 'kube-linter:latest-tag', 'polaris:tagNotSpecified',
    'kube-score:container-image-tag', 'kubescape:C-0075',
  ],
  description:
    '`latest` (or no tag, which means latest) points at whatever was pushed last: nodes can run different code, ' +
    'rollbacks do not roll back, and a compromised registry push reaches production on the next restart.',
  remediation: 'Reference a specific version tag, or better an immutable digest (`image@sha256:...`).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const image = asString(c.spec['image']);
      if (image === undefined || image.trim() === '') continue;
      const ref = parseImageReference(image);
      if (ref.digest !== undefined) continue;
      if (ref.tag === undefined || ref.tag === 'latest') {
        const what = ref.tag === undefined ? 'has no tag' : 'uses the latest tag';
        report({ message: `${c.type} "${c.name}" image ${image} ${what}`, path: [...c.path, 'image'] });
      }
    }
  },
});
