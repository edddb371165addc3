import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixture';
import { makeBundle } from '../../src/core/pack/bundle';
import { bigValidPack } from '../../scripts/bigPacks.mjs';
import { openGame, watchPage } from './harness';

const BAD = new URL('../fixtures/bad-packs/', import.meta.url);
const MINI = new URL('../fixtures/mini-pack/', import.meta.url);
const WORKER = /packCheck\.worker-[\w-]+\.js$/;

test('a 1 MB pack bundle is checked in a worker, with "Checking the pack…" up meanwhile; it loads, and a reload checks it there again', async ({ page }) => {
  const watch = watchPage(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openGame(page);
  // Nothing stored and nothing opened: no worker yet.
  expect(workers).toEqual([]);
  // 6,000 quotes: as a .json bundle (its text escaped) under the 1 MiB limit, about a second of checking.
  const big = bigValidPack(6000);
  // Its own id: the practice pack it grew from is built in.
  big['pack.json'] = JSON.stringify({ ...JSON.parse(big['pack.json']!), id: 'big-pack' });
  // The worker's script is held back until the box has been seen, so a fast machine cannot finish first.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.context().route(WORKER, async (route) => (await held, route.continue()));
  await page.setInputFiles('#pack-file', { name: 'big.pack.json', mimeType: 'application/json', buffer: Buffer.from(makeBundle(big)) });
  const checking = page.locator('.pack-dialog[data-kind="checking"]');
  await expect(checking).toBeVisible();
  await expect(checking.locator('h2')).toHaveText('Checking the pack…');
  await expect(checking).toContainText('"big.pack.json"');
  release();
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded', { timeout: 60_000 });
  await expect(checking).toHaveCount(0);
  expect(workers.filter((u) => WORKER.test(u))).toHaveLength(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(3);
  // At the next start the stored pack is checked in a worker too, and joins the list.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(3, { timeout: 30_000 });
  expect(workers.filter((u) => WORKER.test(u))).toHaveLength(2);
  expect(watch.problems).toEqual([]);
});

test('where the worker cannot start, the page checks: a broken pack still shows its problems, a good one loads', async ({ page }) => {
  const watch = watchPage(page);
  // As a server or a policy that refuses the worker's script would.
  await page.context().route(WORKER, (route) => route.fulfill({ status: 404, body: '' }));
  await openGame(page);
  const expected = JSON.parse(readFileSync(new URL('expected.jsonc', BAD), 'utf8').replace(/^\/\/.*\n/, '')) as Record<
    string,
    { path: string; message: string }
  >;
  const name = 'quote-not-verbatim.json';
  await page.setInputFiles('#pack-file', { name, mimeType: 'application/json', buffer: readFileSync(new URL(name, BAD)) });
  const box = page.locator('.pack-dialog[data-kind="errors"]');
  await expect(box).toContainText('was not loaded');
  await expect(box.locator('li').filter({ hasText: expected[name]!.message }).first()).toContainText(expected[name]!.path);
  await page.keyboard.press('Escape');
  const mini = Object.fromEntries(readdirSync(MINI).map((f) => [f, readFileSync(new URL(f, MINI), 'utf8')]));
  await page.setInputFiles('#pack-file', { name: 'mini.pack.json', mimeType: 'application/json', buffer: Buffer.from(makeBundle(mini)) });
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded');
  await page.keyboard.press('Escape');
  await expect(page.locator('#a11y [data-pack="mini-pack"]')).toHaveAttribute('aria-pressed', 'true');
  // The only complaints are the refused worker script's own.
  expect(watch.problems.filter((p) => !WORKER.test(p.replace(/^.*?(http\S+).*$/, '$1')))).toEqual([]);
});

test('a pack with hundreds of problems lists the first 100 and says how many more (the whole list is a long task nobody reads)', async ({ page }) => {
  await openGame(page);
  const { bigNonVerbatimPack } = await import('../../scripts/bigPacks.mjs');
  await page.setInputFiles('#pack-file', {
    name: 'many.pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(makeBundle(bigNonVerbatimPack(150).files)),
  });
  const box = page.locator('.pack-dialog[data-kind="errors"]');
  await expect(box).toContainText('was not loaded: 150 problems to fix', { timeout: 60_000 });
  await expect(box.locator('li')).toHaveCount(100);
  // 150 errors and the note on where closest-passage hints stop: 151 lines, 51 not listed.
  await expect(box).toContainText('…and 51 more lines like these.');
});
