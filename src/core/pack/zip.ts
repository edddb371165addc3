/**
 * Reads a .zip of a pack folder into its files. fflate's streaming inflater unpacks the data
 * and is loaded only when a zip is opened. The zip's own list of files (its central directory)
 * says what is in it, as fflate's unzipSync reads it, and every entry is checked against it
 * before a byte is unpacked: no two entries share or overlap their data, each entry's own header
 * agrees with the list, nothing is encrypted, no name repeats or climbs out of the folder.
 * The size limits count the bytes actually unpacked, not the sizes the zip declares: inflating
 * stops as soon as a file or the whole pack passes its limit, and each file's CRC is checked.
 * fflate's streaming Unzip is not used: it reads only the entries' own headers, which leave out
 * the CRC and sizes when the zip was written as a stream (macOS does), and it shows no flags.
 */
import { LIMITS, sizeText, ZIP_FILE } from './fileLimits';
import type { PackIssue } from './issues';
import type { PackFiles } from './validate';

export type ZipResult = { ok: true; files: PackFiles } | { ok: false; issues: PackIssue[] };

/** Counts what readZip unpacked (for tests and the bench): bytes produced by the inflater. */
export interface ZipMeter {
  produced: number;
}

/** Compressed bytes fed to the inflater at a time: DEFLATE makes at most ~1,032 bytes of each, so a bomb stops within about 1 MB of its limit (smaller slices cost more: fflate sets up each one). */
const SLICE = 1024;

const fail = (message: string): ZipResult => ({ ok: false, issues: [{ file: ZIP_FILE, path: '(root)', message }] });

const AGAIN = 'zip the pack folder again (on Windows: right-click the folder, Send to, Compressed folder; on a Mac: right-click, Compress)';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (the zip one) of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  name: string;
  /** General-purpose flags, of the central directory and the local header together. */
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  /** Where its data starts and ends, from its own (local) header. */
  start: number;
  end: number;
  /** Its local header names it as the central directory does. */
  sameName: boolean;
}

const ENCRYPTED = 0x0001 | 0x0040;

/** The entries the central directory lists, each checked against its local header; or why not. */
function entriesOf(bytes: Uint8Array): Entry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'not a zip file (no central directory found)';
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdStart === 0xffffffff) return `the zip is in the large-file (zip64) format, which a pack never needs: ${AGAIN}`;
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count) return `the zip is split into parts: ${AGAIN} as one file`;
  if (count > LIMITS.files * 2) return `too many files in the zip (${count}; a pack has at most ${LIMITS.files})`;
  if (cdStart + cdSize > eocd) return 'the zip file is damaged (central directory)';
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: Entry[] = [];
  let at = cdStart;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) return 'the zip file is damaged (central directory)';
    const nameLen = view.getUint16(at + 28, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
    const e = {
      name: decoder.decode(nameBytes),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at > eocd) return 'the zip file is damaged (central directory)';
    if (e.compressed === 0xffffffff || e.size === 0xffffffff || e.offset === 0xffffffff)
      return `the zip is in the large-file (zip64) format, which a pack never needs: ${AGAIN}`;
    const local = e.offset;
    if (local + 30 > cdStart || view.getUint32(local, true) !== 0x04034b50) return `the zip file is damaged ("${e.name}")`;
    const localNameLen = view.getUint16(local + 26, true);
    const start = local + 30 + localNameLen + view.getUint16(local + 28, true);
    if (start + e.compressed > cdStart) return `the zip file is damaged ("${e.name}")`;
    const sameName = localNameLen === nameLen && bytes.subarray(local + 30, local + 30 + nameLen).every((b, i) => b === nameBytes[i]);
    entries.push({ ...e, flags: e.flags | view.getUint16(local + 6, true), start, end: start + e.compressed, sameName });
  }
  // Each entry's header and data are its own: none starts inside another (a zip that lists one
  // piece of data many times would otherwise unpack it many times).
  const byPlace = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byPlace.length; i++) {
    const [a, b] = [byPlace[i - 1]!, byPlace[i]!];
    if (b.offset < a.end) return `the zip lists "${a.name}" and "${b.name}" at the same place in the file, which a zip made by a zip tool never does: ${AGAIN}`;
  }
  for (const e of entries) {
    if (!e.sameName) return `the zip file is damaged ("${e.name}" is named differently inside the zip)`;
    if (e.flags & ENCRYPTED || e.method === 99) return `"${e.name}" is protected by a password, which the game cannot open: ${AGAIN}, without a password`;
  }
  return entries;
}

/** A name as a path inside the pack folder: Windows' backslashes read as folders; null when it climbs out. */
function pathOf(name: string): string | null {
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.includes('\0')) return null;
  const parts = path.split('/').filter((p) => p !== '.');
  if (parts.includes('..')) return null;
  return parts.join('/');
}

const isFolder = (name: string) => name.endsWith('/') || name.endsWith('\\');

type InflateClass = (typeof import('fflate'))['Inflate'];

/** One entry's bytes, unpacked within `limit`; a number (what it produced, over the limit) when it passes it. */
function unpack(Inflate: InflateClass, bytes: Uint8Array, e: Entry, limit: number, meter: ZipMeter): Uint8Array | number | 'damaged' {
  const raw = bytes.subarray(e.start, e.end);
  if (e.method === 0) {
    meter.produced += raw.length;
    return raw.length > limit ? raw.length : raw;
  }
  const parts: Uint8Array[] = [];
  let produced = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    meter.produced += chunk.length;
    if (produced <= limit) parts.push(chunk);
    done ||= final;
  });
  try {
    let at = 0;
    do {
      const next = Math.min(raw.length, at + SLICE);
      inflater.push(raw.subarray(at, next), next === raw.length);
      at = next;
    } while (at < raw.length && produced <= limit);
  } catch {
    return 'damaged';
  }
  if (produced > limit) return produced;
  if (!done) return 'damaged';
  const out = new Uint8Array(produced);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export async function readZip(bytes: Uint8Array, meter: ZipMeter = { produced: 0 }): Promise<ZipResult> {
  if (bytes.length > LIMITS.bundleBytes) return fail(`zip is too large (${sizeText(bytes.length)}; a pack is at most ${sizeText(LIMITS.bundleBytes)})`);
  const entries = entriesOf(bytes);
  if (typeof entries === 'string') return fail(entries);
  const wanted: (Entry & { path: string })[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    const path = pathOf(e.name);
    if (path === null) return fail(`"${e.name}" points outside the pack folder: ${AGAIN}`);
    const base = path.split('/').pop()!;
    if (isFolder(e.name) || path === '' || path.startsWith('__MACOSX/') || base.startsWith('.')) continue;
    const key = path.toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) return fail(`"${e.name}" is in the zip twice (also as "${before}"): ${AGAIN}`);
    seen.set(key, e.name);
    wanted.push({ ...e, path });
  }
  // A zipped folder: every entry under one top folder, which is dropped.
  const tops = new Set(wanted.map((e) => (e.path.includes('/') ? e.path.split('/')[0] : '')));
  const prefix = tops.size === 1 && !tops.has('') ? `${[...tops][0]}/` : '';
  const pack: (Entry & { path: string })[] = [];
  for (const e of wanted) {
    const name = e.path.slice(prefix.length);
    if (name.includes('/')) return fail(`"${e.name}" is in a sub-folder: zip the pack folder itself, with its files at the top`);
    if (/\.(json|md)$/.test(name)) pack.push({ ...e, path: name });
  }
  if (pack.length === 0) return fail('the zip holds no pack files (.json and .md)');
  const { Inflate } = await import('fflate');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const files: Record<string, string> = {};
  let total = 0;
  for (const e of pack) {
    const name = e.path;
    if (e.method !== 0 && e.method !== 8)
      return fail(`"${name}" uses a compression this game cannot read (method ${e.method}): ${AGAIN} with standard settings`);
    const tooBig = `"${name}" is too large once unpacked (more than ${sizeText(LIMITS.fileBytes)}; a pack file is at most that)`;
    const allTooBig = `the pack's files are too large once unpacked (more than ${sizeText(LIMITS.bundleBytes)} in all)`;
    // What the zip declares is checked first (no need to unpack), then what it really holds.
    if (e.size > LIMITS.fileBytes) return fail(tooBig);
    if (total + e.size > LIMITS.bundleBytes) return fail(allTooBig);
    const data = unpack(Inflate, bytes, e, Math.min(LIMITS.fileBytes, LIMITS.bundleBytes - total), meter);
    if (data === 'damaged') return fail(`the zip file is damaged ("${name}" does not unpack)`);
    if (typeof data === 'number') return fail(data > LIMITS.fileBytes ? tooBig : allTooBig);
    if (data.length !== e.size || crc32(data) !== e.crc) return fail(`the zip file is damaged ("${name}" does not unpack to what the zip says it holds)`);
    total += data.length;
    files[name] = decoder.decode(data);
  }
  return { ok: true, files };
}

export { sizeText, ZIP_FILE };
