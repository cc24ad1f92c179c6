import type { DockerfileInstruction } from '../../../inputs/dockerfile.js';
import { commandsOf, unwrapCommand } from '../../../iac/dockerfile/commands-of.js';

/**
 * True when the RUN cleans the tool's cache: `<tool> clean all` (or `clean`/`cc` for zypper),
 * an `rm` of the cache directory, or a BuildKit cache mount on it (then nothing lands in the layer).
 */
export function cleansCache(inst: DockerfileInstruction, tool: string, cleanArgs: readonly string[][], cacheDir: string): boolean {
  if (inst.flags.some((f) => f.name === 'mount' && f.value?.includes(`target=${cacheDir}`))) return true;
  return commandsOf(inst).map(unwrapCommand).some((c) => {
    if (c.name === 'rm') return c.args.some((a) => a.value.startsWith(cacheDir));
    if (c.name !== tool) return false;
    const words = c.args.map((a) => a.value).filter((v) => !v.startsWith('-'));
    return cleanArgs.some((expected) => expected.every((w, i) => words[i] === w));
  });
}
