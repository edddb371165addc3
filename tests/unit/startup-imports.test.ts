/**
 * What the title waits for: every module reached from src/main.ts by a static import is in
 * the first script. The schemas (and zod under them, about a sixth of the script) are needed
 * only to check a saved game or a pack a teacher opens, so they must stay behind a dynamic
 * import(), loaded when there is something to check.
 */
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reach } from './importGraph';

const ROOT = resolve(__dirname, '../..');

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
    // The JSON reader that names a problem's line and column is the validator's alone.
    expect([...packages]).not.toContain('jsonc-parser');
    // The zip reader's inflater loads only when a zip is opened.
    expect([...packages]).not.toContain('fflate');
    for (const lazy of [
      'src/core/pack/jsonPositions.ts',
      'src/core/pack/schema.ts',
      'src/core/rules/stateSchema.ts',
      'src/core/pack/validate.ts',
      'src/state/persistence.ts',
      'src/core/pack/openPack.ts',
    ])
      expect(local, lazy).not.toContain(lazy);
  });
});
