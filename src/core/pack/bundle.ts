/**
 * A pack as one file to share: a JSON object holding each file of the pack folder as text.
 * Read with limits, because a teacher may be handed anything: size, file count and JSON
 * nesting are checked before anything is parsed deeply.
 */
import './zodConfig';
import { z } from 'zod';
import { BUNDLE_FILE, LIMITS } from './fileLimits';
import type { PackIssue } from './issues';
import { jsonDepth } from './jsonPositions';
import type { PackFiles } from './validate';

export const BUNDLE_FORMAT = 'on-the-record-pack';

const FILE_NAME = /^[\w-][\w.-]*\.(json|md)$/;
export const Bundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  files: z.record(z.string(), z.string()),
});

/** Size and nesting limits for one JSON text; null when it is within them. */
export function jsonLimitIssue(file: string, text: string): PackIssue | null {
  if (text.length > LIMITS.fileBytes) return { file, path: '(root)', message: `file is too large (${text.length} bytes; at most ${LIMITS.fileBytes})` };
  const depth = jsonDepth(text);
  if (depth > LIMITS.depth) return { file, path: '(root)', message: `JSON is nested too deeply (${depth} levels; at most ${LIMITS.depth})` };
  return null;
}

export type BundleResult = { ok: true; files: PackFiles } | { ok: false; issues: PackIssue[] };

export function readBundle(text: string): BundleResult {
  const fail = (message: string, path = '(root)'): BundleResult => ({ ok: false, issues: [{ file: BUNDLE_FILE, path, message }] });
  if (text.length > LIMITS.bundleBytes) return fail(`bundle is too large (${text.length} bytes; at most ${LIMITS.bundleBytes})`);
  if (jsonDepth(text) > LIMITS.depth) return fail(`JSON is nested too deeply (at most ${LIMITS.depth} levels)`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON: ${(e as Error).message}`);
  }
  const r = Bundle.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return fail(i.path.length ? i.message : `not a level pack bundle (${i.message})`, i.path.length ? i.path.map(String).join('.') : '(root)');
  }
  const names = Object.keys(r.data.files);
  if (names.length > LIMITS.files) return fail(`too many files (${names.length}; at most ${LIMITS.files})`, 'files');
  const odd = names.find((n) => !FILE_NAME.test(n));
  if (odd !== undefined) return fail(`"${odd}": file names in a bundle are plain names ending in .json or .md`, 'files');
  return { ok: true, files: r.data.files };
}

export function makeBundle(files: PackFiles): string {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ format: BUNDLE_FORMAT, version: 1, files: sorted }, null, 1)}\n`;
}

export { BUNDLE_FILE, LIMITS };
