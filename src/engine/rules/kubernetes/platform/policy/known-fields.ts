/**
 * A deliberately small structural schema (field names as of Kubernetes 1.34) for the most common
 * kinds. It catches misspelt or misplaced keys and wrong scalar types — the mistakes kubeconform
 * is usually run for — without bundling the full OpenAPI document. Unknown kinds are not checked.
 */
export type FieldType = 'string' | 'integer' | 'boolean' | 'object' | 'array';

export interface ObjectShape {
  readonly fields: Readonly<Record<string, FieldType>>;
  readonly required?: readonly string[];
}

const s = 'string', i = 'integer', b = 'boolean', o = 'object', a = 'array';

export const OBJECT_META: ObjectShape = {
  fields: {
    name: s, generateName: s, namespace: s, labels: o, annotations: o, uid: s, resourceVersion: s, generation: i,
    creationTimestamp: s, deletionTimestamp: s, deletionGracePeriodSeconds: i, ownerReferences: a, finalizers: a,
    managedFields: a, selfLink: s,
  },
};

export const POD_SPEC: ObjectShape = {
  fields: {
    activeDeadlineSeconds: i, affinity: o, automountServiceAccountToken: b, containers: a, dnsConfig: o, dnsPolicy: s,
    enableServiceLinks: b, ephemeralContainers: a, hostAliases: a, hostIPC: b, hostNetwork: b, hostPID: b, hostUsers: b,
    hostname: s, hostnameOverride: s, imagePullSecrets: a, initContainers: a, nodeName: s, nodeSelector: o, os: o,
    overhead: o, preemptionPolicy: s, priority: i, priorityClassName: s, readinessGates: a, resourceClaims: a,
    resources: o, restartPolicy: s, runtimeClassName: s, schedulerName: s, schedulingGates: a, securityContext: o,
    serviceAccount: s, serviceAccountName: s, setHostnameAsFQDN: b, shareProcessNamespace: b, subdomain: s,
    terminationGracePeriodSeconds: i, tolerations: a, topologySpreadConstraints: a, volumes: a,
  },
  required: ['containers'],
};

export const CONTAINER: ObjectShape = {
  fields: {
    args: a, command: a, env: a, envFrom: a, image: s, imagePullPolicy: s, lifecycle: o, livenessProbe: o, name: s,
    ports: a, readinessProbe: o, resizePolicy: a, resources: o, restartPolicy: s, restartPolicyRules: a,
    securityContext: o, startupProbe: o, stdin: b, stdinOnce: b, targetContainerName: s, terminationMessagePath: s,
    terminationMessagePolicy: s, tty: b, volumeDevices: a, volumeMounts: a, workingDir: s,
  },
  required: ['name'],
};

const TEMPLATE: ObjectShape = { fields: { metadata: o, spec: o } };

/** spec shapes by kind; `template` specs are checked as pod templates. */
export const SPEC_BY_KIND: Readonly<Record<string, ObjectShape>> = {
  Deployment: {
    fields: { minReadySeconds: i, paused: b, progressDeadlineSeconds: i, replicas: i, revisionHistoryLimit: i, selector: o, strategy: o, template: o },
    required: ['selector', 'template'],
  },
  StatefulSet: {
    fields: {
      minReadySeconds: i, ordinals: o, persistentVolumeClaimRetentionPolicy: o, podManagementPolicy: s, replicas: i,
      revisionHistoryLimit: i, selector: o, serviceName: s, template: o, updateStrategy: o, volumeClaimTemplates: a,
    },
    required: ['selector', 'template'],
  },
  DaemonSet: {
    fields: { minReadySeconds: i, revisionHistoryLimit: i, selector: o, template: o, updateStrategy: o },
    required: ['selector', 'template'],
  },
  ReplicaSet: { fields: { minReadySeconds: i, replicas: i, selector: o, template: o }, required: ['selector'] },
  Job: {
    fields: {
      activeDeadlineSeconds: i, backoffLimit: i, backoffLimitPerIndex: i, completionMode: s, completions: i, managedBy: s,
      manualSelector: b, maxFailedIndexes: i, parallelism: i, podFailurePolicy: o, podReplacementPolicy: s, selector: o,
      successPolicy: o, suspend: b, template: o, ttlSecondsAfterFinished: i,
    },
    required: ['template'],
  },
  CronJob: {
    fields: {
      concurrencyPolicy: s, failedJobsHistoryLimit: i, jobTemplate: o, schedule: s, startingDeadlineSeconds: i,
      successfulJobsHistoryLimit: i, suspend: b, timeZone: s,
    },
    required: ['schedule', 'jobTemplate'],
  },
  Service: {
    fields: {
      allocateLoadBalancerNodePorts: b, clusterIP: s, clusterIPs: a, externalIPs: a, externalName: s,
      externalTrafficPolicy: s, healthCheckNodePort: i, internalTrafficPolicy: s, ipFamilies: a, ipFamilyPolicy: s,
      loadBalancerClass: s, loadBalancerIP: s, loadBalancerSourceRanges: a, ports: a, publishNotReadyAddresses: b,
      selector: o, sessionAffinity: s, sessionAffinityConfig: o, trafficDistribution: s, type: s,
    },
  },
  Pod: POD_SPEC,
};

export const TOP_LEVEL: ObjectShape = { fields: { apiVersion: s, kind: s, metadata: o, spec: o, status: o }, required: ['metadata'] };
export const POD_TEMPLATE = TEMPLATE;
