/**
 * typescript-eslint parses with TypeScript's JavaScript API, which the project's TypeScript 7
 * (the native compiler, used by `tsc`) does not have. This local package gives it a TypeScript 6
 * of its own: npm nests both here because typescript-eslint's peer range (<6.1) cannot share the
 * root's 7.0.2. A package npm hoists to the root would silently load TypeScript 7 instead, so
 * fail loudly if that ever happens (ts-api-utils stays here only through the override in the
 * root package.json).
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), 'node_modules') + sep;
const require = createRequire(import.meta.url);
for (const name of [
  'typescript',
  'typescript-eslint',
  '@typescript-eslint/parser',
  '@typescript-eslint/typescript-estree',
  '@typescript-eslint/eslint-plugin',
  'ts-api-utils',
]) {
  const at = require.resolve(name);
  if (!at.startsWith(here)) throw new Error(`${name} resolves to ${at}, outside ${here}: it would load the root's TypeScript 7, which has no compiler API`);
}

// Imported only after the check: a static import would load (and crash) before it runs.
const { default: tseslint } = await import('typescript-eslint');
export default tseslint;
