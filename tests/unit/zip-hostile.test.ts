/**
 * Issue 16, items 5, 6 and 9: zips a careless or hostile hand could give a teacher, each made
 * here at test time (hand-written headers for the lies no zip tool tells, fflate for the rest).
 * Every case asserts the exact outcome, and the bombs also how much was unpacked before the
 * refusal: limits count the bytes produced, never the sizes a zip declares.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/pack/bundle';
import { openPackFile, refuseBeforeReading } from '../../src/core/pack/openPack';
import { reportPack } from '../../src/core/pack/report';
import { crc32, readZip, sizeText, type ZipMeter } from '../../src/core/pack/zip';
import { readFolder } from '../../scripts/packFiles';
import { main as validate } from '../../scripts/validate';
import { rawZip } from './zipWriter';

const ROOT = resolve(__dirname, '../..');
const CECOT = join(ROOT, 'levels/cecot-2025');
const folder = readFolder(CECOT);
const text = (s: string) => new TextEncoder().encode(s);
/** The most one slice of compressed input (1 KiB) can inflate to, at DEFLATE's best ratio. */
const ONE_SLICE = 1024 * 1032;

async function refusal(bytes: Uint8Array, meter: ZipMeter = { produced: 0 }): Promise<string> {
  const r = await readZip(bytes, meter);
  if (r.ok) throw new Error('the zip was accepted');
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]!.file).toBe('(zip)');
  return r.issues[0]!.message;
}

describe('sizes count what is unpacked, and unpacking stops at the limit', () => {
  it('a bomb whose pack.json claims 1 byte and inflates to 16 MB is refused before 1.6 MB is made', async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const bomb = rawZip([{ name: 'pack.json', data: zeros, size: 1, crc: 0 }]);
    expect(bomb.length).toBeLessThan(20_000);
    const meter = { produced: 0 };
    expect(await refusal(bomb, meter)).toBe('"pack.json" is too large once unpacked (more than 512 KB; a pack file is at most that)');
    expect(meter.produced).toBeGreaterThan(LIMITS.fileBytes);
    expect(meter.produced).toBeLessThanOrEqual(LIMITS.fileBytes + ONE_SLICE);
  });

  it('a file that claims 1 byte and takes the pack past 1 MB in all is refused once the total passes it', async () => {
    const part = new Uint8Array(400 * 1024).fill(32);
    const zip = rawZip([
      { name: 'a.md', data: part },
      { name: 'b.md', data: part },
      { name: 'c.md', data: part, size: 1 },
    ]);
    const meter = { produced: 0 };
    expect(await refusal(zip, meter)).toBe("the pack's files are too large once unpacked (more than 1 MB in all)");
    expect(meter.produced).toBeLessThanOrEqual(LIMITS.bundleBytes + ONE_SLICE);
  });

  it('a file that honestly declares more than the limit is refused without unpacking anything', async () => {
    const meter = { produced: 0 };
    const big = rawZip([{ name: 'source.md', data: new Uint8Array(600 * 1024) }]);
    expect(await refusal(big, meter)).toContain('"source.md" is too large once unpacked');
    expect(meter.produced).toBe(0);
  });

  it('190 directory entries pointing at one 511 KB entry, each claiming 1 byte, are refused, nothing unpacked', async () => {
    const source = new Uint8Array(511 * 1024).fill(97);
    const aliases = Array.from({ length: 190 }, (_, i) => ({ name: `q${i}.md`, of: 0, size: 1 }));
    const meter = { produced: 0 };
    const message = await refusal(rawZip([{ name: 'source.md', data: source }], aliases), meter);
    expect(message).toMatch(
      /^the zip lists "source\.md" and "q\d+\.md" at the same place in the file, which a zip made by a zip tool never does: zip the pack folder again/,
    );
    expect(meter.produced).toBe(0);
    // The same data listed twice under its own name is the same trick.
    expect(await refusal(rawZip([{ name: 'pack.json', data: text('{}') }], [{ name: 'pack.json', of: 0, size: 2 }]))).toContain(
      'at the same place in the file',
    );
  });
});

describe('what a zip holds is what it says it holds', () => {
  it('a CRC that does not match the unpacked bytes is refused, stored or deflated', async () => {
    const data = text('{"id": "x"}');
    for (const deflate of [true, false]) {
      const zip = rawZip([{ name: 'pack.json', data, deflate, crc: (crc32(data) ^ 1) >>> 0 }]);
      expect(await refusal(zip)).toBe('the zip file is damaged ("pack.json" does not unpack to what the zip says it holds)');
    }
    // A size that lies downwards (no bomb) is the same damage.
    expect(await refusal(rawZip([{ name: 'pack.json', data, size: 3 }]))).toContain('does not unpack to what the zip says it holds');
    expect(crc32(text('123456789'))).toBe(0xcbf43926); // the standard check value
  });

  it('data that is not DEFLATE, or stops short, is refused as damaged', async () => {
    const data = text('x'.repeat(5000) + Math.PI);
    const garbage = rawZip([{ name: 'pack.json', data, body: new Uint8Array(64).fill(0xff) }]);
    expect(await refusal(garbage)).toBe('the zip file is damaged ("pack.json" does not unpack)');
    const short = rawZip([{ name: 'pack.json', data, body: deflateRawSync(data).subarray(0, 10) }]);
    expect(await refusal(short)).toBe('the zip file is damaged ("pack.json" does not unpack)');
  });

  it('an encrypted entry is refused with its own message (the flag, strong encryption, or AES)', async () => {
    const data = text('{}');
    for (const e of [{ flags: 1 }, { flags: 0x41 }, { method: 99 }]) {
      expect(await refusal(rawZip([{ name: 'pack.json', data, ...e }]))).toBe(
        '"pack.json" is protected by a password, which the game cannot open: zip the pack folder again (on Windows: right-click the folder, Send to, Compressed folder; on a Mac: right-click, Compress), without a password',
      );
    }
  });

  it('a name that repeats is refused instead of the last one winning, whatever its case or slashes', async () => {
    const data = text('{}');
    const twice = (a: string, b: string) => refusal(rawZip([a, b].map((name) => ({ name, data }))));
    expect(await twice('pack.json', 'pack.json')).toMatch(/^"pack\.json" is in the zip twice \(also as "pack\.json"\): zip the pack folder again/);
    expect(await twice('Pack.json', 'pack.json')).toContain('"pack.json" is in the zip twice (also as "Pack.json")');
    expect(await twice('ferry/pack.json', 'ferry\\pack.json')).toContain('"ferry\\pack.json" is in the zip twice (also as "ferry/pack.json")');
  });

  it('names that climb out of the folder stay refused', async () => {
    for (const name of ['../pack.json', 'ferry/../../pack.json', '..\\pack.json', '/pack.json', '\\pack.json', 'C:\\pack.json', 'c:/ferry/pack.json']) {
      expect(await refusal(rawZip([{ name, data: text('{}') }])), name).toBe(
        `"${name}" points outside the pack folder: zip the pack folder again (on Windows: right-click the folder, Send to, Compressed folder; on a Mac: right-click, Compress)`,
      );
    }
  });

  it('a local header that names another file than the directory does is refused', async () => {
    const zip = rawZip([{ name: 'pack.json', data: text('{}') }]);
    const at = zip.indexOf(0x70); // the "p" of the local header's name
    zip[at] = 0x71;
    expect(await refusal(zip)).toBe('the zip file is damaged ("pack.json" is named differently inside the zip)');
  });
});

describe('packs zipped by ordinary tools load as their folder does', () => {
  const inFolder = (files: Record<string, string>, sep: string) =>
    Object.fromEntries(Object.entries(files).map(([n, t]) => [`cecot-2025${sep}${n}`, strToU8(t)]));

  it('the CECOT pack zipped (deflated, stored, with or without its folder) reads back to the folder’s files', async () => {
    for (const zip of [
      zipSync(inFolder(folder, '/')),
      zipSync(inFolder(folder, '/'), { level: 0 }),
      zipSync(Object.fromEntries(Object.entries(folder).map(([n, t]) => [n, strToU8(t)]))),
    ]) {
      expect(await readZip(zip)).toEqual({ ok: true, files: folder });
    }
  });

  it('Windows Compress-Archive’s backslash names read as the folder', async () => {
    expect(await readZip(zipSync({ 'cecot-2025\\': new Uint8Array(), ...inFolder(folder, '\\') }))).toEqual({ ok: true, files: folder });
  });

  it('a zip written as a stream (sizes and CRCs after the data, as macOS writes them) reads back too', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [name, t] of Object.entries(inFolder(folder, '/'))) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(t, true);
    }
    const mac = new ZipDeflate('__MACOSX/cecot-2025/._pack.json'); // Finder's resource fork, left out
    zip.add(mac);
    mac.push(new Uint8Array([0, 5, 22, 7]), true);
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    expect(bytes[6]! & 8).toBe(8); // the data-descriptor flag
    expect(await readZip(bytes)).toEqual({ ok: true, files: folder });
  });

  it('opening the zipped CECOT pack gives the same pack and report as its folder', async () => {
    const opened = await openPackFile('cecot-2025.zip', zipSync(inFolder(folder, '/')));
    const direct = reportPack(folder);
    expect(opened.errors).toBe(0);
    expect(opened.files).toEqual(folder);
    expect(opened.pack).toEqual(direct.pack);
    expect(opened.lines).toEqual(direct.lines);
  });

  it('the committed version-1 zip fixture still reads', async () => {
    const r = await readZip(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/pack-versions/v1-mini-pack.zip'))));
    expect(r.ok && Object.keys(r.files).sort()).toEqual(['pack.json', 'source.md', 'the-bridge.json', 'the-budget.json']);
  });
});

describe('a file too large to be a pack is refused from its size, before it is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('by the loader: 1.5 GB and 5 GB say "too large" with the size', () => {
    expect(refuseBeforeReading('class.zip', 1.5 * 1024 ** 3)?.lines[0]).toMatchObject({
      file: '(zip)',
      severity: 'error',
      message: '"class.zip" is too large to be a level pack (1.5 GB; a pack is at most 1 MB)',
      hint: 'check that this is the right file: a pack is a .zip or .json of its folder, well under 1 MB',
    });
    expect(refuseBeforeReading('class.pack.json', 5 * 1024 ** 3)?.lines[0]!.message).toContain('(5 GB; a pack is at most 1 MB)');
    expect(refuseBeforeReading('film.mp4', 10)?.lines[0]!.message).toBe('"film.mp4" is not a pack: open a .json bundle or a .zip of a pack folder');
    expect(refuseBeforeReading('class.zip', LIMITS.bundleBytes)).toBeNull();
    expect(sizeText(919 * 1024)).toBe('919 KB');
  });

  it('by the command line: a 5 GB and a 1.5 GB file (sparse, never read) exit 1 at once', async () => {
    for (const [name, size] of [
      ['huge.zip', 5 * 1024 ** 3],
      ['big.pack.json', 1.5 * 1024 ** 3],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, '');
      truncateSync(path, size);
      const lines: string[] = [];
      const t = performance.now();
      expect(await validate([path], dir, (l) => lines.push(l))).toBe(1);
      expect(performance.now() - t).toBeLessThan(1000);
      expect(lines[0]).toContain(`is too large to be a level pack (${sizeText(size)}; a pack is at most 1 MB)`);
    }
  });

  it('by the command line, for a folder holding a file of gigabytes', async () => {
    const pack = join(dir, 'pack');
    mkdirSync(pack);
    writeFileSync(join(pack, 'pack.json'), '{}');
    writeFileSync(join(pack, 'source.md'), '');
    truncateSync(join(pack, 'source.md'), 3 * 1024 ** 3);
    const lines: string[] = [];
    expect(await validate([pack], dir, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toBe('pack  error  (root): cannot read it: "source.md" is too large for a pack (3 GB; a pack is at most 1 MB in all)');
  });
});
