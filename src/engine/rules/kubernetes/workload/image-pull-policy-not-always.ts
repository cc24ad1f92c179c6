import { asString } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { parseImageReference } from './image-reference.js';

export const imagePullPolicyNotAlways = defineKubeRule({
  id: 'BW-K8S-040',
  title: 'imagePullPolicy is not Always',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K40', 'checkov:CKV_K8S_15', 'kics:image_pull_policy_of_container_is_not_always', 'polaris:pullPolicyNotAlways',
    'kube-score:container-image-pull-policy',
  ],
  description:
    'With IfNotPresent or Never a pod can start from an image already cached on the node, without the registry ' +
    'checking that this pod\'s pull credentials may read it, and possibly from a stale copy of a moved tag.',
  remediation: 'Set `imagePullPolicy: Always` (or enable the AlwaysPullImages admission plugin).',
  references: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const image = asString(c.spec['image']);
      const policy = asString(c.spec['imagePullPolicy']);
      if (policy === 'Always') continue;
      if (policy === undefined) {
        // Kubernetes defaults an unset policy to Always for :latest and untagged images.
        const ref = image === undefined ? undefined : parseImageReference(image);
        if (ref && ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest')) continue;
      }
      const what = policy === undefined ? 'leaves imagePullPolicy at its IfNotPresent default' : `sets imagePullPolicy ${policy}`;
      report({ message: `${c.type} "${c.name}" ${what}`, path: [...c.path, 'imagePullPolicy'] });
    }
  },
});
