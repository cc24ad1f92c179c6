import type { ShellWord } from '../../inputs/dockerfile.js';
import { runCommandsOf } from '../../iac/dockerfile/commands-of.js';
import { defineDockerfileRule } from '../define-rule.js';
import { findFlag } from './support/command-args.js';
import { findingAt } from './support/dockerfile-finding.js';

/** Environment settings that switch certificate checks off, by variable name. */
const INSECURE_ENV: Record<string, (value: string) => boolean> = {
  PYTHONHTTPSVERIFY: (v) => v === '0',
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  GIT_SSL_NO_VERIFY: (v) => v !== '' && v !== '0' && v.toLowerCase() !== 'false',
  PIP_TRUSTED_HOST: (v) => v !== '',
  NPM_CONFIG_STRICT_SSL: (v) => v.toLowerCase() === 'false',
};

function insecureWord(name: string, args: readonly ShellWord[]): ShellWord | undefined {
  const values = args.map((a) => a.value);
  switch (name) {
    case 'curl': return findFlag(args, 'k', ['--insecure']);
    case 'wget': return findFlag(args, '', ['--no-check-certificate']);
    case 'pip': case 'pip3': return findFlag(args, '', ['--trusted-host']);
    case 'git': return args.find((a, i) => /^http\.sslverify(=false)?$/i.test(a.value) && (a.value.includes('=') || values[i + 1]?.toLowerCase() === 'false'));
    case 'npm': case 'yarn': case 'pnpm': return args.find((a, i) => /^strict-ssl$/.test(a.value) && values[i + 1] === 'false');
    case 'yum': case 'dnf': case 'microdnf': case 'tdnf': return args.find((a) => /sslverify=(0|false|no)$/i.test(a.value));
    default: return undefined;
  }
}

export const tlsVerificationDisabled = defineDockerfileRule({
  id: 'BW-DF-067',
  title: 'TLS certificate verification disabled',
  severity: 'high',
  category: 'network',
  aliases: [
    'union:D67', 'checkov:CKV2_DOCKER_2', 'checkov:CKV2_DOCKER_3', 'checkov:CKV2_DOCKER_4', 'checkov:CKV2_DOCKER_5', 'checkov:CKV2_DOCKER_6',
    'checkov:CKV2_DOCKER_12', 'checkov:CKV2_DOCKER_13', 'checkov:CKV2_DOCKER_14', 'checkov:CKV2_DOCKER_15', 'checkov:CKV2_DOCKER_16',
  ],
  description:
    'Turning off certificate checks (curl -k, wget --no-check-certificate, pip --trusted-host, ' +
    'NODE_TLS_REJECT_UNAUTHORIZED=0, …) lets anyone on the network path replace what the build downloads, ' +
    'and ENV settings keep the weakness in the running container.',
  remediation: 'Remove the switch and install the CA certificate that the server really uses if verification fails.',
  references: ['https://docs.docker.com/build/building/best-practices/', 'https://curl.se/docs/sslcerts.html'],
  check(dockerfile, report) {
    for (const inst of dockerfile.instructions) {
      if (inst.keyword !== 'ENV' && inst.keyword !== 'ARG') continue;
      for (const kv of inst.keyValues) {
        const test = INSECURE_ENV[kv.key.value.toUpperCase()];
        if (test && kv.value && test(kv.value.value)) report(findingAt(dockerfile, inst, `${kv.key.value}=${kv.value.value} disables TLS verification`, kv.key.range));
      }
    }
    for (const stage of dockerfile.stages) {
      for (const r of runCommandsOf(stage)) {
        for (const assign of r.raw.assignments) {
          const [name = '', value = ''] = assign.split(/=(.*)/s);
          const test = INSECURE_ENV[name.toUpperCase()];
          if (test && test(value.replace(/^["']|["']$/g, ''))) report(findingAt(dockerfile, r.instruction, `${name} disables TLS verification`, r.raw.range));
        }
        const word = insecureWord(r.command.name, r.command.args);
        if (word) report(findingAt(dockerfile, r.instruction, `${r.command.name} ${word.value} disables TLS verification`, word.range));
      }
    }
  },
});
