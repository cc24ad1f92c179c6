// mvdan-sh ships no types; the parser reads its nodes as `unknown`-ish shapes and checks them.
declare module 'mvdan-sh' {
  const sh: { readonly syntax: unknown };
  export default sh;
}
