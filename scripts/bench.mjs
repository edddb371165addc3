// npm run bench [-- --check]: builds the game and a baseline (a bare Phaser 4 page with one
// text, same Vite settings), measures both in headless Chromium, prints a table and writes
// bench/results.json. With --check, exits 1 when a budget is missed. Not part of npm test.
// It also times the command-line validator on two generated 1 MB packs (benchValidator.mjs);
// --validator-only does just that, without a browser. It opens and stores big packs in the
// browser too (benchLoading.mjs); --loading-only builds the game and does just that.
// Start-up (benchStartup.mjs: interleaved pairs, a confidence interval, the LCP) and the frame
// cost while the game animates (benchFrames.mjs) have --startup-only and --frames-only.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { measureZipBomb } from './zipBomb.mjs';
import { validatorBudgets, validatorCost } from './benchValidator.mjs';
import { loadingBudgets, loadingCost, printLoading } from './benchLoading.mjs';
import { printStartup, startupBudgets, startupCheck } from './benchStartup.mjs';
import { frameBudgets, frameCost, frameScenarios, printFrames } from './benchFrames.mjs';

const root = resolve('.');
const GAME_DIST = join(root, 'bench/dist-game');
const check = process.argv.includes('--check');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Start-up varies most from run to run on a busy machine: pairs of runs, more when undecided.
const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 21);
const START_CAP = Number(process.env.BENCH_START_CAP ?? 61);
const PLAYTHROUGHS = Number(process.env.BENCH_PLAYTHROUGHS ?? 20);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

async function builds() {
  // Its own folder, so a benchmark never replaces the dist/ that npm run build made.
  await build({ root, logLevel: 'error', mode: 'production', build: { outDir: GAME_DIST, emptyOutDir: true } });
  await build({
    root: join(root, 'bench/baseline'),
    base: './',
    logLevel: 'error',
    configFile: false,
    build: { target: 'es2022', outDir: join(root, 'bench/dist-baseline'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff' };
function serve(dir) {
  const server = createServer((req, res) => {
    let file = join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

const kib = (n) => Math.round((n / 1024) * 10) / 10;

async function newPage(browser, viewport = { width: 1920, height: 1080 }, dsf = 1) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: dsf, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}

/** Bytes of JS, CSS and fonts fetched before the first interactive screen. */
async function bytesTo(browser, url, dir) {
  const { context, page } = await newPage(browser);
  const files = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (/\.(js|css|woff2?)$/.test(u.pathname)) files.push(join(dir, u.pathname));
  });
  await page.goto(`${url}?renderer=canvas`);
  await page.waitForSelector('html[data-ready="true"]');
  await context.close();
  const sum = (f, only = () => true) => files.filter(only).reduce((n, file) => n + f(readFileSync(file)).length, 0);
  const isJs = (f) => f.endsWith('.js');
  return {
    files: files.length,
    raw: sum((b) => b),
    gzip: sum((b) => gzipSync(b, { level: 9 })),
    brotli: sum((b) => brotliCompressSync(b)),
    jsGzip: sum((b) => gzipSync(b, { level: 9 }), isJs),
    jsBrotli: sum((b) => brotliCompressSync(b), isJs),
  };
}

/** Main-thread CPU per second while a question sits on screen and nothing moves. */
async function idle(browser, url, game) {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}?renderer=canvas`);
  await page.waitForSelector('html[data-ready="true"]');
  if (game) for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  // Attaching the profiler focuses the page (which wakes the game's loop): attach, then settle.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(3000);
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await metric();
  await page.waitForTimeout(5000);
  const b = await metric();
  await context.close();
  return ((b.TaskDuration - a.TaskDuration) / (b.Timestamp - a.Timestamp)) * 1000; // ms of CPU per second
}

/** Heap after a forced GC after 1 and after N playthroughs of the practice pack; textures and listeners. */
async function memory(browser, url) {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}?renderer=canvas`);
  await page.waitForSelector('html[data-ready="true"]');
  const cdp = await context.newCDPSession(page);
  const counts = () =>
    page.evaluate(() => {
      const g = window.onTheRecord.game;
      return { textures: Object.keys(g.textures.list).length };
    });
  const listeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    const a = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const b = await cdp.send('DOMDebugger.getEventListeners', { objectId: doc.objectId });
    return a.listeners.length + b.listeners.length;
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const playthrough = async () => {
    await page.keyboard.press('2'); // the practice pack: two short levels
    for (let i = 0; i < 80 && (await page.locator('#a11y [data-screen]').getAttribute('data-screen')) !== 'final'; i++) {
      const kind = await page.locator('#a11y [data-screen]').getAttribute('data-screen');
      if (kind === 'round') {
        await page.keyboard.press('a');
        await page.keyboard.press('Enter');
      } else await page.keyboard.press(kind === 'title' || kind === 'setup' ? 'Enter' : ' ');
    }
    // Back to a fresh title: the menu, then its start over (through the store: the item's key
    // moves as the menu gains entries); then the first pack again, so the title shows what it
    // showed at the start (the practice pack's has one more line).
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.onTheRecord.store.getState().dispatch({ type: 'restart' }));
    await page.waitForSelector('#a11y [data-screen="title"]');
    await page.keyboard.press('1');
    await page.waitForTimeout(300);
  };
  // Count once the first screen has settled.
  await page.waitForTimeout(2000);
  const start = { ...(await counts()), listeners: await listeners() };
  await playthrough();
  const after1 = await heap();
  // Listeners are compared from here, as the heap is: the first key or click removes the sound's
  // two one-shot gesture listeners (services/sound.ts), which is not a leak running backwards.
  const listenersAfter1 = await listeners();
  for (let i = 1; i < PLAYTHROUGHS; i++) await playthrough();
  const afterN = await heap();
  const end = { ...(await counts()), listeners: await listeners() };
  await context.close();
  return { after1, afterN, growth: afterN - after1, start, listenersAfter1, end };
}

const crispBudget = (frame) => ['canvas backing store at DSF 2', `${(frame.uhd.crisp * 100).toFixed(0)}%`, '≥ 95%', frame.uhd.crisp >= 0.95];

function printBudgets(budgets) {
  console.log('| measure | value | budget | ok |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, value, budget, ok] of budgets) console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'yes' : 'NO'} |`);
  if (check && budgets.some((b) => !b[3])) process.exitCode = 1;
}

async function main() {
  const validator = await validatorCost(root);
  if (process.argv.includes('--validator-only')) {
    console.log(JSON.stringify(validator, (k, v) => (k === 'last' ? undefined : typeof v === 'number' ? Math.round(v) : v)));
    return printBudgets(validatorBudgets(validator));
  }
  await builds();
  const game = await serve(GAME_DIST);
  if (process.argv.includes('--loading-only')) {
    const browser = await chromium.launch({ executablePath, args });
    try {
      const loading = await loadingCost(browser, game.url);
      console.log(JSON.stringify(loading, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)));
      printLoading(loading);
      return printBudgets(loadingBudgets(loading));
    } finally {
      await browser.close();
      game.server.close();
    }
  }
  const base = await serve(join(root, 'bench/dist-baseline'));
  const browser = await chromium.launch({ executablePath, args });
  const measureStart = () => startupCheck(browser, game.url, base.url, { newPage, first: START_RUNS, cap: START_CAP });
  const measureFrames = async () => {
    const scenarios = await frameScenarios(root);
    return {
      hd: await frameCost(browser, game.url, scenarios, { dsf: 1 }),
      uhd: await frameCost(browser, game.url, scenarios, { dsf: 2 }),
      // Reported beside the Canvas figures: WebGL here is SwiftShader (software), not a GPU.
      hdWebgl: await frameCost(browser, game.url, scenarios, { dsf: 1, renderer: 'webgl' }),
      uhdWebgl: await frameCost(browser, game.url, scenarios, { dsf: 2, renderer: 'webgl' }),
    };
  };
  try {
    if (process.argv.includes('--startup-only')) {
      const start = await measureStart();
      printStartup(start);
      return printBudgets(startupBudgets(start));
    }
    if (process.argv.includes('--frames-only')) {
      const frame = await measureFrames();
      printFrames(frame);
      return printBudgets([...frameBudgets(frame), crispBudget(frame)]);
    }
    const bytes = { game: await bytesTo(browser, game.url, GAME_DIST), baseline: await bytesTo(browser, base.url, join(root, 'bench/dist-baseline')) };
    const start = await measureStart();
    const frame = await measureFrames();
    const cpu = { game: await idle(browser, game.url, true), baseline: await idle(browser, base.url, false) };
    const mem = await memory(browser, game.url);
    const bomb = await measureZipBomb();
    const loading = await loadingCost(browser, game.url);
    const budgets = [
      [
        'JS to the first screen over baseline (gzip)',
        `${kib(bytes.game.jsGzip - bytes.baseline.jsGzip)} KiB`,
        '≤ 60 KiB',
        bytes.game.jsGzip - bytes.baseline.jsGzip <= 60 * 1024,
      ],
      ...startupBudgets(start),
      ...frameBudgets(frame),
      ['idle CPU, game / baseline', `${cpu.game.toFixed(1)} / ${cpu.baseline.toFixed(1)} ms/s`, '≤ 10%', cpu.game <= 0.1 * cpu.baseline],
      [`heap growth, playthrough 1 → ${PLAYTHROUGHS}`, `${(mem.growth / 1e6).toFixed(2)} MB`, '≤ 5 MB', mem.growth <= 5e6],
      [
        `textures (start → ${PLAYTHROUGHS}), listeners (playthrough 1 → ${PLAYTHROUGHS}; at load)`,
        `${mem.start.textures}→${mem.end.textures}, ${mem.listenersAfter1}→${mem.end.listeners} (${mem.start.listeners})`,
        'equal',
        mem.start.textures === mem.end.textures && mem.listenersAfter1 === mem.end.listeners,
      ],
      crispBudget(frame),
      // The command-line validator refusing a ~1 MB zip whose pack.json claims 1 byte and inflates to ~1 GB.
      [
        'peak memory refusing a 1 MB zip bomb, above rest',
        `${(bomb.above / 1e6).toFixed(1)} MB (${bomb.ms.toFixed(0)} ms)`,
        '≤ 64 MB, refused',
        bomb.refused && bomb.above <= 64e6,
      ],
      ...validatorBudgets(validator),
      ...loadingBudgets(loading),
    ];
    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      playthroughs: PLAYTHROUGHS,
      bytes,
      start,
      frame,
      cpu,
      mem,
      bomb: { zipBytes: bomb.zipBytes, ms: bomb.ms, idle: bomb.idle, peak: Math.max(bomb.peak, bomb.before), above: bomb.above, refused: bomb.refused },
      validator,
      loading,
      budgets: budgets.map(([name, value, budget, ok]) => ({ name, value, budget, ok })),
    };
    writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `bytes to first screen (JS, CSS, fonts): game ${kib(bytes.game.gzip)} KiB gzip (${kib(bytes.game.brotli)} brotli, ${kib(bytes.game.raw)} raw, ${bytes.game.files} files); baseline ${kib(bytes.baseline.gzip)} KiB gzip (${kib(bytes.baseline.brotli)} brotli)`,
    );
    console.log(
      `JS alone: game ${kib(bytes.game.jsGzip)} KiB gzip (${kib(bytes.game.jsBrotli)} brotli); baseline ${kib(bytes.baseline.jsGzip)} KiB gzip (${kib(bytes.baseline.jsBrotli)} brotli)`,
    );
    printStartup(start);
    printFrames(frame);
    console.log(`heap after 1: ${(mem.after1 / 1e6).toFixed(1)} MB, after ${PLAYTHROUGHS}: ${(mem.afterN / 1e6).toFixed(1)} MB`);
    printLoading(loading);
    console.log('');
    printBudgets(budgets);
  } finally {
    await browser.close();
    game.server.close();
    base.server.close();
  }
}

await main();
