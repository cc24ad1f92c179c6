import type { DockerfileInstruction, DockerfileToken } from '../../../inputs/dockerfile.js';

/** An EXPOSE word read as a port or port range; `from`/`to` are NaN when not numeric (`$PORT`). */
export interface ExposedPort {
  readonly token: DockerfileToken;
  readonly from: number;
  readonly to: number;
  readonly protocol: string;
}

export function exposedPorts(inst: DockerfileInstruction): ExposedPort[] {
  if (inst.keyword !== 'EXPOSE') return [];
  return inst.args.map((token) => {
    const [ports = '', protocol = 'tcp'] = token.value.split('/');
    const [a = '', b] = ports.split('-');
    const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : Number.NaN);
    const from = num(a);
    return { token, from, to: b === undefined ? from : num(b), protocol: protocol.toLowerCase() };
  });
}
