import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../src/core/pack/bundle';
import type { PackFiles } from '../src/core/pack/validate';
import { decodeText } from '../src/core/pack/encoding';
import { sizeText } from '../src/core/pack/zip';

/** The .json and .md files of a pack folder, by name. */
export function readFolder(dir: string): PackFiles {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (!/\.(json|md)$/.test(name) || name === 'README.md') continue;
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    // Its size first: a file of gigabytes is refused before it is read.
    if (stat.size > LIMITS.bundleBytes)
      throw new Error(`"${name}" is too large for a pack (${sizeText(stat.size)}; a pack is at most ${sizeText(LIMITS.bundleBytes)} in all)`);
    files[name] = decodeText(readFileSync(join(dir, name)));
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
