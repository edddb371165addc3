import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PackFiles } from '../src/core/pack/validate';

/** The .json and .md files of a pack folder, by name. */
export function readFolder(dir: string): PackFiles {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (/\.(json|md)$/.test(name) && name !== 'README.md' && statSync(join(dir, name)).isFile()) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/** Every pack folder under levels/ (a folder with a pack.json). */
export function packFolders(root: string): string[] {
  const levels = join(root, 'levels');
  return readdirSync(levels)
    .map((name) => join(levels, name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();
}
