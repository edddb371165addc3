import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PackFiles } from '../src/core/pack/validate';
import { decodeText } from '../src/core/pack/encoding';

/** The .json and .md files of a pack folder, by name. */
export function readFolder(dir: string): PackFiles {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (/\.(json|md)$/.test(name) && name !== 'README.md' && statSync(join(dir, name)).isFile()) files[name] = decodeText(readFileSync(join(dir, name)));
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
