import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { expect, test } from './fixture';
import { playFirstAnswers, watchPage } from './harness';

const DIST = resolve('dist');

test('the one-file build opened from disk (file://) plays a full level with no request made', async ({ page }) => {
  const file = join(DIST, 'on-the-record-offline.html');
  expect(existsSync(file)).toBe(true);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`file://${file}?renderer=canvas`);
  await page.waitForSelector('html[data-ready="true"]');
  await playFirstAnswers(page, 'levelSummary');
  // The page itself is the only thing ever fetched; everything else is inside it.
  expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith(`file://${file}`))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the hosted build works from a sub-path of any static host', async ({ page }) => {
  const base = '/schools/room-4/on-the-record/';
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    let file = join(DIST, path.slice(base.length));
    if (file.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  try {
    const watch = watchPage(page, `http://127.0.0.1:${port}${base}`);
    await page.goto(`http://127.0.0.1:${port}${base}?renderer=canvas`);
    await page.waitForSelector('html[data-ready="true"]');
    await playFirstAnswers(page, 'levelSummary');
    expect(watch.foreign).toEqual([]);
    expect(watch.problems).toEqual([]);
  } finally {
    server.close();
  }
});

test('after one visit the hosted build loads and plays with the network cut off (service worker)', async ({ page, context }) => {
  const watch = watchPage(page);
  await page.goto('/?renderer=canvas');
  await page.waitForSelector('html[data-ready="true"]');
  // The worker installs, keeps every file of the build, and takes charge of the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  // The network is really cut: a file the worker does not keep cannot be fetched. (navigator.onLine
  // is no test of it: the Chromium here reports true under Playwright's offline emulation.)
  const probe = await page.evaluate(() =>
    fetch(`./not-in-the-build-${Date.now()}.txt`, { cache: 'no-store' }).then(
      () => 'reached',
      () => 'cut off',
    ),
  );
  expect(probe).toBe('cut off');
  await playFirstAnswers(page, 'levelSummary');
  await context.setOffline(false);
  // The probe's own failure (its request and the console's line for it) is the one expected.
  const probeFailed = (p: string) => p.includes('not-in-the-build-') || p === 'error: Failed to load resource: net::ERR_FAILED';
  expect(watch.problems.filter((p) => !probeFailed(p))).toEqual([]);
});

test('a plain HTML title paints before the game script has arrived, and the game covers it when ready', async ({ page }) => {
  // Hold the game's script back, as a slow school network would.
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/?renderer=canvas', { waitUntil: 'commit' });
  await expect(page.locator('#splash .stamp')).toBeVisible();
  await expect(page.locator('#splash .stamp')).toHaveText('ON THE RECORD');
  const paint = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) return resolve(seen.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
      }),
  );
  expect(paint).toBeLessThan(1500);
  await page.waitForSelector('html[data-ready="true"]');
  // The title stays under the canvas (so the browser always finds a Largest Contentful Paint, lcp.spec);
  // the game covers it: what is at the title's place on screen is the game, not the splash.
  const box = (await page.locator('#splash .stamp').boundingBox())!;
  const onTop = await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('#game'), [box.x + box.width / 2, box.y + box.height / 2]);
  expect(onTop, 'the game covers the splash once ready').toBe(true);
  for (const other of await page.locator('#splash > :not(.stamp)').all()) await expect(other).toBeHidden();
});
