/**
 * What the title waits for: every module reached from src/main.ts by a static import is in
 * the first script. The schemas (and zod under them, about a sixth of the script) are needed
 * only to check a saved game or a pack a teacher opens, so they must stay behind a dynamic
 * import(), loaded when there is something to check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Static, value-carrying imports and re-exports; `import type` / `export type` carry nothing. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) if (!m[2]) found.push(m[3]!);
  return found;
}

function resolveFile(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.match(/\.(ts|js)$/)) return candidate;
  return null;
}

/** Every local file and bare package the entry reaches without a dynamic import. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const next = resolveFile(file, spec);
      if (next) todo.push(next);
    }
  }
  return { files, packages };
}

describe('what start-up loads', () => {
  const { files, packages } = reach(join(ROOT, 'src/main.ts'));
  const local = [...files].map((f) => relative(ROOT, f));

  it('reaches the game itself (the walk follows imports)', () => {
    expect(local).toContain('src/scenes/Title.ts');
    expect(local).toContain('src/core/rules/game.ts');
    expect(packages).toContain('zustand');
  });

  it('leaves the schema library and the pack checker to a dynamic import', () => {
    expect([...packages]).not.toContain('zod');
    for (const lazy of ['src/core/pack/schema.ts', 'src/core/rules/stateSchema.ts', 'src/core/pack/validate.ts', 'src/state/persistence.ts', 'src/core/pack/openPack.ts'])
      expect(local, lazy).not.toContain(lazy);
  });
});
