import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKubeRule } from '../../testing/run-kube-rule.js';
import { WORKLOAD_RULES } from './index.js';

// The shared evaluation corpus lives next to the repository (`<repo>/../shared/corpus`).
const CORPUS = fileURLToPath(new URL('../../../../../../shared/corpus/', import.meta.url));

interface CorpusCase {
  readonly file: string;
  readonly file_type: string;
  readonly peer_rule: string;
  readonly union_id: string | null;
  readonly expect: 'fire' | 'no-fire';
}

/**
 * Peer verdicts these rules deliberately do not follow, as `<peer_rule> <file>` with the reason.
 * None carries a union id: each is a peer-specific threshold, exemption or default.
 */
const JUDGED_DIFFERENTLY: Record<string, string> = {
  'kube-linter:drop-net-raw-capability kube-linter/drop-net-raw-capability/drop-net-raw-capability.doc01.yaml': 'an empty capabilities block still keeps NET_RAW',
  'kube-linter:drop-net-raw-capability kube-linter/drop-net-raw-capability/drop-net-raw-capability.doc02.yaml': 'an empty capabilities block still keeps NET_RAW',
  'kube-score:container-ephemeral-storage-request-equals-limit kube-score/pod-ephemeral-storage-request-nomatch-limit-annotation-optional.yaml': 'K37 is about missing values; the equality check is off by default in kube-score',
  'kube-score:container-ephemeral-storage-request-equals-limit kube-score/pod-ephemeral-storage-request-nomatch-limit.yaml': 'K37 is about missing values; the equality check is off by default in kube-score',
  'kube-score:container-seccomp-profile kube-score/pod-seccomp-annotated-annotation-optional.yaml': 'defaultProfileName is a PodSecurityPolicy annotation, it confines nothing on a pod',
  'kube-score:container-seccomp-profile kube-score/pod-seccomp-annotated.yaml': 'defaultProfileName is a PodSecurityPolicy annotation, it confines nothing on a pod',
  'kube-score:pod-probes kube-score/pod-probes-not-targeted-by-service-multi-labels.yaml': 'readiness is expected whether or not a Service exists yet',
  'kube-score:pod-probes kube-score/pod-probes-not-targeted-by-service.yaml': 'readiness is expected whether or not a Service exists yet',
  'kube-score:pod-probes kube-score/pod-probes-targeted-by-service-different-namespace.yaml': 'readiness is expected whether or not a Service exists yet',
  'kube-score:pod-probes kube-score/pod-probes-on-different-containers.yaml': 'each serving container needs its own probes',
  'kubesec:ApparmorAny kubesec/score-1-dep-apparmor-nonunconfined-ephemeralcontainer.yml': 'the main container is still unconfined',
  'kubesec:ApparmorAny kubesec/score-1-dep-apparmor-nonunconfined-initcontainer.yml': 'the main container is still unconfined',
  'kubesec:ApparmorUnconfined kubesec/score-1-dep-apparmor-nonunconfined-ephemeralcontainer.yml': 'the main container is still unconfined',
  'kubesec:ApparmorUnconfined kubesec/score-1-dep-apparmor-nonunconfined-initcontainer.yml': 'the main container is still unconfined',
  'kubesec:SeccompAny kubesec/score-1-dep-seccomp-nonunconfined-ephemeralcontainer.yml': 'the main container is still unconfined',
  'kubesec:SeccompAny kubesec/score-1-dep-seccomp-nonunconfined-initcontainer.yml': 'the main container is still unconfined',
  'polaris:insecureCapabilities polaris/insecureCapabilities/failure.drop-most.yaml': 'reported by BW-K8S-013 (drop ALL), which does not carry this alias',
  'polaris:linuxHardening polaris/linuxHardening/success.apparmor_2_containers.yaml': 'AppArmor or SELinux or dropped capabilities do not replace a seccomp profile',
  'polaris:linuxHardening polaris/linuxHardening/success.drop_capabilities.yaml': 'AppArmor or SELinux or dropped capabilities do not replace a seccomp profile',
  'polaris:linuxHardening polaris/linuxHardening/success.selinux_container.yaml': 'AppArmor or SELinux or dropped capabilities do not replace a seccomp profile',
  'polaris:linuxHardening polaris/linuxHardening/success.selinux_pod.yaml': 'AppArmor or SELinux or dropped capabilities do not replace a seccomp profile',
  'polaris:pullPolicyNotAlways polaris/pullPolicyNotAlways/failure.cron-job.yaml': 'an unset policy on an untagged image defaults to Always',
  'polaris:pullPolicyNotAlways polaris/pullPolicyNotAlways/failure.yaml': 'an unset policy on an untagged image defaults to Always',
  'trivy:KSV-0022 trivy-checks/kubernetes/KSV-0022.bad.1.yaml': 'NET_BIND_SERVICE is the one capability the restricted profile allows',
  'trivy:KSV-0036 trivy-checks/kubernetes/KSV-0036.good.1.yaml': 'an unset automountServiceAccountToken mounts the token',
};

const present = existsSync(`${CORPUS}index.json`);
if (!present) console.log(`skipping the workload corpus check: ${CORPUS} is absent`);

describe.skipIf(!present)('workload rules against the shared peer corpus', () => {
  it('agrees with every union-id verdict and differs only where judged on purpose', () => {
    const cases = JSON.parse(readFileSync(`${CORPUS}index.json`, 'utf8')) as CorpusCase[];
    const ours = new Set(WORKLOAD_RULES.flatMap((r) => r.aliases));
    const unionMisses: string[] = [];
    const peerMisses: string[] = [];
    let checked = 0;
    for (const c of cases) {
      if (c.file_type !== 'k8s_yaml') continue;
      const union = c.union_id === null ? undefined : `union:${c.union_id}`;
      if (!(union !== undefined && ours.has(union)) && !ours.has(c.peer_rule)) continue;
      const text = readFileSync(`${CORPUS}${c.file}`, 'utf8');
      const relevant = WORKLOAD_RULES.filter((r) => r.aliases.includes(c.peer_rule) || (union !== undefined && r.aliases.includes(union)));
      const fired = relevant.some((r) => runKubeRule(r, text).length > 0);
      checked++;
      if (fired === (c.expect === 'fire')) continue;
      (union !== undefined && ours.has(union) ? unionMisses : peerMisses).push(`${c.peer_rule} ${c.file}`);
    }
    console.log(`workload corpus: ${checked} cases, ${checked - unionMisses.length - peerMisses.length} agree, ` +
      `${peerMisses.length} judged differently, ${unionMisses.length} union-id misses`);
    expect(unionMisses).toEqual([]);
    expect(peerMisses.sort()).toEqual(Object.keys(JUDGED_DIFFERENTLY).sort());
  });
});
