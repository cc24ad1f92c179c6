import type { RawShellCommand, RawShellScript, RawShellWord } from './raw-shell-script.js';

/**
 * Reads mvdan-sh's syntax tree through GopherJS's internal objects. The package's public JS
 * wrappers convert ("externalise") a whole subtree on every property access, which costs
 * ~100 µs each and made `syntax.Walk` about 10× slower than parsing itself; the internal
 * objects are plain JS (`constructor.string` names the Go type, slices are
 * `{$array, $offset, $length}`, positions are `{offs}` byte offsets).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GopherJS objects, checked by shape below */
type Go = any;

const PIPE = 12;
const PIPE_ALL = 13;

function isNil(node: Go): boolean {
  return node === undefined || node === null || node === node.constructor?.nil;
}

function each(slice: Go, visit: (item: Go) => void): void {
  if (isNil(slice) || slice.$array === undefined) return;
  for (let i = 0; i < slice.$length; i++) visit(slice.$array[slice.$offset + i]);
}

function typeOf(node: Go): string {
  return isNil(node) ? '' : String(node.constructor?.string ?? '');
}

export function walkMvdanTree(file: Go, source: string, toIndex: (byteOffset: number) => number): RawShellScript {
  const commands: RawShellCommand[] = [];
  const pipes: Array<{ start: number; end: number }> = [];

  const partStart = (p: Go): number => {
    switch (typeOf(p)) {
      case '*syntax.Lit': return p.ValuePos.offs;
      case '*syntax.ParamExp': return p.Dollar.offs;
      case '*syntax.ProcSubst': case '*syntax.ExtGlob': return p.OpPos.offs;
      default: return p.Left?.offs ?? -1;
    }
  };
  const partEnd = (p: Go): number => {
    switch (typeOf(p)) {
      case '*syntax.Lit': return p.ValueEnd.offs;
      case '*syntax.SglQuoted': case '*syntax.DblQuoted': case '*syntax.CmdSubst': return p.Right.offs + 1;
      case '*syntax.ArithmExp': return p.Right.offs + 2;
      case '*syntax.ProcSubst': return p.Rparen.offs + 1;
      case '*syntax.ExtGlob': return p.Pattern.ValueEnd.offs + 1;
      case '*syntax.ParamExp': return p.Short ? p.Param.ValueEnd.offs : p.Rbrace.offs + 1;
      default: return -1;
    }
  };
  const rawOf = (p: Go): string => {
    const s = partStart(p);
    const e = partEnd(p);
    return s < 0 || e < s ? '' : source.slice(toIndex(s), toIndex(e));
  };
  const partValue = (p: Go): string => {
    const t = typeOf(p);
    if (t === '*syntax.Lit' || t === '*syntax.SglQuoted') return String(p.Value);
    if (t === '*syntax.DblQuoted') {
      let out = '';
      each(p.Parts, (q) => { out += partValue(q); });
      return out;
    }
    return rawOf(p);
  };
  // Commands inside $(…), `…` and <(…) are commands too.
  const nestedIn = (parts: Go, inPipe: boolean): void => each(parts, (p) => {
    const t = typeOf(p);
    if (t === '*syntax.CmdSubst' || t === '*syntax.ProcSubst') stmts(p.Stmts, false);
    else if (t === '*syntax.DblQuoted') nestedIn(p.Parts, inPipe);
  });
  const word = (w: Go): RawShellWord | undefined => {
    const parts: Go[] = [];
    each(w.Parts, (p) => parts.push(p));
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) return undefined;
    let value = '';
    for (const p of parts) value += partValue(p);
    const start = partStart(first);
    const end = partEnd(last);
    if (start < 0 || end < start) return undefined;
    return { value, start: toIndex(start), end: toIndex(end) };
  };
  const emit = (name: string, start: number, end: number, inPipeline: boolean) => {
    commands.push({ words: [{ value: name, start: toIndex(start), end: toIndex(end) }], assignments: [], start: toIndex(start), end: toIndex(end), inPipeline });
  };

  const command = (cmd: Go, inPipe: boolean): void => {
    switch (typeOf(cmd)) {
      case '*syntax.CallExpr': {
        const words: RawShellWord[] = [];
        each(cmd.Args, (w) => {
          const rw = word(w);
          if (rw) words.push(rw);
          nestedIn(w.Parts, inPipe);
        });
        const assignments: string[] = [];
        each(cmd.Assigns, (a) => {
          const start = isNil(a.Name) ? -1 : a.Name.ValuePos.offs;
          const value = isNil(a.Value) ? undefined : word(a.Value);
          if (!isNil(a.Value)) nestedIn(a.Value.Parts, inPipe);
          if (start >= 0) assignments.push(source.slice(toIndex(start), value ? value.end : toIndex(a.Name.ValueEnd.offs) + 1));
        });
        const first = words[0];
        const last = words[words.length - 1];
        if (first && last) commands.push({ words, assignments, start: first.start, end: last.end, inPipeline: inPipe });
        return;
      }
      case '*syntax.BinaryCmd': {
        const pipe = cmd.Op === PIPE || cmd.Op === PIPE_ALL;
        if (pipe) {
          const at = toIndex(cmd.OpPos.offs);
          pipes.push({ start: at, end: at + (cmd.Op === PIPE_ALL ? 2 : 1) });
        }
        stmt(cmd.X, inPipe || pipe);
        stmt(cmd.Y, inPipe || pipe);
        return;
      }
      case '*syntax.Subshell': case '*syntax.Block': stmts(cmd.Stmts, inPipe); return;
      case '*syntax.IfClause': stmts(cmd.Cond, inPipe); stmts(cmd.Then, inPipe); command(cmd.Else, inPipe); return;
      case '*syntax.WhileClause': stmts(cmd.Cond, inPipe); stmts(cmd.Do, inPipe); return;
      case '*syntax.ForClause':
        if (typeOf(cmd.Loop) === '*syntax.WordIter') each(cmd.Loop.Items, (w) => nestedIn(w.Parts, inPipe));
        stmts(cmd.Do, inPipe);
        return;
      case '*syntax.CaseClause':
        if (!isNil(cmd.Word)) nestedIn(cmd.Word.Parts, inPipe);
        each(cmd.Items, (item) => stmts(item.Stmts, inPipe));
        return;
      case '*syntax.FuncDecl': stmt(cmd.Body, inPipe); return;
      case '*syntax.TimeClause': case '*syntax.CoprocClause': stmt(cmd.Stmt, inPipe); return;
      case '*syntax.TestClause': emit('[[', cmd.Left.offs, cmd.Left.offs + 2, inPipe); return;
      case '*syntax.DeclClause':
        if (!isNil(cmd.Variant)) emit(String(cmd.Variant.Value), cmd.Variant.ValuePos.offs, cmd.Variant.ValueEnd.offs, inPipe);
        each(cmd.Args, (a) => { if (!isNil(a.Value)) nestedIn(a.Value.Parts, inPipe); });
        return;
      default: return;
    }
  };
  const stmt = (s: Go, inPipe: boolean): void => {
    if (isNil(s)) return;
    command(s.Cmd, inPipe);
    each(s.Redirs, (r) => {
      if (!isNil(r.Word)) nestedIn(r.Word.Parts, inPipe);
      if (!isNil(r.Hdoc)) nestedIn(r.Hdoc.Parts, inPipe);
    });
  };
  const stmts = (list: Go, inPipe: boolean): void => each(list, (s) => stmt(s, inPipe));

  stmts(file.Stmts, false);
  commands.sort((a, b) => a.start - b.start);
  return { commands, pipes: pipes.sort((a, b) => a.start - b.start), parser: 'mvdan-sh' };
}
