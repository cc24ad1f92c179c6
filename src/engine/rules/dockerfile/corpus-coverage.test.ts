import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../iac/dockerfile/parse-dockerfile.js';
import type { DockerfileRule } from '../define-rule.js';
import { DOCKERFILE_RULES } from './index.js';

// The shared corpus sits next to the repository (../shared), never inside it.
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus');

interface CorpusCase {
  readonly file: string;
  readonly file_type: string;
  readonly peer_rule: string;
  readonly union_id: string | null;
  readonly expect: 'fire' | 'no-fire';
}

function isCase(value: unknown): value is CorpusCase {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['file'] === 'string' && typeof v['file_type'] === 'string' && typeof v['peer_rule'] === 'string'
    && (v['expect'] === 'fire' || v['expect'] === 'no-fire') && (v['union_id'] === null || typeof v['union_id'] === 'string');
}

function fires(rules: readonly DockerfileRule[], c: CorpusCase): boolean {
  const parsed = parseDockerfile({ path: c.file, content: readFileSync(join(CORPUS, c.file)) });
  if (!parsed.dockerfile) throw new Error(`${c.file} does not parse: ${parsed.error}`);
  const relevant = rules.filter((r) => r.aliases.includes(c.peer_rule) || (c.union_id !== null && r.aliases.includes(`union:${c.union_id}`)));
  let hit = false;
  for (const rule of relevant) rule.check(parsed.dockerfile, () => { hit = true; }, {});
  return hit;
}

const present = existsSync(join(CORPUS, 'index.json'));
if (!present) console.log(`skipping Dockerfile corpus coverage: ${CORPUS} is not present`);

describe.skipIf(!present)('Dockerfile rules against the shared corpus', () => {
  it('fires on every "fire" case and stays silent on every "no-fire" case', () => {
    const raw: unknown = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8'));
    const cases = (Array.isArray(raw) ? raw : []).filter(isCase).filter((c) => c.file_type === 'dockerfile');
    expect(cases.length).toBeGreaterThan(0);
    const misses = cases
      .filter((c) => fires(DOCKERFILE_RULES, c) !== (c.expect === 'fire'))
      .map((c) => `${c.file} (${c.peer_rule}, ${c.union_id ?? 'no union id'}) expected ${c.expect}`);
    console.log(`Dockerfile corpus: ${cases.length - misses.length}/${cases.length} cases as expected`);
    expect(misses).toEqual([]);
  });
});
