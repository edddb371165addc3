import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';

/** The worker's source, beside the game's. */
const SOURCE = fileURLToPath(new URL('../src/sw.ts', import.meta.url));

/**
 * sw.js for a build whose files (paths relative to the page) are `files`: src/sw.ts compiled
 * on its own into one classic script, as a service worker must be, with the build's file
 * list and a version drawn from those files and the worker's own source.
 */
export async function serviceWorkerSource(files: readonly string[], source: string = SOURCE): Promise<string> {
  const precache = ['./', ...[...files].sort().map((f) => `./${f}`)];
  const version = createHash('sha256').update(precache.join('\n')).update(readFileSync(source)).digest('hex').slice(0, 12);
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { BUILD_VERSION: JSON.stringify(version), BUILD_FILES: JSON.stringify(precache) },
    build: { write: false, minify: false, target: 'es2022', lib: { entry: source, formats: ['iife'], name: 'sw', fileName: () => 'sw.js' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(out) ? out[0]! : out).output[0];
  return `// On the Record, build ${version}: every file of this build, kept for offline play.\n${chunk.code}`;
}

/**
 * The hosted build's service worker, emitted as sw.js beside the files it keeps (see
 * src/sw.ts and services/offline.ts).
 */
export function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f !== 'sw.js');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: await serviceWorkerSource(files) });
    },
  };
}
