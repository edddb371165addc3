import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../scripts/builtinPacksPlugin';
import type { BuiltinPack } from '../../src/packs';

/** Runs the plugin's load hook as Vite would and reads back the module it writes. */
async function load(root: string): Promise<{ packs: BuiltinPack[]; watched: string[] }> {
  const plugin = builtinPacks(root);
  const watched: string[] = [];
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const id = resolveId('virtual:builtin-packs')!;
  const loadHook = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => Promise<string>;
  const code = await loadHook.call({ addWatchFile: (f) => watched.push(f) }, id);
  const json = code.replace(/^export default /, '').replace(/;$/, '');
  return { packs: JSON.parse(json) as BuiltinPack[], watched };
}

describe('built-in packs, checked at build time', () => {
  it('bundles every folder under levels/ as a checked pack, and watches its files', async () => {
    const { packs, watched } = await load(resolve('.'));
    expect(packs.map((p) => p.folder)).toEqual(['cecot-2025', 'kestrel-bay-ferry']);
    for (const p of packs) expect(p.result.ok).toBe(true);
    const cecot = packs[0]!.result;
    if (!cecot.ok) throw new Error('unreachable');
    const manifest = JSON.parse(readFileSync('levels/cecot-2025/pack.json', 'utf8')) as { id: string; levels: string[] };
    expect(cecot.pack.manifest.id).toBe(manifest.id);
    expect(cecot.pack.levels).toHaveLength(manifest.levels.length);
    expect(watched).toContain(resolve('levels/cecot-2025/pack.json'));
  });

  it('passes a broken pack on as its issues, for the game to list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'packs-'));
    mkdirSync(join(root, 'levels/broken'), { recursive: true });
    writeFileSync(join(root, 'levels/broken/pack.json'), '{ "schemaVersion": 2, "id": "broken" ');
    const { packs } = await load(root);
    expect(packs).toHaveLength(1);
    const r = packs[0]!.result;
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('unreachable');
    expect(r.issues[0]!.file).toBe('pack.json');
  });
});
