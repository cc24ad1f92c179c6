import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { hostPathVolumesOf } from './host-path-volumes.js';

const SOCKET = /\/(docker|containerd|crio|cri-dockerd|podman|dockershim|containerd-shim)\.sock$/;
// Directories that hold the sockets above; mounting them gives the same control.
const SOCKET_DIRS = new Set(['/var/run/docker', '/run/docker', '/var/run/containerd', '/run/containerd', '/var/run/crio', '/run/crio']);

export const runtimeSocketMounted = defineKubeRule({
  id: 'BW-K8S-029',
  title: 'Container runtime socket mounted into the pod',
  severity: 'critical',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K29', 'trivy:KSV-0006', 'checkov:CKV_K8S_27', 'kics:docker_daemon_socket_is_exposed_to_containers', 'kube-linter:docker-sock',
    'kubesec:DockerSock', 'kubescape:C-0074',
  ],
  description:
    'Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container with the host ' +
    'filesystem mounted; the socket is root on the node.',
  remediation: 'Remove the hostPath mount of the runtime socket; use a rootless image builder or the Kubernetes API instead.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  check(obj, _ctx, report) {
    for (const v of hostPathVolumesOf(obj)) {
      if (SOCKET.test(v.hostPath) || SOCKET_DIRS.has(v.hostPath)) {
        report({ message: `${obj.kind} "${obj.name}" mounts the container runtime socket ${v.hostPath}`, path: [...v.path, 'path'] });
      }
    }
  },
});
