// Runs a TypeScript command-line tool from scripts/ with Node 20, which cannot run .ts itself:
// Vite bundles it for Node (the same TypeScript the game builds with), then it is imported.
// Usage: node scripts/run.mjs <tool> [args…]   e.g. node scripts/run.mjs validate levels/cecot-2025
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [tool, ...args] = process.argv.slice(2);
if (!tool) {
  console.error('usage: node scripts/run.mjs <validate|bundle|schema> [args…]');
  process.exit(2);
}
const outDir = join(root, 'node_modules/.cache/on-the-record-cli');
await build({
  root,
  configFile: false,
  logLevel: 'error',
  build: { ssr: join(root, `scripts/${tool}.ts`), outDir, emptyOutDir: false, rollupOptions: { output: { entryFileNames: `${tool}.mjs` } } },
});
const mod = await import(pathToFileURL(join(outDir, `${tool}.mjs`)).href);
process.exitCode = await mod.main(args);
