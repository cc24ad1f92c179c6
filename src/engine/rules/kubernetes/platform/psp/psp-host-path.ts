import { asArray, asObject } from '../../../../inputs/kube-object.js';
import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspHostPath = definePspRule({
  id: 'BW-K8S-200',
  title: 'PodSecurityPolicy allows unrestricted hostPath volumes',
  severity: 'low',
  category: 'node_escape',
  aliases: ['union:P00', 'kics:psp_with_unrestricted_access_to_host_path'],
  description:
    'The policy admits hostPath volumes without allowedHostPaths, or with writable ones, so pods can mount any ' +
    'node directory read-write.',
  remediation: 'Drop hostPath from spec.volumes, or restrict spec.allowedHostPaths to specific prefixes with readOnly: true.',
  references: [PSP_REFERENCE],
  inspect: (spec) => {
    const volumes = asArray(spec['volumes']).map(String);
    if (!volumes.includes('hostPath') && !volumes.includes('*')) return undefined;
    const allowed = asArray(spec['allowedHostPaths']);
    if (allowed.length === 0) return { message: 'admits hostPath volumes of any path', path: ['spec', 'volumes'] };
    const writable = allowed.findIndex((p) => asObject(p)?.['readOnly'] !== true);
    return writable < 0 ? undefined : { message: 'admits writable hostPath mounts', path: ['spec', 'allowedHostPaths', writable] };
  },
});
