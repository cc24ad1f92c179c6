import type { ResourceRef } from '../../finding.js';
import type { KubeObject } from '../../inputs/kube-object.js';
import { asObject } from '../../inputs/kube-object.js';
import { controllerOf, isMirrorPod } from './workload-owners.js';

export interface Exemption {
  readonly resource: ResourceRef;
  readonly reason: string;
}

export interface JudgedObjects {
  /** What the Kubernetes rules run on: controllers, bare pods and every non-workload object. */
  readonly judged: KubeObject[];
  /** Objects deliberately not judged by the workload rules, reported as such (not as passed). */
  readonly exempted: Exemption[];
  /** Judged objects the pod-security (workload) rules skip; platform rules still see them. */
  readonly workloadRulesExempt: ReadonlySet<KubeObject>;
  /** Pods left out because their controller is judged in their place. */
  readonly podsViaController: number;
}

const CONTROL_PLANE = new Set(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd']);

export function refOfObject(obj: KubeObject): ResourceRef {
  return { kind: obj.kind, name: obj.name, ...(obj.namespace !== undefined ? { namespace: obj.namespace } : {}), ...(obj.uid !== undefined ? { uid: obj.uid } : {}) };
}

function isControlPlaneStaticPod(obj: KubeObject): boolean {
  if (obj.namespace !== 'kube-system' || !isMirrorPod(obj)) return false;
  const labels = asObject(asObject(obj.body['metadata'])?.['labels']);
  const component = labels?.['component'];
  return labels?.['tier'] === 'control-plane' || (typeof component === 'string' && CONTROL_PLANE.has(component));
}

// ReplicaSets are named `<deployment>-<template hash>` and Jobs `<cronjob>-<schedule time>`:
// when the middle object was not collected, the name still leads to the visible controller.
const NAMED_AFTER: Readonly<Record<string, string>> = { ReplicaSet: 'Deployment', Job: 'CronJob' };

function grandOwnerVisible(owner: { kind: string; name: string }, namespace: string | undefined, present: ReadonlySet<string>): boolean {
  const parentKind = NAMED_AFTER[owner.kind];
  const cut = owner.name.lastIndexOf('-');
  return parentKind !== undefined && cut > 0 && present.has(`${parentKind}\u0000${namespace ?? ''}\u0000${owner.name.slice(0, cut)}`);
}

/**
 * Picks the objects the workload rules judge on a live cluster. A Deployment's twenty
 * replicas share one pod template, so judging each pod would repeat one finding twenty
 * times: pods, ReplicaSets and Jobs whose controller is in the snapshot are judged
 * through it. When the controller is not visible (its list was forbidden, or it is a
 * custom controller we do not collect), one pod per controller stands in for the rest.
 *
 * Control-plane static pods are exempted from the pod-security rules only: they need host
 * networking and host paths by design and cannot be changed through the API. Rules about
 * the control plane itself (API server flags, audit) still run on them, and their flags
 * are what the CIS benchmark (sections 1.2–1.4 and 2) judges. Other static pods are
 * judged like bare pods.
 */
export function selectJudgedObjects(objects: readonly KubeObject[]): JudgedObjects {
  const present = new Set<string>();
  for (const obj of objects) {
    if (obj.uid !== undefined) present.add(obj.uid);
    // Name keys only for kinds that own pods: half the cost of keying every object.
    if (obj.kind !== 'Pod' && obj.kind !== 'Service' && obj.kind !== 'ConfigMap') present.add(`${obj.kind}\u0000${obj.namespace ?? ''}\u0000${obj.name}`);
  }
  const judged: KubeObject[] = [];
  const exempted: Exemption[] = [];
  const workloadRulesExempt = new Set<KubeObject>();
  const standIns = new Set<string>();
  let podsViaController = 0;
  for (const obj of objects) {
    if (obj.kind === 'Pod' && isControlPlaneStaticPod(obj)) {
      exempted.push({ resource: refOfObject(obj), reason: 'control-plane static pod: pod-security rules skipped (host access is required by design); its flags are judged by the control-plane rules and the CIS benchmark' });
      workloadRulesExempt.add(obj);
      judged.push(obj);
      continue;
    }
    const owner = obj.kind === 'Pod' || obj.kind === 'ReplicaSet' || obj.kind === 'Job' ? controllerOf(obj) : undefined;
    if (owner === undefined || owner.kind === 'Node') {
      judged.push(obj);
      continue;
    }
    const ownerVisible = (owner.uid !== undefined && present.has(owner.uid)) || present.has(`${owner.kind}\u0000${obj.namespace ?? ''}\u0000${owner.name}`) ||
      grandOwnerVisible(owner, obj.namespace, present);
    if (ownerVisible) {
      if (obj.kind === 'Pod') podsViaController++;
      continue;
    }
    const key = owner.uid ?? `${owner.kind}\u0000${obj.namespace ?? ''}\u0000${owner.name}`;
    if (standIns.has(key)) {
      if (obj.kind === 'Pod') podsViaController++;
      continue;
    }
    standIns.add(key);
    judged.push(obj);
  }
  return { judged, exempted, workloadRulesExempt, podsViaController };
}
