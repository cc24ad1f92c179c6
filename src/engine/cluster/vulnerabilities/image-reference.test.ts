import { describe, expect, it } from 'vitest';
import { parseImageReference } from './image-reference.js';

describe('parseImageReference', () => {
  it.each([
    ['registry.k8s.io/ingress-nginx/controller:v1.9.4@sha256:5b16', { path: 'ingress-nginx/controller', name: 'controller', tag: 'v1.9.4' }],
    ['localhost:5000/kube-proxy', { path: 'kube-proxy', name: 'kube-proxy', tag: undefined }],
    ['coredns/coredns:1.11.1', { path: 'coredns/coredns', name: 'coredns', tag: '1.11.1' }],
    ['nginx', { path: 'nginx', name: 'nginx', tag: undefined }],
    ['602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/kube-proxy:v1.30.0-minimal-eksbuild.3', { path: 'eks/kube-proxy', name: 'kube-proxy', tag: 'v1.30.0-minimal-eksbuild.3' }],
    ['quay.io:443/kubernetes-ingress-controller/nginx-ingress-controller:0.32.0', { path: 'kubernetes-ingress-controller/nginx-ingress-controller', name: 'nginx-ingress-controller', tag: '0.32.0' }],
  ])('%s', (image, expected) => {
    expect(parseImageReference(image)).toEqual(expected);
  });
});
