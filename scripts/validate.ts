/**
 * npm run validate [path…]: checks pack folders, .json bundles or .zip files (all of levels/
 * when no path is given) and prints each problem on one line: file:line:column, severity,
 * JSON path, what is wrong, and how to fix it. Exit code 1 on any error, 0 with warnings only.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { openPackFile, refuseBeforeReading } from '../src/core/pack/openPack';
import { formatLine, reportPack, type PackReport } from '../src/core/pack/report';
import { packFolders, readFolder } from './packFiles';

async function check(path: string): Promise<PackReport> {
  const stat = statSync(path);
  if (stat.isDirectory()) return reportPack(readFolder(path));
  // Its name and size first: a 5 GB file is refused as too large, never read.
  return refuseBeforeReading(basename(path), stat.size) ?? openPackFile(basename(path), new Uint8Array(readFileSync(path)));
}

export async function main(args: string[], root = process.cwd(), print: (line: string) => void = console.log): Promise<number> {
  const paths = args.length ? args : packFolders(root);
  let errors = 0;
  for (const path of paths) {
    const shown = relative(root, path) || path;
    let report: PackReport;
    try {
      report = await check(path);
    } catch (e) {
      print(`${shown}  error  (root): cannot read it: ${(e as Error).message}`);
      errors++;
      continue;
    }
    // Lines name files inside a folder; a bundle or zip is named as a whole.
    const prefix = statSync(path).isDirectory() ? `${shown}/` : `${shown} → `;
    for (const line of report.lines) print(formatLine(line, prefix));
    errors += report.errors;
    print(
      `${shown}: ${report.errors ? `${report.errors} error${report.errors === 1 ? '' : 's'}` : 'ok'}${report.warnings ? `, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}` : ''}`,
    );
  }
  return errors > 0 ? 1 : 0;
}
