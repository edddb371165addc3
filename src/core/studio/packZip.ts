/**
 * A pack folder as a .zip, the form teachers pass around and the game opens with L: the files
 * inside one folder named by the pack's id, as a zipped folder is. fflate (already the game's
 * inflater) writes it, loaded only when a teacher exports one.
 */
import type { PackFiles } from '../pack/validate';

export async function packZip(id: string, files: PackFiles): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [`${id}/${name}`, strToU8(text)]));
  // A fixed date: the same pack makes the same bytes (zip dates start in 1980).
  return zipSync(entries, { level: 9, mtime: new Date(1980, 0, 1) });
}
