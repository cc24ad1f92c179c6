import type { RuleMeta } from '../../rules/define-rule.js';
import type { ComponentFlags } from '../benchmark/control-plane-flags.js';
import { refOfObject } from '../risk/select-judged-objects.js';
import { defineClusterRule, type ClusterRule } from './define-cluster-rule.js';

export interface ApiserverFlagRuleSpec extends RuleMeta {
  /** A message when the flags are unsafe, undefined when they are fine. */
  readonly evaluate: (apiserver: ComponentFlags) => string | undefined;
}

/** Why the API server's flags cannot be read from this snapshot, or undefined when they can. */
export function apiserverInvisibleReason(view: { readonly managedControlPlane: boolean; readonly distribution: { readonly distribution: string }; unreadable(r: string): string | undefined }): string {
  if (view.managedControlPlane) return `control plane is run by the provider (${view.distribution.distribution}); its flags are not visible through the API`;
  const pods = view.unreadable('pods');
  if (pods !== undefined) return `pods could not be read: ${pods}`;
  return 'no kube-apiserver static pod in kube-system (control plane not visible through the API)';
}

/** A check of kube-apiserver flags, possible when the API server runs as a visible static pod. */
export function defineApiserverFlagRule(spec: ApiserverFlagRuleSpec): ClusterRule {
  const { evaluate, ...meta } = spec;
  return defineClusterRule({
    ...meta,
    check(view, report, notEvaluated) {
      const apiserver = view.controlPlane.get('kube-apiserver');
      if (!apiserver) return notEvaluated(apiserverInvisibleReason(view));
      const message = evaluate(apiserver);
      if (message !== undefined) report({ message, resource: refOfObject(apiserver.pod), path: 'spec.containers[0].command' });
    },
  });
}
