/**
 * The check a page makes before reading a byte of a file (openPack.ts makes it again on the
 * bytes): light on purpose, with no schema library, so refusing a 5 GB file costs nothing.
 */
import { BUNDLE_FILE, LIMITS, sizeText, ZIP_FILE } from './fileLimits';
import { hintFor } from './hints';
import type { ReportLine } from './reportLine';

/** A refusal as the report gives it (report.ts explainIssues): the file, no position, the message and its fix. */
function refused(file: string, message: string) {
  const line: ReportLine = { file, line: null, column: null, path: '(root)', severity: 'error', message, hint: hintFor({ file, path: '(root)', message }) };
  return { pack: null, files: null, lines: [line], errors: 1, warnings: 0 as const };
}

/**
 * What can be said of a file from its name and size alone, before a byte of it is read: not a
 * pack, or too large to be one (a 5 GB file is refused at once, never read). Null when it may be.
 */
export function refuseBeforeReading(name: string, size: number): { pack: null; files: null; lines: ReportLine[]; errors: number; warnings: 0 } | null {
  if (!/\.(zip|json)$/i.test(name)) {
    return refused(BUNDLE_FILE, `"${name}" is not a pack: open a .json bundle or a .zip of a pack folder`);
  }
  if (size > LIMITS.bundleBytes) {
    const message = `"${name}" is too large to be a level pack (${sizeText(size)}; a pack is at most ${sizeText(LIMITS.bundleBytes)})`;
    return refused(/\.zip$/i.test(name) ? ZIP_FILE : BUNDLE_FILE, message);
  }
  return null;
}
