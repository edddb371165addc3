// The validator's cost on generated 1 MB packs (issue 16, item 4), for npm run bench: the
// command-line validator (scripts/validate.ts, bundled for Node as scripts/run.mjs does) run on
// each pack folder in a fresh Node process, so nothing is cached from an earlier run. Timed
// inside that process around the validator's main(), as CPU time (user + system): on a busy
// machine the wall clock measures the machine, and on an idle one the two agree. Wall time is
// reported beside it. The packs are made here (scripts/bigPacks.mjs), never committed.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bigNonVerbatimPack, bigValidPack } from './bigPacks.mjs';

const RUNS = Number(process.env.BENCH_VALIDATOR_RUNS ?? 3);

const CHILD = `
const { main } = await import(process.argv[1]);
const lines = [];
const cpu = process.cpuUsage();
const t0 = performance.now();
const code = await main([process.argv[2]], process.argv[2], (l) => lines.push(l));
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ code, lines: lines.length, wall: performance.now() - t0, cpu: (used.user + used.system) / 1000, last: lines.at(-1) }));
`;

export async function validatorCost(root) {
  const outDir = join(root, 'node_modules/.cache/on-the-record-bench-cli');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: { ssr: join(root, 'scripts/validate.ts'), outDir, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'validate.mjs' } } },
  });
  const cli = pathToFileURL(join(outDir, 'validate.mjs')).href;
  const dir = mkdtempSync(join(tmpdir(), 'otr-bench-packs-'));
  const packs = { valid: bigValidPack(), nonVerbatim: bigNonVerbatimPack().files };
  const out = {};
  try {
    for (const [name, files] of Object.entries(packs)) {
      const folder = join(dir, name);
      mkdirSync(folder);
      for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const r = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, cli, folder], { cwd: root, encoding: 'utf8' }));
        runs.push({ ...r, process: performance.now() - started });
      }
      const median = (k) => [...runs.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const bytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);
      out[name] = {
        bytes,
        quotes: JSON.parse(files['pack.json']).quotes.length,
        cpu: median('cpu'),
        wall: median('wall'),
        process: median('process'),
        ...runs[0],
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Budget rows in bench.mjs's form: [name, value, budget, ok]. The budget: ≤ 2 s each. */
export function validatorBudgets(v) {
  const row = (what, r, exit) => [
    `validate ${what} (CLI, CPU; wall ${(r.wall / 1000).toFixed(2)} s)`,
    `${(r.cpu / 1000).toFixed(2)} s`,
    `≤ 2 s, exit ${exit}`,
    r.cpu <= 2000 && r.code === exit,
  ];
  return [
    row(`${(v.valid.bytes / 1e6).toFixed(2)} MB pack, ${v.valid.quotes} valid quotes`, v.valid, 0),
    row(`${(v.nonVerbatim.bytes / 1e6).toFixed(2)} MB pack, ${v.nonVerbatim.quotes} quotes, 800 not verbatim`, v.nonVerbatim, 1),
  ];
}
