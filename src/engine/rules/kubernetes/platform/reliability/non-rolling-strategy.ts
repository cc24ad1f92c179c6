import { asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const nonRollingStrategy = defineKubeRule({
  id: 'BW-K8S-109',
  title: 'Deployment does not use a rolling update',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K75', 'kube-linter:no-rolling-update-strategy', 'kube-score:deployment-strategy'],
  description: 'The Recreate strategy stops every old pod before starting new ones, so each rollout is an outage.',
  remediation: 'Use strategy.type RollingUpdate (the default) unless the application cannot run two versions at once.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy'],
  kinds: ['Deployment', 'DeploymentConfig'],
  check(obj, _ctx, report) {
    const type = asString(getPath(obj.body, ['spec', 'strategy', 'type']));
    // OpenShift DeploymentConfig calls its rolling strategy "Rolling".
    if (type === undefined || type === (obj.kind === 'DeploymentConfig' ? 'Rolling' : 'RollingUpdate')) return;
    report({ message: `${obj.kind} "${obj.name}" uses the ${type} strategy`, path: ['spec', 'strategy', 'type'] });
  },
});
