import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type * as Validate from '../src/core/pack/validate';
import type * as PackFiles from './packFiles';
import type { BuiltinPack } from '../src/packs';

const ID = 'virtual:builtin-packs';
const RESOLVED = `\0${ID}`;
/** This repository, whose checking code reads the packs (which may live under another root). */
const CODE = fileURLToPath(new URL('..', import.meta.url));

/**
 * The packs under levels/, checked at build time with the same code that checks a teacher's
 * pack in the game, and bundled as already-checked data. The game then starts without
 * parsing every level with the schema (which was a tenth of its start-up); a broken pack
 * still reaches the game as its list of issues, which the game shows instead of a blank.
 * The dev server reloads when a file under levels/ changes. The checking code is loaded
 * through Vite itself (not imported here), so the config stays a plain module.
 */
export function builtinPacks(root: string): Plugin {
  const levels = resolve(root, 'levels');
  return {
    name: 'builtin-packs',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const inline = { root: CODE, configFile: false as const, logLevel: 'error' as const };
      const { loadPack } = (await runnerImport<typeof Validate>(resolve(CODE, 'src/core/pack/validate.ts'), inline)).module;
      const { packFolders, readFolder } = (await runnerImport<typeof PackFiles>(resolve(CODE, 'scripts/packFiles.ts'), inline)).module;
      const packs = packFolders(root).map((dir) => {
        const files = readFolder(dir);
        for (const name of Object.keys(files)) this.addWatchFile(join(dir, name));
        const r = loadPack(files);
        return { folder: basename(dir), result: r.ok ? { ok: true, pack: r.pack } : { ok: false, issues: r.issues } } satisfies BuiltinPack;
      });
      return `export default ${JSON.stringify(packs)};`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(levels);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(levels)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
