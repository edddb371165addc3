// The zip-bomb part of npm run bench (issue 16): a zip of about 1 MB whose one pack.json says it
// is 1 byte long but inflates to about 1 GB, refused by the command-line validator (the same
// readZip the game uses). Peak memory is measured in a child process, so nothing else the bench
// does is counted: its peak resident size (getrusage maxrss) above its size at rest, once the
// validator is loaded. Run alone: node scripts/zipBomb.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw } from 'node:zlib';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** A raw DEFLATE stream of `total` zero bytes, made in slices so the maker never holds them all. */
async function deflatedZeros(total) {
  const z = createDeflateRaw({ level: 9 });
  const parts = [];
  z.on('data', (d) => parts.push(d));
  const done = new Promise((r) => z.on('end', r));
  const slice = Buffer.alloc(1 << 20);
  for (let left = total; left > 0; left -= slice.length) {
    if (!z.write(left >= slice.length ? slice : slice.subarray(0, left))) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(parts);
}

/** One deflated entry whose headers claim `claimed` bytes (a lie) for `inflated` bytes of zeros. */
export async function zipBomb(inflated = 1000 * 1024 * 1024, claimed = 1, name = 'pack.json') {
  const body = await deflatedZeros(inflated);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + body.length, 16);
  return Buffer.concat([local, n, body, central, n, end]);
}

// In the child: load the validator, settle, then refuse the bomb and report sizes. The peak is
// the process's own high-water mark (VmHWM): getrusage's maxRSS survives exec on Linux, so a
// child of the benchmark (~440 MB by then) started out "peaking" at its parent's size.
const CHILD = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const highWater = () => {
  try {
    const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
};
const [cli, bomb] = process.argv.slice(1);
const { main } = await import(pathToFileURL(cli).href);
const lines = [];
await main([process.cwd()], process.cwd(), () => {}).catch(() => {});
globalThis.gc();
const idle = process.memoryUsage().rss;
const before = highWater();
const t = performance.now();
const code = await main([bomb], process.cwd(), (l) => lines.push(l));
const ms = performance.now() - t;
const peak = highWater();
console.log(JSON.stringify({ code, ms, idle, before, peak, lines }));
`;

/** Builds the validator (scripts/run.mjs does), writes the bomb, refuses it in a child process. */
export async function measureZipBomb() {
  const dir = mkdtempSync(join(tmpdir(), 'zip-bomb-'));
  try {
    const bomb = join(dir, 'bomb.zip');
    const bytes = await zipBomb();
    writeFileSync(bomb, bytes);
    // Builds node_modules/.cache/on-the-record-cli/validate.mjs (the bomb itself is refused).
    spawnSync(process.execPath, [join(root, 'scripts/run.mjs'), 'validate', bomb], { cwd: root, encoding: 'utf8' });
    const cli = join(root, 'node_modules/.cache/on-the-record-cli/validate.mjs');
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD, cli, bomb], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`zip bomb child failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop());
    // A high-water mark never goes down: a peak before the bomb (loading) is counted too, so this is an upper bound.
    return { zipBytes: bytes.length, ...m, above: Math.max(m.peak, m.before) - m.idle, refused: m.code === 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = await measureZipBomb();
  console.log(`zip bomb: ${(m.zipBytes / 1e6).toFixed(2)} MB zip, exit ${m.code}, ${m.ms.toFixed(0)} ms`);
  console.log(
    `  resident at rest ${(m.idle / 1e6).toFixed(1)} MB, peak ${(Math.max(m.peak, m.before) / 1e6).toFixed(1)} MB: ${(m.above / 1e6).toFixed(1)} MB above rest`,
  );
  for (const l of m.lines) console.log(`  ${l.slice(0, 200)}`);
}
