import { describe, expect, it } from 'vitest';
import { findVariableRefs, substituteVariables } from './find-variable-refs.js';
import { parseImageReference } from './parse-image-reference.js';

const range = { startLine: 1, startColumn: 6, endLine: 1, endColumn: 10 };

describe('parseImageReference', () => {
  it('splits registry, repository, tag and digest', () => {
    expect(parseImageReference('registry.example.com:5000/team/app:1.2@sha256:abc', range, new Map())).toMatchObject({
      registry: 'registry.example.com:5000', repository: 'team/app', tag: '1.2', digest: 'sha256:abc', unresolved: false,
    });
    expect(parseImageReference('library/nginx', range, new Map())).toMatchObject({ registry: undefined, repository: 'library/nginx', tag: undefined });
    expect(parseImageReference('localhost/app:dev', range, new Map())).toMatchObject({ registry: 'localhost', repository: 'app', tag: 'dev' });
  });

  it('substitutes global ARG defaults and flags what stays unresolved', () => {
    const args = new Map([['BASE', 'alpine'], ['TAG', '3.20']]);
    expect(parseImageReference('${BASE}:$TAG', range, args)).toMatchObject({ resolved: 'alpine:3.20', tag: '3.20', unresolved: false });
    expect(parseImageReference('$OTHER:1', range, args)).toMatchObject({ resolved: '$OTHER:1', unresolved: true });
  });
});

describe('variable references', () => {
  it('finds $NAME and ${NAME…} outside single quotes and after no escape', () => {
    expect(findVariableRefs('a $A "${B:-x}" \'$C\' \\$D', '\\').map((r) => [r.name, r.start, r.end])).toEqual([['A', 2, 4], ['B', 6, 13]]);
  });

  it('applies :- and :+ like the builder', () => {
    const values = new Map([['SET', 'v'], ['EMPTY', '']]);
    expect(substituteVariables('${SET:-d} ${EMPTY:-d} ${UNSET:-d} ${SET:+alt} ${UNSET:+alt} ${EMPTY-d}', values)).toBe('v d d alt  ');
  });
});
