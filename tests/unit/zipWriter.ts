import { deflateRawSync } from 'node:zlib';

/** A minimal zip writer for tests (stored or deflated entries), so zip reading is tested without a zip tool. */
export function makeZip(files: Record<string, string>, deflate = true): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const body = deflate ? deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** One entry of a hand-written zip, with every field a hostile zip could lie in. */
export interface RawEntry {
  name: string;
  /** What the entry really holds, before compression. */
  data: Uint8Array;
  deflate?: boolean;
  /** The bytes stored for it; the compressed `data` unless given. */
  body?: Uint8Array;
  /** Declared unpacked size; the real one unless given. */
  size?: number;
  crc?: number;
  flags?: number;
  method?: number;
}

/**
 * A zip written header by header, for the cases no zip tool makes: sizes that lie, CRCs that do
 * not match, flags, and extra central-directory entries (`aliases`) that point at the data of
 * entry `of`, each under its own name and declared size.
 */
export function rawZip(entries: RawEntry[], aliases: { name: string; of: number; size?: number }[] = []): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const written: { method: number; crc: number; compressed: number; offset: number }[] = [];
  const central = (name: Buffer, flags: number, method: number, crc: number, compressed: number, size: number, offset: number) => {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(compressed, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    centrals.push(c, name);
  };
  let offset = 0;
  for (const e of entries) {
    const deflate = e.deflate ?? true;
    const body = e.body ?? (deflate ? deflateRawSync(e.data) : Buffer.from(e.data));
    const method = e.method ?? (deflate ? 8 : 0);
    const crc = e.crc ?? crc32(e.data);
    const size = e.size ?? e.data.length;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));
    central(name, e.flags ?? 0, method, crc, body.length, size, offset);
    written.push({ method, crc, compressed: body.length, offset });
    offset += 30 + name.length + body.length;
  }
  for (const a of aliases) {
    const w = written[a.of]!;
    central(Buffer.from(a.name, 'utf8'), 0, w.method, w.crc, w.compressed, a.size ?? 1, w.offset);
  }
  const cd = Buffer.concat(centrals);
  const count = entries.length + aliases.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
