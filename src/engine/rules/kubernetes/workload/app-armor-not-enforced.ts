import type { PathSegment } from '../../../../domain/source-range.js';
import { asObject, asString } from '../../../inputs/kube-object.js';
import type { ContainerRef } from '../../../inputs/pod-spec.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { isLinuxContainer } from './linux-only.js';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

interface AppArmorSetting {
  readonly problem: string | undefined;
  readonly path: readonly PathSegment[];
}

// The appArmorProfile field (1.30+) wins over the beta annotation, which older clusters and
// many charts still use; both are accepted so neither style is flagged as unset.
function appArmorOf(c: ContainerRef): AppArmorSetting {
  const type = asString(asObject(c.securityContext.get('appArmorProfile'))?.['type']);
  if (type !== undefined) {
    const path = [...c.securityContext.pathOf('appArmorProfile'), 'type'];
    if (type === 'RuntimeDefault' || type === 'Localhost') return { problem: undefined, path };
    return { problem: type === 'Unconfined' ? 'runs AppArmor Unconfined' : `sets an unknown AppArmor type "${type}"`, path };
  }
  const key = ANNOTATION_PREFIX + c.name;
  const value = asString(asObject(c.pod.metadata?.['annotations'])?.[key]);
  if (value !== undefined) {
    const path = [...c.pod.metadataPath, 'annotations', key];
    if (value === 'runtime/default' || value.startsWith('localhost/')) return { problem: undefined, path };
    return { problem: value === 'unconfined' ? 'runs AppArmor unconfined' : `sets an unknown AppArmor profile "${value}"`, path };
  }
  return { problem: 'sets no AppArmor profile', path: c.securityContext.pathOf('appArmorProfile') };
}

export const appArmorNotEnforced = defineKubeRule({
  id: 'BW-K8S-022',
  title: 'Container has no enforcing AppArmor profile',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K22', 'trivy:KSV-0002', 'kics:missing_app_armor_config', 'kubesec:ApparmorAny', 'kubesec:ApparmorUnconfined', 'kubescape:C-0055',
  ],
  description:
    'On AppArmor-enabled nodes a profile restricts which files, mounts and network operations the container may use. ' +
    'Unset or unconfined leaves only the other layers in place.',
  remediation: 'Set `securityContext.appArmorProfile.type: RuntimeDefault` (or the container\'s `container.apparmor.security.beta.kubernetes.io/<name>: runtime/default` annotation on older clusters).',
  references: ['https://kubernetes.io/docs/tutorials/security/apparmor/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const setting = appArmorOf(c);
      if (setting.problem !== undefined) report({ message: `${c.type} "${c.name}" ${setting.problem}`, path: setting.path });
    }
  },
});
