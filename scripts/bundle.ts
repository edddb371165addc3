/** npm run bundle <pack folder> [out.json]: writes the pack as one file to share, after checking it. */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { makeBundle } from '../src/core/pack/bundle';
import { formatLine, reportPack } from '../src/core/pack/report';
import { readFolder } from './packFiles';

export async function main(args: string[]): Promise<number> {
  const [dir, out] = args;
  if (!dir) {
    console.error('usage: npm run bundle -- <pack folder> [out.json]');
    return 2;
  }
  const files = readFolder(dir);
  const report = reportPack(files);
  for (const line of report.lines) console.log(formatLine(line, `${dir}/`));
  if (report.errors) {
    console.error(`${dir}: not bundled, fix the errors first`);
    return 1;
  }
  const target = resolve(out ?? `${basename(resolve(dir))}.pack.json`);
  writeFileSync(target, makeBundle(files));
  console.log(`wrote ${target}`);
  return 0;
}
