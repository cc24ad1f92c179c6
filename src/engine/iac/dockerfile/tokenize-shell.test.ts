import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShellParser } from './create-shell-parser.js';
import { tokenizeShell } from './tokenize-shell.js';

const mvdan = createShellParser({ fastPath: false, cacheSize: 0 });
const normalise = (s: ReturnType<typeof mvdan.parse>) => ({ commands: s.commands, pipes: s.pipes });

const word = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9._/-]{0,8}$/),
  fc.stringMatching(/^-{1,2}[a-z][a-z-]{0,6}(=[a-z0-9]{1,4})?$/),
  fc.stringMatching(/^'[a-z $"|;&]{0,6}'$/),
  fc.stringMatching(/^"[a-z '|;&]{0,6}"$/),
  fc.constantFrom('$HOME', '${VAR}', '"$A b"', '${A:-x}', 'a"b c"d', "''", '*.txt', '[', 'x=1', '/var/lib/apt/lists/*', '2', '#x', 'a#b'),
);
const redirect = fc.constantFrom('>/dev/null', '2>&1', '> out', '>> log', '< in', '&> all', '2> err');
const command = fc.tuple(
  fc.array(fc.constantFrom('A=1', 'B="x y"', 'DEBIAN_FRONTEND=noninteractive'), { maxLength: 2 }),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/).filter((w) => !['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function', 'select', 'time', 'coproc', 'in'].includes(w)),
  fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: redirect }), { maxLength: 5 }),
).map(([assigns, name, args]) => [...assigns, name, ...args].join(' '));
const separator = fc.constantFrom(' && ', ' || ', ' | ', '; ', '\n', ' & ', ' |& ', ' &&\n  ', ' # note\n');
const script = fc.tuple(command, fc.array(fc.tuple(separator, command), { maxLength: 4 }))
  .map(([first, rest]) => first + rest.map(([sep, cmd]) => sep + cmd).join(''));

describe('tokenizeShell', () => {
  it('gives exactly what mvdan-sh gives on every script it accepts as simple', () => {
    fc.assert(fc.property(script, (src) => {
      const fast = tokenizeShell(src, 'strict');
      expect(fast, src).toBeDefined();
      expect(normalise(fast!), src).toEqual(normalise(mvdan.parse(src)));
    }), { numRuns: 400 });
  });

  it('declines compound syntax in strict mode', () => {
    for (const src of ['echo $(date)', 'cat <<EOF\nx\nEOF', 'if true; then a; fi', '(cd x && make)', 'echo `id`', 'a \\\n b', 'for x in 1; do b; done', '[[ -n x ]]', 'a &&', '| a', "echo $'x'", 'echo "${A:-"x"}"']) {
      expect(tokenizeShell(src, 'strict'), src).toBeUndefined();
    }
  });

  it('never fails in lenient mode', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (src) => {
      const r = tokenizeShell(src, 'lenient');
      for (const c of r.commands) expect(c.start).toBeLessThanOrEqual(c.end);
    }), { numRuns: 300 });
  });
});
