import { asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { parseImageReference } from './image-reference.js';

export const imageNotPinnedByDigest = defineKubeRule({
  id: 'BW-K8S-039',
  title: 'Image not pinned by digest',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K39', 'checkov:CKV_K8S_43', 'kics:image_without_digest', 'kubescape:C-0306'],
  description:
    'Tags can be moved to other content at any time; only a digest guarantees that every node runs exactly the ' +
    'image that was scanned and approved.',
  remediation: 'Reference the image as `name@sha256:<digest>` (a tag may be kept in front of the digest for readability).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const image = asString(c.spec['image']);
      if (image === undefined || image.trim() === '') continue;
      if (parseImageReference(image).digest === undefined) {
        report({ message: `${c.type} "${c.name}" image ${image} is not pinned by digest`, path: [...c.path, 'image'] });
      }
    }
  },
});
