import type { KubeObject } from '../../inputs/kube-object.js';
import { asString } from '../../inputs/kube-object.js';
import { podSpecOf } from '../../inputs/pod-spec.js';

export interface WorkloadIdentity {
  readonly namespace: string;
  readonly serviceAccount: string;
  /** False when the pod spec (or its service account) turns the token mount off. */
  readonly tokenMounted: boolean;
}

/** The service account a workload's pods run as, and whether its token reaches them. */
export function serviceAccountOf(workload: KubeObject, serviceAccounts: ReadonlyMap<string, KubeObject>): WorkloadIdentity | undefined {
  const pod = podSpecOf(workload);
  if (!pod) return undefined;
  const namespace = workload.namespace ?? 'default';
  const serviceAccount = asString(pod.spec['serviceAccountName']) ?? asString(pod.spec['serviceAccount']) ?? 'default';
  const podSetting = pod.spec['automountServiceAccountToken'];
  // The pod's own setting wins over its service account's; the default is to mount.
  const saSetting = serviceAccounts.get(`${namespace}/${serviceAccount}`)?.body['automountServiceAccountToken'];
  const tokenMounted = podSetting === false ? false : podSetting === true ? true : saSetting !== false;
  return { namespace, serviceAccount, tokenMounted };
}
