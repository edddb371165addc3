/**
 * Built-in packs: every folder under levels/, checked at build time by the same loadPack
 * the game runs on a teacher's pack (scripts/builtinPacksPlugin.ts) and bundled as data.
 */
import packs from 'virtual:builtin-packs';
import type { Pack } from './core/pack/schema';
import type { PackIssue } from './core/pack/issues';

export interface BuiltinPack {
  folder: string;
  result: { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };
}

export function builtinPacks(): BuiltinPack[] {
  return packs as BuiltinPack[];
}
