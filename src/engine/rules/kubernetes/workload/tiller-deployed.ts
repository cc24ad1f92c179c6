import { asArray, asObject, asString, getPath } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

const TILLER_IMAGE = /(^|\/)tiller(:|@|$)/;

export const tillerDeployed = defineKubeRule({
  id: 'BW-K8S-060',
  title: 'Helm v2 Tiller deployed or exposed',
  severity: 'high',
  category: 'control_plane',
  kinds: [...WORKLOAD_KINDS, 'Service'],
  aliases: [
    'union:K60', 'trivy:KSV-0102', 'checkov:CKV_K8S_34', 'checkov:CKV_K8S_44', 'checkov:CKV_K8S_45',
    'kics:tiller_deployment_is_accessible_from_within_the_cluster', 'kics:tiller_is_deployed', 'kics:tiller_service_is_not_deleted',
  ],
  description:
    'Tiller (Helm v2, unsupported since 2020) usually runs with cluster-admin rights and an unauthenticated gRPC ' +
    'port; any pod that can reach it can install arbitrary workloads in the cluster.',
  remediation: 'Migrate to Helm 3, which has no in-cluster component, and delete the Tiller Deployment and Service.',
  references: ['https://helm.sh/docs/topics/v2_v3_migration/'],
  check(obj, _ctx, report) {
    if (obj.kind === 'Service') {
      const selector = asObject(getPath(obj.body, ['spec', 'selector']));
      if (obj.name === 'tiller-deploy' || (selector?.['app'] === 'helm' && selector['name'] === 'tiller')) {
        report({ message: `Service "${obj.name}" exposes Tiller`, path: ['metadata', 'name'] });
      } else {
        asArray(getPath(obj.body, ['spec', 'ports'])).forEach((p, i) => {
          if (asObject(p)?.['port'] === 44134) report({ message: `Service "${obj.name}" exposes Tiller's port 44134`, path: ['spec', 'ports', i, 'port'] });
        });
      }
      return;
    }
    for (const c of containersOf(obj)) {
      const image = asString(c.spec['image']);
      if (image !== undefined && TILLER_IMAGE.test(image.trim())) {
        report({ message: `${obj.kind} "${obj.name}" runs Tiller (${c.type} "${c.name}")`, path: [...c.path, 'image'] });
      }
    }
  },
});
