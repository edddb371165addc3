/**
 * Built-in packs: every folder under levels/, bundled at build time and validated
 * at load with the same code the tests run.
 */
import { loadPack, type PackFiles } from './core/validate';
import type { Pack } from './core/schema';
import type { PackIssue } from './core/issues';

const raw = import.meta.glob<string>('/levels/*/*.{json,md}', { query: '?raw', import: 'default', eager: true });

export interface BuiltinPack {
  folder: string;
  result: { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };
}

export function builtinPacks(): BuiltinPack[] {
  const folders = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(raw)) {
    const [, , folder, file] = path.split('/');
    if (!folder || !file) continue;
    const files = folders.get(folder) ?? {};
    files[file] = text;
    folders.set(folder, files);
  }
  return [...folders.entries()].map(([folder, files]) => {
    const r = loadPack(files as PackFiles);
    return { folder, result: r.ok ? { ok: true, pack: r.pack } : { ok: false, issues: r.issues } };
  });
}
