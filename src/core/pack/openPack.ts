/** A pack file as a teacher hands it over: a single-file bundle (.json) or a zipped folder (.zip). */
import { readBundle, BUNDLE_FILE, LIMITS } from './bundle';
import type { PackIssue } from './issues';
import { explainIssues, reportPack, type PackReport } from './report';
import type { PackFiles } from './validate';
import { readZip, sizeText, ZIP_FILE } from './zip';

const failed = (issues: PackIssue[]) => ({
  pack: null,
  files: null,
  lines: explainIssues({}, issues),
  errors: issues.length,
  warnings: 0,
});

/**
 * What can be said of a file from its name and size alone, before a byte of it is read: not a
 * pack, or too large to be one (a 5 GB file is refused at once, never read). Null when it may be.
 */
export function refuseBeforeReading(name: string, size: number): (PackReport & { files: null }) | null {
  if (!/\.(zip|json)$/i.test(name)) {
    return failed([{ file: BUNDLE_FILE, path: '(root)', message: `"${name}" is not a pack: open a .json bundle or a .zip of a pack folder` }]);
  }
  if (size > LIMITS.bundleBytes) {
    const message = `"${name}" is too large to be a level pack (${sizeText(size)}; a pack is at most ${sizeText(LIMITS.bundleBytes)})`;
    return failed([{ file: /\.zip$/i.test(name) ? ZIP_FILE : BUNDLE_FILE, path: '(root)', message }]);
  }
  return null;
}

export async function openPackFile(name: string, bytes: Uint8Array): Promise<PackReport & { files: PackFiles | null }> {
  const refused = refuseBeforeReading(name, bytes.length);
  if (refused) return refused;
  let files: PackFiles;
  if (/\.zip$/i.test(name)) {
    const z = await readZip(bytes);
    if (!z.ok) return failed(z.issues);
    files = z.files;
  } else {
    const b = readBundle(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
    if (!b.ok) return failed(b.issues);
    files = b.files;
  }
  return { ...reportPack(files), files };
}
