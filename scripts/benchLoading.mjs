// Opening and keeping big packs in the browser (issue 16, item 4), for npm run bench:
//   open: a generated 1 MB pack opened through the game's own file input, with every long task
//     of the page's main thread recorded (PerformanceObserver 'longtask') and the longest gap
//     between two animation frames. Budget: nothing holds the main thread over 200 ms. The same
//     with the checker's worker refused (it then runs on the page) is measured beside it.
//   start: start-up with five stored 1 MB packs (IndexedDB, stamped as a start that checked them
//     in full leaves them) against a start-up with none, from navigation to the title's first
//     draw, the two kinds taking turns (ABBA) in fresh browser contexts; medians and spread.
//     Budget: ≤ 1.2×. Also when the five packs have joined the list, and the start that checks
//     them in full (no stamps yet).
// The packs are made here (scripts/bigPacks.mjs), never committed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { bigNonVerbatimPack, bigValidPack } from './bigPacks.mjs';

const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const START_RUNS = Number(process.env.BENCH_LOAD_START_RUNS ?? 10);
const SETTLE_MS = 1500;
const WORKER = /packCheck\.worker-[\w-]+\.js$/;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bundle = (files) => Buffer.from(`${JSON.stringify({ format: 'on-the-record-pack', version: 1, files })}\n`);
/** A pack folder zipped (the 7,000-quote pack's files are 1.0 MB; as a .json bundle, escaped, it passes the 1 MiB limit). */
const zipped = (files) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([f, t]) => [`big-pack/${f}`, strToU8(t)]))));
const unpacked = (files) => Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Long tasks and frame gaps from the moment `__watch()` is called. */
function watchMainThread() {
  const w = window;
  w.__long = [];
  w.__gap = 0;
  new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({
    type: 'longtask',
    buffered: true,
  });
  w.__watch = () => {
    w.__from = performance.now();
    w.__gap = 0;
    let last = performance.now();
    const loop = (t) => {
      w.__gap = Math.max(w.__gap, t - last);
      last = t;
      if (!w.__stopped) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
}

async function openOnce(browser, url, path, noWorker) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  if (noWorker) await context.route(WORKER, (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.addInitScript(watchMainThread);
  await page.goto(`${url}?renderer=canvas`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForTimeout(SETTLE_MS);
  await page.evaluate(() => window.__watch());
  // A path, as the browser's own file chooser gives it: Chromium reads the file itself (a buffer
  // would be sent through the page as base64 and decoded on its main thread, the driver's cost).
  await page.setInputFiles('#pack-file', path);
  const shown = await page.waitForFunction(
    () => document.querySelector('.pack-dialog:is([data-kind="done"], [data-kind="errors"])') && performance.now(),
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  const answered = await shown.jsonValue();
  // Did the check run in the worker? It is still there, idle (one whose script was refused is gone).
  const worker = page.workers().some((w) => WORKER.test(w.url()));
  // The title redraws with the new pack after the dialog is up: keep watching a moment.
  await page.waitForTimeout(1000);
  const r = await page.evaluate((answeredAt) => {
    window.__stopped = true;
    const long = window.__long.filter((e) => e.start >= window.__from);
    return {
      ms: answeredAt - window.__from,
      longest: Math.max(0, ...long.map((e) => e.ms)),
      longTasks: long.length,
      blocked: long.reduce((n, e) => n + e.ms, 0),
      gap: window.__gap,
      kind: document.querySelector('.pack-dialog')?.getAttribute('data-kind'),
      lines: document.querySelectorAll('.pack-dialog li').length,
    };
  }, answered);
  await context.close();
  return { ...r, worker };
}

async function opening(browser, url) {
  const valid = bigValidPack();
  // Its own id: the practice pack it grew from is built in.
  valid['pack.json'] = JSON.stringify({ ...JSON.parse(valid['pack.json']), id: 'big-pack' });
  const packs = { valid: ['valid.zip', valid], nonVerbatim: ['not-verbatim.pack.json', bigNonVerbatimPack().files] };
  const dir = mkdtempSync(join(tmpdir(), 'otr-bench-open-'));
  const out = {};
  try {
    for (const [what, [name, files]] of Object.entries(packs)) {
      const path = join(dir, name);
      const bytes = name.endsWith('.zip') ? zipped(files) : bundle(files);
      writeFileSync(path, bytes);
      for (const noWorker of [false, true]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, url, path, noWorker));
        out[`${what}${noWorker ? 'OnPage' : ''}`] = {
          name,
          bytes: unpacked(files),
          fileBytes: bytes.length,
          ms: median(runs.map((r) => r.ms)),
          longest: Math.max(...runs.map((r) => r.longest)),
          longestMedian: median(runs.map((r) => r.longest)),
          gap: Math.max(...runs.map((r) => r.gap)),
          blocked: median(runs.map((r) => r.blocked)),
          kinds: [...new Set(runs.map((r) => `${r.kind} (${r.lines} lines)`))],
          worker: runs.every((r) => r.worker),
          onPage: runs.every((r) => !r.worker),
        };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Five 1 MB packs, each its own id, as the packs store keeps them (stamps added by `stamps`). */
function storedFive() {
  const files = bigValidPack();
  return [1, 2, 3, 4, 5].map((n) => {
    const manifest = JSON.parse(files['pack.json']);
    manifest.id = `big-pack-${n}`;
    manifest.title = `Big pack ${n}`;
    return { id: manifest.id, files: { ...files, 'pack.json': JSON.stringify(manifest) }, addedAt: n };
  });
}

/** Writes the records into the game's pack database, on a page of its origin that is not the game. */
async function seed(context, url, records) {
  const page = await context.newPage();
  await page.route(`${url}seed`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${url}seed`);
  await page.evaluate(
    (list) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('on-the-record', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('packs', { keyPath: 'id' });
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('packs', 'readwrite');
          for (const r of list) tx.objectStore('packs').put(r);
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
  await page.close();
}

const readStamps = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('on-the-record');
        req.onsuccess = () => {
          const get = req.result.transaction('packs').objectStore('packs').getAll();
          get.onsuccess = () => (req.result.close(), resolve(Object.fromEntries(get.result.map((r) => [r.id, r.stamp ?? null]))));
        };
      }),
  );

/** Counts the packs in the game's list as they change, from the first script on (store.subscribe costs nothing). */
function watchPacks() {
  const w = window;
  w.__packsAt = {};
  const note = (n) => (w.__packsAt[n] ??= performance.now());
  const wait = setInterval(() => {
    const store = w.onTheRecord?.store;
    if (!store) return;
    clearInterval(wait);
    note(store.getState().packs.length);
    store.subscribe((s) => note(s.packs.length));
  }, 50);
}

async function startOnce(browser, url, records) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  await seed(context, url, records);
  // Let the seeding page's clean-up finish before the start that is timed.
  await new Promise((r) => setTimeout(r, 600));
  const page = await context.newPage();
  await page.addInitScript(watchMainThread);
  await page.addInitScript(watchPacks);
  await page.goto(`${url}?renderer=canvas`);
  await page.waitForTimeout(SETTLE_MS);
  const want = 2 + records.length;
  await page.waitForFunction((n) => window.__packsAt?.[n] !== undefined, want, { timeout: 120_000 });
  const r = await page.evaluate((n) => {
    const title = performance.getEntriesByName('on-the-record:Title', 'mark')[0]?.startTime;
    return { title, packs: window.__packsAt[n], longest: Math.max(0, ...window.__long.map((e) => e.ms)) };
  }, want);
  const worker = page.workers().some((w) => WORKER.test(w.url()));
  const stamps = records.length ? await readStamps(page) : {};
  await context.close();
  return { ...r, stamps, worker };
}

async function startup(browser, url) {
  const five = storedFive();
  // The first start after they were stored (or after a new validator) checks them in full and
  // writes their stamps back; every later start finds them stamped.
  const full = await startOnce(browser, url, five);
  const stamped = five.map((r) => ({ ...r, stamp: full.stamps[r.id] }));
  if (stamped.some((r) => typeof r.stamp !== 'string')) throw new Error(`stamps not written back: ${JSON.stringify(full.stamps)}`);
  const none = [];
  const withFive = [];
  for (let i = 0; i < START_RUNS; i++) {
    // ABBA: neither kind always runs first on a machine that warms up or gets busier.
    const order = i % 2 === 0 ? ['none', 'five'] : ['five', 'none'];
    for (const kind of order) {
      if (kind === 'none') none.push(await startOnce(browser, url, []));
      else withFive.push(await startOnce(browser, url, stamped));
    }
  }
  const spread = (runs, k) => {
    const xs = runs.map((r) => r[k]).sort((a, b) => a - b);
    return { median: median(xs), min: xs[0], p25: xs[Math.floor((xs.length - 1) / 4)], p75: xs[Math.ceil(((xs.length - 1) * 3) / 4)], max: xs.at(-1) };
  };
  return {
    runs: START_RUNS,
    none: { title: spread(none, 'title'), longest: Math.max(...none.map((r) => r.longest)) },
    five: {
      title: spread(withFive, 'title'),
      packs: spread(withFive, 'packs'),
      longest: Math.max(...withFive.map((r) => r.longest)),
      worker: withFive.every((r) => r.worker),
    },
    fullCheck: { title: full.title, packs: full.packs, longest: full.longest },
    ratio: median(withFive.map((r) => r.title)) / median(none.map((r) => r.title)),
  };
}

export async function loadingCost(browser, url) {
  return { open: await opening(browser, url), start: await startup(browser, url) };
}

const f0 = (x) => x.toFixed(0);

/** Budget rows in bench.mjs's form: [name, value, budget, ok]. */
export function loadingBudgets({ open, start }) {
  const row = (what, r) => [
    `opening a ${(r.bytes / 1e6).toFixed(2)} MB pack (${what}): longest main-thread task (of ${RUNS}; answer in ${f0(r.ms)} ms, longest frame gap ${f0(r.gap)} ms)`,
    `${f0(r.longest)} ms`,
    '≤ 200 ms, in the worker',
    r.longest <= 200 && r.worker,
  ];
  const s = start;
  return [
    row('7,000 valid quotes, zipped', open.valid),
    row('800 quotes not verbatim, .json bundle', open.nonVerbatim),
    [
      `start-up to the title with five stored 1 MB packs / with none (median of ${s.runs} each, ABBA; ${f0(s.five.title.median)} / ${f0(s.none.title.median)} ms)`,
      s.ratio.toFixed(2),
      '≤ 1.2',
      s.ratio <= 1.2,
    ],
  ];
}

export function printLoading({ open, start }) {
  const o = (name, r) =>
    `  ${name} (${r.name}, ${(r.bytes / 1e6).toFixed(2)} MB of files, ${(r.fileBytes / 1e6).toFixed(2)} MB file): answer ${f0(r.ms)} ms, longest task ${f0(r.longest)} ms (median ${f0(r.longestMedian)}), longest frame gap ${f0(r.gap)} ms, long tasks total ${f0(r.blocked)} ms, dialog ${r.kinds.join('/')}, worker ${r.worker ? 'yes' : 'no'}`;
  console.log(`opening a big pack through the file input (${RUNS} runs each):`);
  for (const [k, v] of Object.entries(open)) console.log(o(k, v));
  const sp = (x) => `median ${f0(x.median)} ms (min ${f0(x.min)}, p25 ${f0(x.p25)}, p75 ${f0(x.p75)}, max ${f0(x.max)})`;
  console.log(`start-up to the title's first draw (${start.runs} runs each, ABBA):`);
  console.log(`  no stored pack:          ${sp(start.none.title)}; longest task ${f0(start.none.longest)} ms`);
  console.log(`  five stored 1 MB packs:  ${sp(start.five.title)}; longest task ${f0(start.five.longest)} ms`);
  console.log(`  ... all five in the list: ${sp(start.five.packs)}`);
  console.log(
    `  first start after storing (full check, no stamps): title ${f0(start.fullCheck.title)} ms, packs in the list ${f0(start.fullCheck.packs)} ms, longest task ${f0(start.fullCheck.longest)} ms`,
  );
  console.log(`  ratio (medians): ${start.ratio.toFixed(3)}`);
}
