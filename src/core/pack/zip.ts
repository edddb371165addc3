/**
 * Reads a .zip of a pack folder into its files, with the platform's own inflater
 * (DecompressionStream, in browsers and in Node 18+): no library, no server. Only what a
 * pack needs: stored or deflated entries, one folder deep at most, with size limits.
 */
import { LIMITS } from './bundle';
import type { PackIssue } from './issues';
import type { PackFiles } from './validate';

export const ZIP_FILE = '(zip)';

export type ZipResult = { ok: true; files: PackFiles } | { ok: false; issues: PackIssue[] };

const fail = (message: string): ZipResult => ({ ok: false, issues: [{ file: ZIP_FILE, path: '(root)', message }] });

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function readZip(bytes: Uint8Array): Promise<ZipResult> {
  if (bytes.length > LIMITS.bundleBytes) return fail(`zip is too large (${bytes.length} bytes; at most ${LIMITS.bundleBytes})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail('not a zip file (no central directory found)');
  const count = view.getUint16(eocd + 10, true);
  if (count > LIMITS.files * 2) return fail(`too many files in the zip (${count})`);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: { name: string; method: number; size: number; compressed: number; offset: number }[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return fail('the zip file is damaged (central directory)');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    entries.push({ name, method, size, compressed, offset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  const wanted = entries.filter((e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/') && !e.name.split('/').pop()!.startsWith('.'));
  // A zipped folder: every entry under one top folder, which is dropped.
  const tops = new Set(wanted.map((e) => (e.name.includes('/') ? e.name.split('/')[0] : '')));
  const prefix = tops.size === 1 && !tops.has('') ? `${[...tops][0]}/` : '';
  const files: Record<string, string> = {};
  let total = 0;
  for (const e of wanted) {
    const name = e.name.slice(prefix.length);
    if (name.includes('/')) return fail(`"${e.name}" is in a sub-folder: zip the pack folder itself, with its files at the top`);
    if (!/\.(json|md)$/.test(name)) continue;
    total += e.size;
    if (e.size > LIMITS.fileBytes || total > LIMITS.bundleBytes) return fail(`"${name}" is too large once unpacked`);
    const local = e.offset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return fail(`the zip file is damaged ("${name}")`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + e.compressed);
    let data: Uint8Array;
    if (e.method === 0) data = raw;
    else if (e.method === 8) {
      try {
        data = await inflate(raw);
      } catch {
        return fail(`the zip file is damaged ("${name}" does not unpack)`);
      }
    } else return fail(`"${name}" uses a compression this game cannot read (method ${e.method}): zip it again with standard settings`);
    if (data.length > LIMITS.fileBytes) return fail(`"${name}" is too large once unpacked`);
    files[name] = decoder.decode(data);
  }
  if (Object.keys(files).length === 0) return fail('the zip holds no pack files (.json and .md)');
  return { ok: true, files };
}
