/** Built by scripts/builtinPacksPlugin.ts; typed as BuiltinPack[] in src/packs.ts. */
declare module 'virtual:builtin-packs' {
  const packs: unknown;
  export default packs;
}
