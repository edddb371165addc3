/** A pack file as a teacher hands it over: a single-file bundle (.json) or a zipped folder (.zip). */
import { readBundle, BUNDLE_FILE } from './bundle';
import { explainIssues, reportPack, type PackReport } from './report';
import type { PackFiles } from './validate';
import { readZip } from './zip';

export async function openPackFile(name: string, bytes: Uint8Array): Promise<PackReport & { files: PackFiles | null }> {
  const failed = (issues: Parameters<typeof explainIssues>[1]) => ({
    pack: null,
    files: null,
    lines: explainIssues({}, issues),
    errors: issues.length,
    warnings: 0,
  });
  let files: PackFiles;
  if (/\.zip$/i.test(name)) {
    const z = await readZip(bytes);
    if (!z.ok) return failed(z.issues);
    files = z.files;
  } else if (/\.json$/i.test(name)) {
    const b = readBundle(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
    if (!b.ok) return failed(b.issues);
    files = b.files;
  } else {
    return failed([{ file: BUNDLE_FILE, path: '(root)', message: `"${name}" is not a pack: open a .json bundle or a .zip of a pack folder` }]);
  }
  return { ...reportPack(files), files };
}
