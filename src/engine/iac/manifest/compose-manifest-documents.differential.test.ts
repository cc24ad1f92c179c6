import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import type { PathSegment } from '../../../domain/source-range.js';
import type { JsonValue } from '../../inputs/kube-object.js';
import { composeManifestDocuments } from './compose-manifest-documents.js';
import { composeWithYaml } from './compose-with-yaml.js';
import { LineIndex } from './line-index.js';
import { locateOffsets } from './position-tree.js';
import { splitYamlDocuments } from './split-yaml-documents.js';

/** The reference: the `yaml` package's own document API (merge keys on, as for Kubernetes). */
function reference(text: string): { values: unknown[]; error: boolean } {
  const docs = Array.from(parseAllDocuments(text, { merge: true, logLevel: 'error' }));
  if (docs.some((d) => d.errors.length > 0)) return { values: [], error: true };
  try {
    // An empty document is `null` for yaml and "no value" for us: neither holds an object.
    const values: unknown[] = docs.map((d) => d.toJS({ maxAliasCount: 100 }));
    return { values: values.filter((v) => v !== null), error: false };
  } catch {
    return { values: [], error: true };
  }
}

function referencePerDocument(text: string): { values: unknown[]; error: boolean } {
  const values: unknown[] = [];
  for (const slice of splitYamlDocuments(text, 1e6).slices) {
    const r = reference(text.slice(slice.start, slice.end));
    if (r.error) return r;
    values.push(...r.values);
  }
  return { values, error: false };
}

function ours(text: string) {
  const normal = text.replace(/\r\n?/g, '\n');
  const lines = new LineIndex(normal);
  return { normal, lines, composed: composeManifestDocuments(normal, lines) };
}

function allPaths(value: JsonValue, limit = 2000): PathSegment[][] {
  const out: PathSegment[][] = [];
  const stack: Array<[JsonValue, PathSegment[]]> = [[value, []]];
  while (stack.length > 0 && out.length < limit) {
    const [v, path] = stack.pop()!;
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  out.push(['no-such-key'], [...(out.at(-1) ?? []), 'missing', 0]);
  return out;
}

/** Checks one text; returns a description of the first disagreement, or undefined. */
function disagreement(text: string): string | undefined {
  const { normal, lines, composed } = ours(text);
  let ref = reference(text);
  // YAML 1.2 forbids `---`/`...` lines inside quoted and plain scalars (they always end the
  // document); the yaml package lets a scalar run across them. Where the whole-file verdict
  // differs, the reference is taken per document as the spec splits them.
  if (ref.error !== (composed.error !== undefined)) ref = referencePerDocument(normal);
  if (ref.error) return composed.error === undefined ? 'yaml rejects the text but the parser accepted it' : undefined;
  if (composed.error !== undefined) return `parser rejected valid YAML: ${composed.error}`;
  const values = composed.documents.filter((d) => d.value !== undefined && d.value !== null).map((d) => d.value);
  try {
    expect(values).toEqual(ref.values);
  } catch {
    return `values differ: ${JSON.stringify(values).slice(0, 300)} vs ${JSON.stringify(ref.values).slice(0, 300)}`;
  }
  for (const doc of composed.documents) {
    if (!doc.fast || doc.value === undefined || !doc.pos) continue;
    const strict = composeWithYaml(normal, doc.start, doc.end, (o) => lines.position(o)).documents[0];
    if (!strict?.pos) return 'strict path produced no positions for a document the fast path composed';
    const fallback = { start: -1, end: -1 };
    for (const path of allPaths(doc.value)) {
      const a = locateOffsets(doc.pos, path, fallback);
      const b = locateOffsets(strict.pos, path, fallback);
      if (a.start !== b.start || a.end !== b.end) {
        return `range of ${JSON.stringify(path)}: fast ${JSON.stringify(lines.range(a.start, a.end))} strict ${JSON.stringify(lines.range(b.start, b.end))}`;
      }
    }
  }
  return undefined;
}

const trickyStrings = [
  '', ' ', 'a b', ' lead', 'trail ', 'x: y', 'x:y', 'a #b', 'a#b', '#c', '- x', '-x', '-', '?', ':', '? x', '[x]', '{a}', 'a,b',
  '*a', '&a', '!t', '%d', '@x', '`x', "it's", 'say "hi"', 'back\\slash', 'tab\there', 'line\nbreak', 'two\n\nlines\n', 'end\n',
  '\n lead', 'é ünï', '😀', 'true', 'True', 'yes', 'no', 'on', 'null', '~', 'NULL', '0', '-1', '+1', '007', '0x1F', '0o17', '0b11',
  '1.5', '1e3', '.5', '1_000', '.inf', '-.Inf', '.nan', '2024-01-01', '1:2', 'http://x/y?a=b#f', '---', '...', '<<', 'a: b: c', '|', '>',
];
const scalar = fc.oneof(
  fc.constantFrom(...trickyStrings),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(fc.constantFrom(...trickyStrings.filter((s) => s !== '<<')), fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('name', 'image', 'spec', 'kind'));
const value = fc.letrec<{ v: JsonValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  ),
})).v.filter((v) => !JSON.stringify(v).includes('__proto__'));

const renderOptions = fc.record({
  lib: fc.constantFrom('yaml', 'js-yaml', 'json'),
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  stringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  flowLevel: fc.constantFrom(-1, 0, 1, 2),
  lineWidth: fc.constantFrom(20, 80, 0),
});

function render(v: JsonValue, o: { lib: string; indent: number; indentSeq: boolean; stringType: string; flowLevel: number; lineWidth: number }): string {
  if (o.lib === 'json') return JSON.stringify(v, null, o.flowLevel < 0 ? undefined : o.flowLevel === 0 ? '\t' : o.indent) + '\n';
  if (o.lib === 'yaml') {
    return stringify(v, {
      indent: o.indent, indentSeq: o.indentSeq, lineWidth: o.lineWidth,
      defaultStringType: o.stringType as 'PLAIN', collectionStyle: o.flowLevel === 0 ? 'flow' : 'any',
    });
  }
  return jsyaml.dump(v, { indent: o.indent, flowLevel: o.flowLevel, lineWidth: o.lineWidth === 0 ? -1 : o.lineWidth, noCompatMode: true });
}

const MUTATIONS = [':', ' ', '-', '#', '"', "'", '\n', '{', '}', '[', ']', ',', '|', '>', '&', '*', '!', '\t', '?', '- ', ': ', ' #', '---\n', '  '];

describe('fast composer agrees with the yaml package', () => {
  it('on generated documents rendered by yaml and js-yaml in many styles', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, renderOptions), { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, crlf) => {
        let text = docs.map(([v, o]) => render(v, o)).join('---\n');
        if (crlf) text = text.replace(/\n/g, '\r\n');
        expect(disagreement(text)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it.each(['mixed-manifest.yaml', 'pod.json'])('on randomly mutated %s (the fast paths must never accept what yaml rejects)', (name) => {
    const base = readFileSync(fileURLToPath(new URL(`./testdata/${name}`, import.meta.url)), 'utf8');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 3 }), fc.constantFrom(...MUTATIONS)), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let text = base;
          for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
          expect(disagreement(text)).toBeUndefined();
        },
      ),
      { numRuns: 600 },
    );
  });

  it('on every YAML file of the shared corpus', (ctx) => {
    const root = fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url));
    if (!existsSync(root)) {
      console.log(`skipped: ${root} is absent (shared corpus not available on this machine)`);
      ctx.skip();
      return;
    }
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(name)) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((f) => {
      const d = disagreement(readFileSync(f, 'utf8'));
      return d === undefined ? [] : [`${f}: ${d}`];
    });
    expect(problems).toEqual([]);
  });
});
