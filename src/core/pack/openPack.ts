/** A pack file as a teacher hands it over: a single-file bundle (.json) or a zipped folder (.zip). */
import { readBundle } from './bundle';
import type { PackIssue } from './issues';
import { explainIssues, reportPack, type PackReport } from './report';
import type { PackFiles } from './validate';
import { readZip } from './zip';
import { refuseBeforeReading } from './fileGate';

const failed = (issues: PackIssue[]) => ({
  pack: null,
  files: null,
  lines: explainIssues({}, issues),
  errors: issues.length,
  warnings: 0,
});

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

export { refuseBeforeReading };
